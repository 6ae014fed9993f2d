package vn.gov.antq.commons.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class RequestFingerprintTest {

    private final ObjectMapper json = new ObjectMapper();

    record Input(String name, Map<String, Object> attributes, List<Integer> counts) {
    }

    @Test
    void propertyOrderDoesNotMatterAtAnyDepth() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", Map.of("y", 2, "x", 3));
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", new java.util.TreeMap<>(Map.of("x", 3, "y", 2)));
        ba.put("a", 1);
        assertEquals(of("POST", "/api/v1/models", new Input("n", ab, List.of(1, 2))),
                of("POST", "/api/v1/models", new Input("n", ba, List.of(1, 2))));
        assertEquals("{\"attributes\":{\"a\":1,\"b\":{\"x\":3,\"y\":2}},\"counts\":[1,2],\"name\":\"n\"}",
                new String(RequestFingerprint.canonicalJson(json, new Input("n", ba, List.of(1, 2)))));
    }

    @Test
    void anyDifferenceInMethodPathOrContentIsAnotherRequest() {
        Input input = new Input("n", Map.of("a", 1), List.of(1, 2));
        String fingerprint = of("POST", "/api/v1/models", input);
        assertEquals(64, fingerprint.length());
        assertNotEquals(fingerprint, of("PUT", "/api/v1/models", input));
        assertNotEquals(fingerprint, of("POST", "/api/v1/sites", input));
        assertNotEquals(fingerprint, of("POST", "/api/v1/models?dryRun=true", input));
        assertNotEquals(fingerprint, of("POST", "/api/v1/models", new Input("m", Map.of("a", 1), List.of(1, 2))));
        assertNotEquals(fingerprint, of("POST", "/api/v1/models", new Input("n", Map.of("a", 1), List.of(2, 1))));
        assertNotEquals(fingerprint, of("POST", "/api/v1/models", null));
    }

    @Test
    void decimalsAreComparedExactly() {
        Map<String, Object> small = Map.of("v", new BigDecimal("0.10000000000000000001"));
        Map<String, Object> rounded = Map.of("v", new BigDecimal("0.1"));
        assertNotEquals(of("POST", "/x", new Input("n", small, List.of())), of("POST", "/x", new Input("n", rounded, List.of())));
    }

    private String of(String method, String path, Object body) {
        return RequestFingerprint.of(json, method, path, body);
    }
}
