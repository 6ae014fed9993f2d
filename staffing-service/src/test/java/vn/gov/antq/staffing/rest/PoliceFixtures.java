package vn.gov.antq.staffing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.TestTokens;

/**
 * Communes, units, officers and postings for the police tests. The communes (a small list of current communes of Đồng
 * Nai 75, Thanh Hóa 38 and Côn Đảo 79, as the official list has them) are imported through the API as an operator would;
 * importing the same file again changes nothing. Each commune has at most one police unit, and test classes share the
 * database, so every test takes communes of its own from {@link #freshCommune75()} / {@link #freshCommune38()}.
 */
final class PoliceFixtures {

    // Tokens are minted per call: they live ten minutes and the test classes sharing these helpers run longer.
    static String admin() {
        return TestTokens.forRole(Roles.MINISTRY_ADMIN);
    }

    static String analyst() {
        return TestTokens.forRole(Roles.MINISTRY_ANALYST);
    }

    static String partner() {
        return TestTokens.forRole(Roles.PARTNER_SYSTEM);
    }

    static String provinceOfficer(String province) {
        return TestTokens.token(Roles.PROVINCE_OFFICER, province, null);
    }

    /** Xã Lộc Ninh (75): a xã from 2025-07-01, a phường from 2026-09-20. */
    static final String XA_THEN_PHUONG = "25270";
    /** Xã Tân Khai (75): likewise. */
    static final String XA_THEN_PHUONG_2 = "25357";
    /** Đặc khu Côn Đảo (79). */
    static final String DAC_KHU = "26732";

    private static final List<String> COMMUNES_75 = List.of("25195", "25210", "25217", "25220", "25222", "25225", "25231", "25246",
            "25252", "25255", "25261", "25267", "25279", "25280", "25292", "25294", "25303", "25308", "25309", "25318", "25326", "25333",
            "25345", "25349", "25351", "25378");
    private static final List<String> COMMUNES_38 = List.of("14758", "14797", "14812", "14818", "14845");
    private static final AtomicInteger NEXT_75 = new AtomicInteger();
    private static final AtomicInteger NEXT_38 = new AtomicInteger();

    private PoliceFixtures() {
    }

    static void loadCommunes() {
        byte[] csv;
        try (InputStream in = PoliceFixtures.class.getResourceAsStream("/communes/police-communes.csv")) {
            csv = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        given().auth().oauth2(admin()).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/communes/imports").then().statusCode(200).body("rejected", equalTo(0));
    }

    /** A commune of 75 no other test uses (so it has no police unit yet). */
    static String freshCommune75() {
        return COMMUNES_75.get(NEXT_75.getAndIncrement());
    }

    static String freshCommune38() {
        return COMMUNES_38.get(NEXT_38.getAndIncrement());
    }

    static String communeOfficer(String province, String commune) {
        return TestTokens.token(Roles.COMMUNE_OFFICER, province, commune);
    }

    static Map<String, Object> unit(String commune, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("communeCode", commune);
        body.put("name", name);
        body.put("address", "Số 12 đường Hùng Vương, " + name);
        body.put("phone", "0271 3879 113");
        body.put("regularSince", "2020-07-01");
        return body;
    }

    static Response createUnit(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).header("Idempotency-Key", key())
                .when().post("/api/v1/police-units");
    }

    /** A new unit in the commune, created by the ministry; its id. */
    static long unitIn(String commune) {
        return createUnit(admin(), unit(commune, "Công an " + commune)).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> officer(String province, String fullName) {
        Map<String, Object> body = new HashMap<>();
        body.put("provinceCode", province);
        body.put("fullName", fullName);
        body.put("rank", "THIEU_UY");
        body.put("gender", "MALE");
        body.put("birthYear", 1994);
        return body;
    }

    static Response createOfficer(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).header("Idempotency-Key", key())
                .when().post("/api/v1/officers");
    }

    /** A new officer of the province, created by the ministry; its id. */
    static long officerOf(String province) {
        return createOfficer(admin(), officer(province, "Cán bộ " + tag())).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> posting(long unitId, String position, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("policeUnitId", unitId);
        body.put("position", position);
        body.put("fromDate", from);
        body.put("toDate", to);
        body.put("decisionRef", "1234/QĐ-CAT-PX01");
        return body;
    }

    static Response createPosting(String token, long officerId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).header("Idempotency-Key", key())
                .when().post("/api/v1/officers/" + officerId + "/postings");
    }

    /** A new posting made by the ministry; its id. */
    static long post(long officerId, long unitId, String position, String from, String to) {
        return createPosting(admin(), officerId, posting(unitId, position, from, to)).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    static String tag() {
        return Long.toString(System.nanoTime(), 36);
    }

    static long count(EntityManager entityManager, String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
