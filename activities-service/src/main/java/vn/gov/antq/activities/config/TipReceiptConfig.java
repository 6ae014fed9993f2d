package vn.gov.antq.activities.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Brute-force limit of the public follow-up by receipt. */
@ConfigMapping(prefix = "antq.tip-receipts")
public interface TipReceiptConfig {

    /** Wrong secrets in a row after which a receipt is locked. */
    @WithDefault("5")
    int maxFailedAttempts();

    /** How long a locked receipt refuses every attempt, even with the right secret. */
    @WithDefault("PT15M")
    Duration lockout();
}
