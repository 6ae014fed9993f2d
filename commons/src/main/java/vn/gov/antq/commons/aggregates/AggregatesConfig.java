package vn.gov.antq.commons.aggregates;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often the statistics aggregates' pending changes are folded in (see {@link AggregateCompaction}). */
@ConfigMapping(prefix = "antq.aggregates")
public interface AggregatesConfig {

    /**
     * A Quarkus scheduler interval. Queries read the pending changes too, so figures are never stale; a longer interval
     * only leaves more pending rows for each statistics query to add up.
     */
    @WithDefault("5s")
    String compactEvery();
}
