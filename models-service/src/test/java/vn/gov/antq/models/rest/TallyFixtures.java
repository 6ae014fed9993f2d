package vn.gov.antq.models.rest;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.TestTokens;

/** A few communes of Đồng Nai (75) and Thanh Hóa (38), old ones of Bình Phước (70), and tally requests. */
final class TallyFixtures {

    private TallyFixtures() {
    }

    /** Imports the fixture lists; importing them again changes nothing, so every test may call it. */
    static void loadCommunes() {
        upload("/api/v1/communes/imports", "tally-communes.csv");
        upload("/api/v1/commune-successions/imports", "tally-successions.csv");
    }

    static Map<String, Object> tally(String province, String type, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("provinceCode", province);
        if (type != null) {
            body.put("typeCode", type);
        }
        body.put("periodFrom", from);
        body.put("periodTo", to);
        body.put("sourceDocument", "Báo cáo tổng kết " + from.substring(0, 4));
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < pairs.length; i += 2) {
            copy.put((String) pairs[i], pairs[i + 1]);
        }
        return copy;
    }

    static Response post(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).when().post(path);
    }

    static Response postTally(String token, Map<String, Object> body) {
        return post(token, "/api/v1/model-tallies", body);
    }

    private static void upload(String path, String fixture) {
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN)).contentType("text/csv; charset=UTF-8").body(file(fixture))
                .when().post(path).then().statusCode(200);
    }

    private static byte[] file(String name) {
        try (InputStream in = TallyFixtures.class.getResourceAsStream("/communes/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
