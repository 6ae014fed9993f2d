package vn.gov.antq.activities.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.antq.activities.config.TipsterConfig;

/**
 * AES-256-GCM for tipster identities: a fresh random 12-byte IV per value, stored as {@code keyId:base64(iv ‖ ciphertext)}
 * so that values written under an older key still decrypt after the current key changes.
 */
@ApplicationScoped
public class TipsterCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String currentKey;

    @Inject
    public TipsterCipher(TipsterConfig config) {
        config.keys().forEach((id, encoded) -> {
            byte[] raw = Base64.getDecoder().decode(encoded.trim());
            if (raw.length != 32) {
                throw new IllegalStateException("antq.tipster.keys." + id + " must be a base64 256-bit key");
            }
            keys.put(id, new SecretKeySpec(raw, "AES"));
        });
        currentKey = config.currentKey().orElse(null);
        if (currentKey != null && !keys.containsKey(currentKey)) {
            throw new IllegalStateException("antq.tipster.current-key names no key in antq.tipster.keys");
        }
    }

    public boolean canEncrypt() {
        return currentKey != null;
    }

    public String encrypt(String plaintext) {
        if (currentKey == null) {
            throw new IllegalStateException("No tipster key configured (antq.tipster.current-key)");
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKey), new GCMParameterSpec(TAG_BITS, iv));
            // The key id is authenticated too, so a value cannot be relabelled to another key unnoticed.
            cipher.updateAAD(currentKey.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return currentKey + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a tipster identity", e);
        }
    }

    /** The plaintext; {@link UndecryptableIdentityException} when the key it names is gone or does not open it. */
    public String decrypt(String stored) {
        int colon = stored.indexOf(':');
        String keyId = stored.substring(0, colon);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new UndecryptableIdentityException(keyId, "key '" + keyId + "' is no longer configured (antq.tipster.keys." + keyId
                    + "); retired keys must be kept for decryption");
        }
        byte[] data = Base64.getDecoder().decode(stored.substring(colon + 1));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // No cause attached: nothing of the value may reach a log line.
            throw new UndecryptableIdentityException(keyId, "key '" + keyId + "' does not open it: the stored value was altered or "
                    + "antq.tipster.keys." + keyId + " now holds different key material");
        }
    }
}
