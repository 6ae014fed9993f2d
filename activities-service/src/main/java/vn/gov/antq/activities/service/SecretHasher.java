package vn.gov.antq.activities.service;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/** PBKDF2-HMAC-SHA256 with a random salt: slow enough that a stolen table cannot be tried through quickly. */
@ApplicationScoped
public class SecretHasher {

    static final int ITERATIONS = 120_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final SecureRandom random = new SecureRandom();

    public String hash(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(derive(secret, salt, ITERATIONS));
    }

    public boolean matches(String secret, String stored) {
        String[] parts = stored.split(":");
        byte[] expected = Base64.getDecoder().decode(parts[2]);
        // Constant-time comparison: the answer time tells nothing about how much of a guess was right.
        return MessageDigest.isEqual(expected, derive(secret, Base64.getDecoder().decode(parts[1]), Integer.parseInt(parts[0])));
    }

    /** A random URL-safe token of this many bytes. */
    public String randomToken(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** {@code length} characters drawn uniformly from {@code alphabet}. */
    public String randomCode(String alphabet, int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }
}
