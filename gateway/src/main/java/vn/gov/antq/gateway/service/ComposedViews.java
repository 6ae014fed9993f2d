package vn.gov.antq.gateway.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import vn.gov.antq.gateway.config.ViewCachesConfig;

/**
 * Answers a view from its parts: its bytes (JSON or CSV) and, when every part carried a tag, its own {@code ETag}.
 *
 * <p>A view is determined by its request (path and query) and its parts' bodies, and a part's tag names its body
 * (equal tags, equal bodies, whoever asked). Nothing of the caller enters the composition itself: the caller's scope
 * only decides which bodies, hence which tags, the services answer, and the commune drill-down's own check runs
 * before any part is asked. So a view composed from parts with the same tags, for the same request and
 * representation, is the same view, and its bytes are kept under that key and sent again without composing. Every
 * part is still revalidated with the services on every request, with the caller's token, before this runs; a view
 * with a part missing or untagged is composed every time and never kept.
 *
 * <p>The view's tag is a digest of the same key ({@code "g1-…"}, strong): a client sending it as
 * {@code If-None-Match} gets a 304 without anything composed or sent. The figures behind a tag are always the same;
 * {@code generatedAt} is the time the view was first composed: should a kept view be dropped and composed again, it is
 * the one thing that differs under the same tag.
 *
 * <p>Bounded by the bytes kept ({@code antq.gateway.caches.views.max-size}); a view not asked for
 * {@code expire-after-access} is forgotten. Cache metrics under {@code cache="views"}; answers counted in
 * {@code antq_gateway_views_total} by view and outcome ({@code composed}, {@code reused}, {@code not_modified}).
 */
@ApplicationScoped
public class ComposedViews {

    static final String METRICS_NAME = "views";
    static final String VIEWS_METRIC = "antq.gateway.views";
    /** The version of how view tags are made: a new way of composing changes it, and every client copy goes stale. */
    private static final String TAG_PREFIX = "g1-";

    /** The two ways a view is sent. */
    public enum Representation {
        JSON, CSV
    }

    /** How a view was answered. */
    public enum Outcome {
        COMPOSED, REUSED, NOT_MODIFIED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A view request: which view (for the metrics), its path and query as sent, the representation, and the client's
     * {@code If-None-Match} (or null).
     */
    public record ViewRequest(String view, String target, Representation representation, String ifNoneMatch) {
    }

    /** A view's answer: its bytes (null for 304), its tag (null when a part had none), the missing parts, how it came. */
    public record ViewAnswer(byte[] body, String etag, List<Degraded> degraded, Outcome outcome) {

        public boolean notModified() {
            return outcome == Outcome.NOT_MODIFIED;
        }
    }

    /** What determines a view's bytes. */
    record Key(String target, Representation representation, List<String> partTags) {
    }

    private final Cache<Key, byte[]> composed;
    private final ObjectMapper json;
    private final ViewTimings timings;
    private final MeterRegistry registry;
    private final Map<String, Map<Outcome, Counter>> answers = new ConcurrentHashMap<>();

    @Inject
    ComposedViews(ViewCachesConfig config, ObjectMapper json, ViewTimings timings, MeterRegistry registry) {
        ViewCachesConfig.Views settings = config.views();
        this.composed = Caffeine.newBuilder()
                .maximumWeight(settings.maxSize().asLongValue())
                .weigher((Key key, byte[] bytes) -> Math.max(1, bytes.length))
                .expireAfterAccess(settings.expireAfterAccess())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, composed, METRICS_NAME);
        this.json = json;
        this.timings = timings;
        this.registry = registry;
    }

    /** The view's answer; composes it only when neither the client's copy nor a kept one is current. */
    public <V> ViewAnswer answer(ViewRequest request, Composition<V> composition, Function<V, CsvTable> csv) {
        List<String> partTags = composition.partTags();
        if (partTags == null) {
            count(request, Outcome.COMPOSED);
            return new ViewAnswer(render(composition.compose(), request.representation(), csv), null, composition.degraded(),
                    Outcome.COMPOSED);
        }
        Key key = new Key(request.target(), request.representation(), partTags);
        String etag = etag(key);
        if (EntityTagList.names(request.ifNoneMatch(), etag)) {
            timings.notModified();
            count(request, Outcome.NOT_MODIFIED);
            return new ViewAnswer(null, etag, List.of(), Outcome.NOT_MODIFIED);
        }
        byte[] kept = composed.getIfPresent(key);
        if (kept != null) {
            timings.reused();
            count(request, Outcome.REUSED);
            return new ViewAnswer(kept, etag, List.of(), Outcome.REUSED);
        }
        byte[] body = render(composition.compose(), request.representation(), csv);
        composed.put(key, body);
        count(request, Outcome.COMPOSED);
        return new ViewAnswer(body, etag, List.of(), Outcome.COMPOSED);
    }

    private <V> byte[] render(V view, Representation representation, Function<V, CsvTable> csv) {
        if (representation == Representation.CSV) {
            return csv.apply(view).toBytes();
        }
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A view could not be written as JSON", e);
        }
    }

    /** {@code "g1-"} and 128 bits of the SHA-256 of the key: the same key, the same tag, on every instance. */
    static String etag(Key key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(key.target().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(key.representation().name().getBytes(StandardCharsets.US_ASCII));
            for (String tag : key.partTags()) {
                digest.update((byte) '\n');
                digest.update(tag.getBytes(StandardCharsets.UTF_8));
            }
            return "\"" + TAG_PREFIX + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private void count(ViewRequest request, Outcome outcome) {
        answers.computeIfAbsent(request.view(), view -> {
            Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);
            for (Outcome each : Outcome.values()) {
                byOutcome.put(each, Counter.builder(VIEWS_METRIC)
                        .description("View answers by view and outcome: composed, reused (the parts unchanged since it was "
                                + "composed), not_modified (304: the client's copy is current)")
                        .tag("view", view).tag("outcome", each.tag()).register(registry));
            }
            return byOutcome;
        }).get(outcome).increment();
    }
}
