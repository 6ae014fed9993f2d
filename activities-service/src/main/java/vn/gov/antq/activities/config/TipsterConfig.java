package vn.gov.antq.activities.config;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Keys that encrypt tipsters' identities. Rotation: add a new id to {@link #keys()} and make it {@link #currentKey()};
 * keep the old ids, since each stored value names the key that encrypted it and is decrypted with that one.
 */
@ConfigMapping(prefix = "antq.tipster")
public interface TipsterConfig {

    /** Key id → base64 of a 256-bit AES key. */
    Map<String, String> keys();

    /** The id of the key new identities are encrypted with; without it, only anonymous tips can be recorded. */
    Optional<String> currentKey();
}
