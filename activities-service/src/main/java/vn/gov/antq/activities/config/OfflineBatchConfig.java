package vn.gov.antq.activities.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Batch upload of records made offline ({@code POST /api/v1/offline-batches}). */
@ConfigMapping(prefix = "antq.offline-batches")
public interface OfflineBatchConfig {

    /** Most items one batch may carry; a larger batch is refused whole (400) and the client splits it. */
    @WithDefault("100")
    int maxItems();
}
