package vn.gov.antq.activities.service;

/**
 * A stored tipster identity that cannot be decrypted: the key it names is not configured, or does not open it. The
 * message names the key id and the cause, never anything of the value.
 */
public class UndecryptableIdentityException extends RuntimeException {

    private final String keyId;

    public UndecryptableIdentityException(String keyId, String reason) {
        super("A stored tipster identity cannot be decrypted: " + reason);
        this.keyId = keyId;
    }

    public String keyId() {
        return keyId;
    }
}
