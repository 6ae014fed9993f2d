package vn.gov.antq.staffing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.TestTokens;

/**
 * Current communes of Đồng Nai (75: 26068 with {@link TestTokens#COMMUNE}, 26041, 25210, 25270) and Thanh Hóa (38:
 * 14812), and the reform's edges from old communes of Bình Phước (70: 25207 → 25210, 25288 → 25270, 25291 split
 * between both) and Thanh Hóa (14815 → 14812), loaded through the import endpoints as an operator would. Importing
 * again changes nothing, so every test may load them. Plus request helpers.
 */
final class ForceFixtures {

    static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    static final String ANALYST = TestTokens.forRole(Roles.MINISTRY_ANALYST);
    static final String PARTNER = TestTokens.forRole(Roles.PARTNER_SYSTEM);
    static final String OFFICER_75 = TestTokens.forRole(Roles.PROVINCE_OFFICER);
    static final String OFFICER_38 = TestTokens.token(Roles.PROVINCE_OFFICER, TestTokens.OTHER_PROVINCE, null);
    /** Commune officer of 75 / 26068. */
    static final String COMMUNE_OFFICER = TestTokens.forRole(Roles.COMMUNE_OFFICER);
    /** Commune officer of another commune of 75. */
    static final String NEIGHBOUR_OFFICER = TestTokens.token(Roles.COMMUNE_OFFICER, TestTokens.PROVINCE, "26041");
    /** Commune officer of 75 / 25210 Phường Đồng Xoài, which old 25207 Xã Tân Thành (Bình Phước) went into. */
    static final String DONG_XOAI_OFFICER = TestTokens.token(Roles.COMMUNE_OFFICER, TestTokens.PROVINCE, "25210");

    private ForceFixtures() {
    }

    static void loadCommunes() {
        upload("/api/v1/communes/imports", "force-communes.csv");
        upload("/api/v1/commune-successions/imports", "force-successions.csv");
    }

    /**
     * Current communes of Huế (46: 19753, 19774, 19777, 19789, 19804) and Đà Nẵng (48: phường 20194, 20197; xã 20308,
     * 20320, 20332), which only the regular-police tally and statistics tests use: their figures after the reform are
     * theirs alone.
     */
    static void loadHueAndDaNang() {
        upload("/api/v1/communes/imports", "hue-da-nang-communes.csv");
    }

    /** A short unique tag, so tests sharing the database never meet (ASCII: it goes into names and SQL literals). */
    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < pairs.length; i += 2) {
            copy.put((String) pairs[i], pairs[i + 1]);
        }
        return copy;
    }

    static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.remove(field);
        return copy;
    }

    static Response post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).when().post(path);
    }

    static Response put(String token, String path, String ifMatch, Object body) {
        return given().auth().oauth2(token).header("If-Match", ifMatch).contentType(ContentType.JSON).body(body).when().put(path);
    }

    /**
     * Posts as the ministry and expects a 400 problem whose first field error is on {@code field} (and whose message
     * contains {@code messagePart}, unless null); the failure names the answer.
     */
    static void expect400(String path, Map<String, Object> body, String field, String messagePart) {
        List<String> problems = new ArrayList<>();
        Response response = post(ADMIN, path, body);
        response.then().statusCode(400).contentType("application/problem+json");
        if (!field.equals(response.jsonPath().getString("errors[0].field"))) {
            problems.add("expected a field error on " + field + ", got " + response.asString());
        }
        if (messagePart != null && !String.valueOf(response.jsonPath().getString("errors[0].message")).contains(messagePart)) {
            problems.add("expected '" + messagePart + "' in " + response.asString());
        }
        assertEquals(List.of(), problems);
    }

    static String etag(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static void upload(String path, String fixture) {
        given().auth().oauth2(ADMIN).contentType("text/csv; charset=UTF-8").body(file(fixture))
                .when().post(path).then().statusCode(200).body("rejected", equalTo(0));
    }

    private static byte[] file(String name) {
        try (InputStream in = ForceFixtures.class.getResourceAsStream("/communes/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
