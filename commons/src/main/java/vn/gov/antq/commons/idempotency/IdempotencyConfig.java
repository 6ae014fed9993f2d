package vn.gov.antq.commons.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long a POST's response is kept for retries with the same {@code Idempotency-Key}. */
@ConfigMapping(prefix = "antq.idempotency")
public interface IdempotencyConfig {

    /** After this, a record is purged and its key may be used again for a new request. */
    @WithDefault("PT24H")
    Duration retention();

    /** How often expired records are deleted (a Quarkus scheduler interval, e.g. {@code 1h}, {@code 30m}). */
    @WithDefault("1h")
    String purgeEvery();
}
