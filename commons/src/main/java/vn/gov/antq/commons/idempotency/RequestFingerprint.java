package vn.gov.antq.commons.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Identifies a request for the "same key, different request" check: SHA-256 over method, path (with query) and the
 * canonical JSON of the body. The body is the deserialised request object, so whitespace and property order of what
 * the client sent do not matter, while any difference in content does.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(ObjectMapper json, String method, String pathAndQuery, Object body) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        sha256.update(method.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) '\n');
        sha256.update(pathAndQuery.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) '\n');
        sha256.update(canonicalJson(json, body));
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Object keys sorted at every depth; decimals kept exact so values that differ never collapse into one. */
    static byte[] canonicalJson(ObjectMapper json, Object body) {
        try {
            Object plain = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .forType(Object.class).readValue(json.writeValueAsBytes(body));
            return json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsBytes(plain);
        } catch (IOException e) {
            throw new IllegalStateException("Request body cannot be written as JSON", e);
        }
    }
}
