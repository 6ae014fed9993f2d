package vn.gov.antq.models.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class SafeUnitRecognitionResourceTest {

    private static final String PATH = "/api/v1/safe-unit-recognitions";
    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    private static final String OFFICER_75 = TestTokens.forRole(Roles.PROVINCE_OFFICER);
    private static final String OFFICER_38 = TestTokens.token(Roles.PROVINCE_OFFICER, TestTokens.OTHER_PROVINCE, null);
    /** Commune officer of 75 / 26068. */
    private static final String COMMUNE_OFFICER = TestTokens.forRole(Roles.COMMUNE_OFFICER);
    private static final String NEIGHBOUR_OFFICER = TestTokens.token(Roles.COMMUNE_OFFICER, TestTokens.PROVINCE,
            SiteCommuneFixture.OTHER_COMMUNE_75);

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void communes() {
        SiteCommuneFixture.load();
    }

    @Test
    void aCommuneOfficerRecordsReadsCorrectsAndDeletesAVerdict() {
        String name = "Khu dân cư ấp Bàu Sen " + tag();
        Response created = create(COMMUNE_OFFICER, recognition(TestTokens.COMMUNE, name, 2025));
        created.then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("provinceCode", equalTo("75"))
                .body("communeCode", equalTo(TestTokens.COMMUNE))
                .body("year", equalTo(2025))
                .body("result", equalTo("PASSED"));
        long id = created.jsonPath().getLong("id");
        given().auth().oauth2(OFFICER_75).when().get(PATH + "/" + id).then().statusCode(200).body("unitName", equalTo(name));
        Map<String, Object> failed = recognition(TestTokens.COMMUNE, name, 2025);
        failed.put("result", "FAILED");
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(failed)
                .when().put(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\"")).body("result", equalTo("FAILED"));
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"1\"").when().delete(PATH + "/" + id).then().statusCode(204);
        given().auth().oauth2(COMMUNE_OFFICER).when().get(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(ADMIN).queryParam("resourceType", "safe-unit-recognition").queryParam("resourceId", id).queryParam("sort", "id")
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "UPDATE", "DELETE")))
                .body("items[1].changes.field", equalTo(List.of("result")))
                .body("items.communeCode", everyItem(equalTo(TestTokens.COMMUNE)));
    }

    @Test
    void aRetriedCreateReturnsTheOriginalAndCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = recognition(TestTokens.COMMUNE, "Trường Tiểu học " + key, 2025);
        body.put("unitKind", "SCHOOL");
        long first = given().auth().oauth2(OFFICER_75).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(PATH).then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(OFFICER_75).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(PATH).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) first));
        assertEquals(1L, count("select count(*) from safe_unit_recognition where unit_name = 'Trường Tiểu học " + key + "'"));
    }

    @Test
    void oneVerdictPerUnitAndYearWhateverTheSpelling() {
        String tag = tag();
        long first = create(OFFICER_75, recognition(TestTokens.COMMUNE, "Khu dân cư ấp Đồng Sen " + tag, 2025)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        create(COMMUNE_OFFICER, recognition(TestTokens.COMMUNE, "  KHU DAN CU AP DONG SEN " + tag.toUpperCase(), 2025)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:antq:problem:conflict"))
                .body("detail", containsString("already has a verdict for 2025 (recognition " + first + ")"));
        assertEquals(1L, count("select count(*) from safe_unit_recognition where search_text like '%dong sen " + tag + "'"));
        // Another kind of unit, or another year, is another verdict.
        Map<String, Object> agency = recognition(TestTokens.COMMUNE, "Khu dân cư ấp Đồng Sen " + tag, 2025);
        agency.put("unitKind", "AGENCY");
        create(OFFICER_75, agency).then().statusCode(201);
        Map<String, Object> nextYear = recognition(TestTokens.COMMUNE, "Khu dân cư ấp Đồng Sen " + tag, 2026);
        nextYear.put("decidedOn", "2026-11-01");
        long second = create(OFFICER_75, nextYear).then().statusCode(201).extract().jsonPath().getLong("id");
        // Correcting the later verdict into the year of the first is the same conflict.
        given().auth().oauth2(OFFICER_75).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(recognition(TestTokens.COMMUNE, "Khu dân cư ấp Đồng Sen " + tag, 2025)).when().put(PATH + "/" + second)
                .then().statusCode(409);
        given().auth().oauth2(OFFICER_75).when().get(PATH + "/" + second).then().statusCode(200).body("year", equalTo(2026));
    }

    @Test
    void aDuplicateThatRacesPastTheCheckIsA409NotA500() throws Exception {
        String name = "Khu dân cư Đua " + tag();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Response> racer = QuarkusTransaction.requiringNew().call(() -> {
                // A rival verdict, written but not committed: the request's check cannot see it, its insert waits on the index.
                entityManager.createNativeQuery("insert into safe_unit_recognition (unit_kind, unit_name, province_code, commune_code,"
                        + " recognition_year, result, created_at, updated_at) values ('RESIDENTIAL_AREA', ?1, '75', ?2, 2025, 'FAILED', now(), now())")
                        .setParameter(1, name).setParameter(2, TestTokens.COMMUNE).executeUpdate();
                Future<Response> request = pool.submit(() -> create(OFFICER_75, recognition(TestTokens.COMMUNE, name, 2025)));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into safe_unit_recognition%'") == 0) {
                    if (System.nanoTime() > deadline || request.isDone()) {
                        throw new AssertionError("The request never waited on the rival's row: " + (request.isDone() ? request.get().asString() : "timeout"));
                    }
                }
                return request;
            });
            racer.get(60, TimeUnit.SECONDS).then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("already has a verdict for 2025"));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, count("select count(*) from safe_unit_recognition where unit_name = '" + name + "'"));
        assertEquals(0L, count("select count(*) from audit_event where resource_type = 'safe-unit-recognition' and changes::text like '%" + name + "%'"));
    }

    @Test
    void badInputIs400ProblemJsonAndStoresNothing() {
        String marker = "Đơn vị sai " + tag();
        int nextYear = LocalDate.now().getYear() + 1;
        expect400(with(marker, "year", nextYear), "year");
        expect400(with(marker, "year", 1999), "year");
        expect400(with(marker, "year", "twenty"), "year");
        expect400(with(marker, "decidedOn", "2024-12-31"), "decidedOn");
        expect400(with(marker, "decidedOn", LocalDate.now().plusDays(2).toString()), "decidedOn");
        expect400(with(marker, "unitKind", "VILLAGE"), "unitKind");
        expect400(with(marker, "result", "MAYBE"), "result");
        expect400(with(marker, "decisionRef", "r".repeat(101)), "decisionRef");
        expect400(with(marker, "notes", "n".repeat(2001)), "notes");
        expect400(with(marker, "communeCode", null), "communeCode");
        expect400(with(marker, "communeCode", "99999"), "communeCode");
        expect400(recognition(TestTokens.COMMUNE, "u".repeat(301), 2025), "unitName");
        // 26068 is a commune since the reform only: a verdict decided before 2025-07-01 cannot name it.
        Map<String, Object> beforeReform = with(marker, "year", 2024);
        beforeReform.put("decidedOn", "2024-12-20");
        create(OFFICER_75, beforeReform).then().statusCode(400).body("errors[0].field", equalTo("communeCode"))
                .body("errors[0].message", containsString("before the 2025-07-01 reform"));
        assertEquals(0L, count("select count(*) from safe_unit_recognition where unit_name = '" + marker + "' or length(unit_name) > 300"));
    }

    @Test
    void scopeDecidesWhoWritesAndWhoSees() {
        String tag = tag();
        long mine = create(COMMUNE_OFFICER, recognition(TestTokens.COMMUNE, "Ấp Một " + tag, 2025)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long neighbours = create(OFFICER_75, recognition(SiteCommuneFixture.OTHER_COMMUNE_75, "Khu phố Hai " + tag, 2025)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        // Writing into another commune or province: 403, nothing stored.
        create(COMMUNE_OFFICER, recognition(SiteCommuneFixture.OTHER_COMMUNE_75, "Ngoài xã " + tag, 2025)).then().statusCode(403)
                .contentType("application/problem+json");
        create(OFFICER_38, recognition(TestTokens.COMMUNE, "Ngoài tỉnh " + tag, 2025)).then().statusCode(403);
        assertEquals(0L, count("select count(*) from safe_unit_recognition where unit_name like 'Ngoài % " + tag + "'"));
        create(OFFICER_38, recognition(TestTokens.OTHER_COMMUNE, "Thôn Ba " + tag, 2025)).then().statusCode(201)
                .body("provinceCode", equalTo("38"));
        // Outside the scope a verdict reads as missing.
        given().auth().oauth2(OFFICER_38).when().get(PATH + "/" + mine).then().statusCode(404);
        given().auth().oauth2(OFFICER_38).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(recognition(TestTokens.COMMUNE, "Ấp Một " + tag, 2025)).when().put(PATH + "/" + mine).then().statusCode(404);
        given().auth().oauth2(NEIGHBOUR_OFFICER).when().get(PATH + "/" + mine).then().statusCode(404);
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"0\"").when().delete(PATH + "/" + neighbours).then().statusCode(404);
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("q", tag).when().get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) mine)));
        given().auth().oauth2(OFFICER_38).queryParam("q", tag).when().get(PATH).then().statusCode(200)
                .body("items.communeCode", equalTo(List.of(TestTokens.OTHER_COMMUNE)));
        // The analyst reads everything and writes nothing; partners read no records.
        String analyst = TestTokens.forRole(Roles.MINISTRY_ANALYST);
        given().auth().oauth2(analyst).queryParam("q", tag).when().get(PATH).then().statusCode(200).body("totalItems", equalTo(3));
        given().auth().oauth2(analyst).when().get(PATH + "/" + neighbours).then().statusCode(200);
        create(analyst, recognition(TestTokens.COMMUNE, "Phân tích " + tag, 2025)).then().statusCode(403);
        String partner = TestTokens.forRole(Roles.PARTNER_SYSTEM);
        given().auth().oauth2(partner).when().get(PATH).then().statusCode(403);
        given().auth().oauth2(partner).when().get(PATH + "/" + mine).then().statusCode(403);
    }

    @Test
    void listsFilterByYearKindResultAndNameWithoutDiacritics() {
        String tag = tag();
        long passed = create(OFFICER_75, recognition(TestTokens.COMMUNE, "Khu dân cư Phước Hòa " + tag, 2025)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> school = recognition(SiteCommuneFixture.OTHER_COMMUNE_75, "Trường THPT Phước Hòa " + tag, 2026);
        school.put("unitKind", "SCHOOL");
        school.put("result", "FAILED");
        school.put("decidedOn", null);
        long failed = create(OFFICER_75, school).then().statusCode(201).extract().jsonPath().getLong("id");

        given().auth().oauth2(OFFICER_75).queryParam("q", "phuoc hoa " + tag).when().get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) failed, (int) passed)));
        given().auth().oauth2(OFFICER_75).queryParam("q", "PHUOC HOA " + tag).queryParam("year", 2025).when().get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) passed)));
        given().auth().oauth2(OFFICER_75).queryParam("q", tag).queryParam("result", "FAILED").queryParam("unitKind", "SCHOOL")
                .when().get(PATH).then().statusCode(200).body("items.id", equalTo(List.of((int) failed)));
        given().auth().oauth2(ADMIN).queryParam("q", tag).queryParam("province", "75").queryParam("commune", TestTokens.COMMUNE)
                .when().get(PATH).then().statusCode(200).body("items.id", equalTo(List.of((int) passed)));
        given().auth().oauth2(ADMIN).queryParam("q", tag).queryParam("province", "38").when().get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth().oauth2(OFFICER_75).queryParam("result", "MAYBE").when().get(PATH).then().statusCode(400);
        given().auth().oauth2(OFFICER_75).queryParam("year", 1990).when().get(PATH).then().statusCode(400);
    }

    @Test
    void changesNeedTheCurrentETagAndDeletionsReachSyncingClients() {
        String since = Instant.now().minusSeconds(60).toString();
        String tag = tag();
        Response created = create(OFFICER_75, recognition(TestTokens.COMMUNE, "Doanh nghiệp Tân Phú " + tag, 2025));
        long id = created.jsonPath().getLong("id");
        long neighbours = create(OFFICER_75, recognition(SiteCommuneFixture.OTHER_COMMUNE_75, "Khu phố Biên " + tag, 2025)).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(OFFICER_75).header("If-None-Match", created.header("ETag")).when().get(PATH + "/" + id).then().statusCode(304);
        Map<String, Object> corrected = recognition(TestTokens.COMMUNE, "Doanh nghiệp Tân Phú " + tag, 2025);
        corrected.put("decisionRef", "99/QĐ-UBND");
        given().auth().oauth2(OFFICER_75).contentType(ContentType.JSON).body(corrected).when().put(PATH + "/" + id).then().statusCode(428);
        given().auth().oauth2(OFFICER_75).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(corrected)
                .when().put(PATH + "/" + id).then().statusCode(200);
        given().auth().oauth2(OFFICER_75).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(recognition(TestTokens.COMMUNE, "Ghi đè " + tag, 2025)).when().put(PATH + "/" + id)
                .then().statusCode(412).header("ETag", equalTo("\"1\""));
        Map<String, Object> moved = recognition(SiteCommuneFixture.OTHER_COMMUNE_75, "Doanh nghiệp Tân Phú " + tag, 2025);
        given().auth().oauth2(OFFICER_75).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(moved)
                .when().put(PATH + "/" + id).then().statusCode(400).body("errors[0].field", equalTo("communeCode"));
        given().auth().oauth2(OFFICER_75).header("If-Match", "\"0\"").when().delete(PATH + "/" + id).then().statusCode(412);
        given().auth().oauth2(OFFICER_75).header("If-Match", "\"1\"").when().delete(PATH + "/" + id).then().statusCode(204);

        given().auth().oauth2(COMMUNE_OFFICER).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("items.id", not(hasItem((int) neighbours)))
                .body("items.communeCode", everyItem(equalTo(TestTokens.COMMUNE)))
                .body("deleted.id", hasItem(String.valueOf(id)));
        given().auth().oauth2(NEIGHBOUR_OFFICER).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("items.id", hasItem((int) neighbours))
                .body("deleted.id", not(hasItem(String.valueOf(id))));
        given().auth().oauth2(OFFICER_38).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("deleted.id", not(hasItem(String.valueOf(id))));
    }

    private void expect400(Map<String, Object> body, String field) {
        create(OFFICER_75, body).then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    private static Map<String, Object> with(String name, String field, Object value) {
        Map<String, Object> body = recognition(TestTokens.COMMUNE, name, 2025);
        body.put(field, value);
        return body;
    }

    private static Response create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).header("Idempotency-Key", UUID.randomUUID().toString())
                .when().post(PATH);
    }

    private static String tag() {
        return Long.toString(System.nanoTime(), 36);
    }

    static Map<String, Object> recognition(String commune, String unitName, int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitKind", "RESIDENTIAL_AREA");
        body.put("unitName", unitName);
        body.put("communeCode", commune);
        body.put("year", year);
        body.put("result", "PASSED");
        body.put("decisionRef", "1234/QĐ-UBND");
        // Decided after the reform, so the current commune codes of the fixture are valid on that day.
        body.put("decidedOn", year == 2025 ? "2025-12-20" : null);
        return body;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
