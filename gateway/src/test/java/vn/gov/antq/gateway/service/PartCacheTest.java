package vn.gov.antq.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import vn.gov.antq.gateway.client.StatisticsQuery;
import vn.gov.antq.gateway.config.ViewCachesConfig;
import vn.gov.antq.gateway.service.PartCache.PartUrl;
import vn.gov.antq.gateway.service.PartCache.Tagged;

class PartCacheTest {

    private static final PartUrl URL = new PartUrl(Part.MODELS,
            StatisticsQuery.of(LocalDate.parse("2025-07-01"), LocalDate.parse("2025-07-31")).groupedBy("province"));

    private static PartCache cache(int tagsPerUrl) {
        return new PartCache(new ViewCachesConfig() {
            @Override
            public Parts parts() {
                return new Parts() {
                    @Override
                    public int tagsPerUrl() {
                        return tagsPerUrl;
                    }

                    @Override
                    public MemorySize maxSize() {
                        return new MemorySize(BigInteger.valueOf(1 << 20));
                    }

                    @Override
                    public Duration expireAfterAccess() {
                        return Duration.ofMinutes(10);
                    }
                };
            }

            @Override
            public Views views() {
                throw new UnsupportedOperationException("not a view cache");
            }
        }, new SimpleMeterRegistry());
    }

    private static Tagged tagged(String etag) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("totals");
        return new Tagged(etag, body, 100);
    }

    private static List<String> tags(PartCache cache) {
        return cache.known(URL).stream().map(Tagged::etag).toList();
    }

    @Test
    void keepsTheNewestTagsFirstUpToTheLimitPerUrl() {
        PartCache cache = cache(3);
        assertEquals(List.of(), tags(cache));
        assertNull(PartCache.ifNoneMatch(cache.known(URL)), "nothing kept: no header");
        for (String etag : List.of("\"a\"", "\"b\"", "\"c\"", "\"d\"")) {
            cache.remember(URL, tagged(etag));
        }
        assertEquals(List.of("\"d\"", "\"c\"", "\"b\""), tags(cache));
        assertEquals("\"d\", \"c\", \"b\"", PartCache.ifNoneMatch(cache.known(URL)));
        // Answered again under a tag it keeps: that one moves first, nothing is doubled.
        cache.remember(URL, tagged("\"b\""));
        assertEquals(List.of("\"b\"", "\"d\"", "\"c\""), tags(cache));
        assertEquals(List.of(), cache.known(new PartUrl(Part.TIPS, URL.query())), "another URL keeps its own");
    }

    @Test
    void aNamedTagIsFoundOnlyAmongThoseKept() {
        PartCache cache = cache(4);
        Tagged a = tagged("\"a\"");
        cache.remember(URL, a);
        cache.remember(URL, tagged("\"b\""));
        assertSame(a.body(), PartCache.named(cache.known(URL), " \"a\" ").body());
        assertNull(PartCache.named(cache.known(URL), "\"z\""));
        assertNull(PartCache.named(cache.known(URL), null));
        assertNull(PartCache.named(cache.known(URL), "W/\"a\""), "a weak tag is not the strong one kept");
    }
}
