package vn.gov.antq.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.TestTokens;

/**
 * What the statistics tests share: two current communes of Đồng Nai (75) and the Bình Phước (70) communes merged into
 * them (old 25207 → 25210, old 25288 → 25270), so records and tallies of pre-2025 days can name old communes as the
 * API takes them; posting, reading statistics with exact decimals, and comparing a figure.
 */
public final class StatisticsFixture {

    static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    /** Exact decimals: kilograms and hours are compared as BigDecimal, never as floats. */
    private static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private StatisticsFixture() {
    }

    public static void loadCommunes() {
        upload("/api/v1/communes/imports", "/communes/statistics-communes.csv");
        upload("/api/v1/commune-successions/imports", "/communes/statistics-successions.csv");
    }

    static long post(String path, Map<String, Object> body) {
        return given().auth().oauth2(ADMIN).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON).body(body)
                .when().post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Response postAs(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON).body(body)
                .when().post(path);
    }

    /** A map of alternating keys and values; null values are left out (absent, not null). */
    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                body.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return body;
    }

    static RequestSpecification as(String token) {
        return given().config(EXACT).auth().oauth2(token);
    }

    static RequestSpecification window(String token, String from, String to) {
        return as(token).queryParam("from", from).queryParam("to", to);
    }

    static void figure(ValidatableResponse response, String path, long records, long tallies) {
        response.body(path + ".records", equalTo(asJson(records))).body(path + ".tallies", equalTo(asJson(tallies)))
                .body(path + ".total", equalTo(asJson(records + tallies)));
    }

    static void quantity(ValidatableResponse response, String path, String records, String tallies) {
        response.body(path + ".records", equalTo(number(records))).body(path + ".tallies", equalTo(number(tallies)))
                .body(path + ".total", equalTo(number(new BigDecimal(records).add(new BigDecimal(tallies)).toPlainString())));
    }

    /** How JSON path answers a whole number: an Integer when it fits, a Long otherwise. */
    static Object asJson(long value) {
        return value == (int) value ? (Object) (int) value : (Object) value;
    }

    /** A decimal as JSON path answers it with exact decimals: whole numbers as integers. */
    static Object number(String value) {
        BigDecimal decimal = new BigDecimal(value);
        return decimal.scale() <= 0 ? asJson(decimal.longValueExact()) : decimal;
    }

    private static void upload(String path, String resource) {
        byte[] csv;
        try (InputStream in = StatisticsFixture.class.getResourceAsStream(resource)) {
            csv = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        given().auth().oauth2(ADMIN).contentType("text/csv; charset=UTF-8").body(csv).when().post(path).then().statusCode(200)
                .body("rejected", equalTo(0));
    }
}
