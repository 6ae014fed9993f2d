package vn.gov.antq.gateway.config;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much the views may keep between requests, all of it revalidated with the services before use
 * ({@code vn.gov.antq.gateway.service.PartCache}, {@code ComposedViews}). The defaults suit the 96 MB heap the gateway
 * runs in locally; an operator raises them with e.g. {@code ANTQ_GATEWAY_CACHES_PARTS_MAX_SIZE=8M}.
 */
@ConfigMapping(prefix = "antq.gateway.caches")
public interface ViewCachesConfig {

    Parts parts();

    Views views();

    /** The statistics answers that carried an ETag, by URL (path and query; never by caller), to revalidate. */
    interface Parts {
        /** Tagged answers kept per URL: callers of different scopes get different ones for the same URL. */
        @WithDefault("4")
        int tagsPerUrl();

        /**
         * Bytes of the answers as received that may be kept, all URLs together; parsed, they take about seven times as
         * much heap. 0 keeps nothing (every call is a full GET).
         */
        @WithDefault("1M")
        MemorySize maxSize();

        /** A URL no view has asked for this long is forgotten. */
        @WithDefault("PT10M")
        Duration expireAfterAccess();
    }

    /** Composed views, as the bytes sent (JSON or CSV), by view request and the tags of the parts they were made from. */
    interface Views {
        /** Bytes of views that may be kept, all together. 0 keeps nothing (every view is composed). */
        @WithDefault("2M")
        MemorySize maxSize();

        /** A view not asked for this long is forgotten. */
        @WithDefault("PT10M")
        Duration expireAfterAccess();
    }
}
