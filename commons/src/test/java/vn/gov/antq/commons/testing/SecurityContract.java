package vn.gov.antq.commons.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.gov.antq.commons.security.Roles;

/**
 * Walks every operation of the app's own OpenAPI document and checks who gets in: no token and every kind of broken
 * token get 401, each role gets in or 403 as the app's table says. An operation missing from the table (a new
 * endpoint without a security decision) or a table entry without an operation fails the test.
 */
public abstract class SecurityContract {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** operationId → roles allowed; {@link #PUBLIC} marks an operation anyone may call without a token. */
    protected abstract Map<String, Set<String>> accessRules();

    protected static final Set<String> PUBLIC = Set.of();
    protected static final Set<String> EVERY_ROLE = Set.of(Roles.ALL);

    /** A value for a path parameter during the walk; override where "1" would not reach the resource method. */
    protected String samplePathValue(String parameter) {
        return "1";
    }

    @Test
    void everyOperationHasASecurityDecision() {
        Set<String> documented = new TreeSet<>();
        operations().forEach(op -> documented.add(op.operationId()));
        Set<String> undecided = new TreeSet<>(documented);
        undecided.removeAll(accessRules().keySet());
        assertTrue(undecided.isEmpty(), "Operations without a security decision in the test's table: " + undecided);
        Set<String> stale = new TreeSet<>(accessRules().keySet());
        stale.removeAll(documented);
        assertTrue(stale.isEmpty(), "Table entries for operations the OpenAPI document does not have: " + stale);
        assertFalse(documented.isEmpty(), "The OpenAPI document has no operations");
    }

    @Test
    void brokenOrMissingTokensGet401() {
        Map<String, String> brokenTokens = new LinkedHashMap<>();
        brokenTokens.put("expired", TestTokens.expired(Roles.MINISTRY_ADMIN));
        brokenTokens.put("not yet valid", TestTokens.notYetValid(Roles.MINISTRY_ADMIN));
        brokenTokens.put("wrong issuer", TestTokens.wrongIssuer(Roles.MINISTRY_ADMIN));
        brokenTokens.put("bad signature", TestTokens.badSignature(Roles.MINISTRY_ADMIN));
        brokenTokens.put("garbage", "not-a-jwt");
        for (OperationRef op : operations()) {
            if (accessRules().getOrDefault(op.operationId(), EVERY_ROLE).isEmpty()) {
                continue;
            }
            expectUnauthorized(op, "no token", call(given(), op));
            brokenTokens.forEach((kind, token) -> expectUnauthorized(op, kind, call(given().auth().oauth2(token), op)));
        }
    }

    @Test
    void eachRoleGetsInOrIsForbiddenAsDecided() {
        List<String> mismatches = new ArrayList<>();
        for (OperationRef op : operations()) {
            Set<String> allowed = accessRules().get(op.operationId());
            if (allowed == null || allowed.isEmpty()) {
                continue;
            }
            for (String role : Roles.ALL) {
                Response response = call(given().auth().oauth2(TestTokens.forRole(role)), op);
                int status = response.statusCode();
                if (allowed.contains(role) && (status == 401 || status == 403)) {
                    mismatches.add(op + " as " + role + ": expected access, got " + status);
                } else if (!allowed.contains(role) && status != 403) {
                    mismatches.add(op + " as " + role + ": expected 403, got " + status);
                } else if (status == 403) {
                    response.then().contentType("application/problem+json").body("status", equalTo(403));
                }
            }
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    @Test
    void securedOperationsDocumentTheBearerSchemeAnd401() {
        Map<String, Object> document = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertTrue(String.valueOf(document.get("components")).contains("bearerAuth"), "bearer scheme declared");
        for (OperationRef op : operations()) {
            if (accessRules().getOrDefault(op.operationId(), EVERY_ROLE).isEmpty()) {
                continue;
            }
            assertTrue(String.valueOf(op.definition().get("security")).contains("bearerAuth"), op + " declares bearer security");
            Map<?, ?> responses = (Map<?, ?>) op.definition().get("responses");
            assertTrue(responses.containsKey("401") && responses.containsKey("403"), op + " documents 401 and 403");
        }
    }

    @Test
    void everyDocumentedErrorIsProblemJson() {
        List<String> undocumented = new ArrayList<>();
        for (OperationRef op : operations()) {
            Map<?, ?> responses = (Map<?, ?>) op.definition().get("responses");
            responses.forEach((status, response) -> {
                if (String.valueOf(status).matches("[45]\\d\\d")
                        && !String.valueOf(((Map<?, ?>) response).get("content")).contains("application/problem+json")) {
                    undocumented.add(op + " " + status);
                }
            });
            assertTrue(responses.containsKey("500"), op + " documents 500");
        }
        assertTrue(undocumented.isEmpty(), "Error responses without a problem+json body: " + undocumented);
    }

    private static void expectUnauthorized(OperationRef op, String kind, Response response) {
        assertEquals(401, response.statusCode(), op + " with " + kind + ": " + response.asString());
        response.then().contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
    }

    private Response call(RequestSpecification request, OperationRef op) {
        Matcher matcher = PATH_PARAMETER.matcher(op.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(samplePathValue(matcher.group(1))));
        }
        matcher.appendTail(path);
        if (op.method().equals("post") || op.method().equals("put") || op.method().equals("patch")) {
            String mediaType = requestMediaType(op);
            request = mediaType.equals("application/json") ? request.contentType(mediaType).body("{}") : request.contentType(mediaType).body("");
        }
        return request.when().request(op.method().toUpperCase(), path.toString());
    }

    /** JSON unless the operation documents another request body (e.g. a CSV upload), which JAX-RS would otherwise refuse with 415. */
    private static String requestMediaType(OperationRef op) {
        if (op.definition().get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content
                && !content.isEmpty() && !content.containsKey("application/json")) {
            return String.valueOf(content.keySet().iterator().next());
        }
        return "application/json";
    }

    @SuppressWarnings("unchecked")
    protected List<OperationRef> operations() {
        Map<String, Object> paths = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<OperationRef> operations = new ArrayList<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, definition) -> {
            if (HTTP_METHODS.contains(method)) {
                Map<String, Object> operation = (Map<String, Object>) definition;
                operations.add(new OperationRef(path, method, String.valueOf(operation.get("operationId")), operation));
            }
        }));
        return operations;
    }

    protected record OperationRef(String path, String method, String operationId, Map<String, Object> definition) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + operationId + ")";
        }
    }
}
