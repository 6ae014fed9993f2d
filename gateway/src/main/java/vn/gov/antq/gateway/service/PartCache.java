package vn.gov.antq.gateway.service;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import vn.gov.antq.gateway.client.StatisticsQuery;
import vn.gov.antq.gateway.config.ViewCachesConfig;

/**
 * The statistics answers that carried an {@code ETag}, kept to be revalidated, never served on their own: every call
 * still goes to the service with the caller's token, listing the tags known for its URL in {@code If-None-Match}, and
 * a kept body stands only for the tag the service's 304 names. The service's tag encodes the data version, the query
 * and the caller's aggregate scope, so the body under a tag is the body whoever asks; a caller outside the scope gets
 * the service's 403/404, not a kept body.
 *
 * <p>Kept by URL (endpoint, window, province, grouping; not by caller), the {@code tags-per-url} most recent tags of
 * each: callers of different scopes asking the same URL get different tags, and each keeps its own. Bounded by the
 * bytes of the answers as received ({@code antq.gateway.caches.parts.max-size}); a URL not asked for
 * {@code expire-after-access} is forgotten. Cache metrics under {@code cache="view-parts"}.
 */
@ApplicationScoped
public class PartCache {

    static final String METRICS_NAME = "view-parts";

    /** A statistics URL: the endpoint (from the part) and its query. Never the caller. */
    record PartUrl(Part part, StatisticsQuery query) {
    }

    /** A body the service answered under a tag, and its size as received (what it weighs here). */
    record Tagged(String etag, JsonNode body, int size) {
    }

    private final Cache<PartUrl, List<Tagged>> recent;
    private final int tagsPerUrl;

    @Inject
    PartCache(ViewCachesConfig config, MeterRegistry registry) {
        ViewCachesConfig.Parts settings = config.parts();
        this.tagsPerUrl = Math.max(1, settings.tagsPerUrl());
        this.recent = Caffeine.newBuilder()
                .maximumWeight(settings.maxSize().asLongValue())
                .weigher((PartUrl url, List<Tagged> kept) -> Math.max(1, kept.stream().mapToInt(Tagged::size).sum()))
                .expireAfterAccess(settings.expireAfterAccess())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, recent, METRICS_NAME);
    }

    /** The tagged answers kept for this URL, most recent first; empty when none. */
    List<Tagged> known(PartUrl url) {
        List<Tagged> kept = recent.getIfPresent(url);
        return kept == null ? List.of() : kept;
    }

    /** Keeps a tagged answer first among its URL's, dropping the oldest beyond {@code tags-per-url}. */
    void remember(PartUrl url, Tagged answer) {
        recent.asMap().compute(url, (key, kept) -> {
            List<Tagged> next = new ArrayList<>(tagsPerUrl);
            next.add(answer);
            if (kept != null) {
                kept.stream().filter(t -> !t.etag().equals(answer.etag())).limit(tagsPerUrl - 1L).forEach(next::add);
            }
            return List.copyOf(next);
        });
    }

    /** The {@code If-None-Match} value listing these tags, or null for none (no header is sent). */
    static String ifNoneMatch(List<Tagged> known) {
        return known.isEmpty() ? null : known.stream().map(Tagged::etag).collect(Collectors.joining(", "));
    }

    /** The kept answer whose tag a 304 named, or null when it names none or one not kept. */
    static Tagged named(List<Tagged> known, String etag) {
        if (etag == null) {
            return null;
        }
        String named = etag.trim();
        return known.stream().filter(t -> t.etag().equals(named)).findFirst().orElse(null);
    }
}
