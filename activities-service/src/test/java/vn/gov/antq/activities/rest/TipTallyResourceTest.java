package vn.gov.antq.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
class TipTallyResourceTest {

    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    private static final String OFFICER_75 = TestTokens.forRole(Roles.PROVINCE_OFFICER);
    private static final String OFFICER_38 = TestTokens.token(Roles.PROVINCE_OFFICER, TestTokens.OTHER_PROVINCE, null);
    private static final String OFFICER_79 = TestTokens.token(Roles.PROVINCE_OFFICER, "79", null);
    private static final String COMMUNE_OFFICER = TestTokens.forRole(Roles.COMMUNE_OFFICER);
    private static final String PATH = "/api/v1/tip-tallies";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void communes() {
        ActivityCommuneFixture.load();
    }

    @Test
    void theSeedReportsAreTalliedAsReportedAndNestedReportsMayNotRepeatAFigure() {
        // Thanh Hóa (38), 2019–2022: 39,500 tips, about 18,170 of value, 723 wanted persons caught or persuaded to surrender.
        Map<String, Object> thanhHoa = tally("38", null, "2019-01-01", "2022-12-31");
        thanhHoa.putAll(Map.of("received", 39500, "valuable", 18170, "wantedCaughtOrSurrendered", 723));
        long thanhHoaId = create(OFFICER_38, thanhHoa).then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("received", equalTo(39500)).body("valuable", equalTo(18170)).body("wantedCaughtOrSurrendered", equalTo(723))
                .body("wantedCaught", nullValue()).body("provinceCode", equalTo("38")).extract().jsonPath().getLong("id");
        // Bình Dương (74, now Hồ Chí Minh City 79), 2018: 5,000 valuable tips → 2,144 cases solved, 3,630 suspects arrested.
        Map<String, Object> binhDuong = tally("74", null, "2018-01-01", "2018-12-31");
        binhDuong.putAll(Map.of("valuable", 5000, "casesSolved", 2144, "suspectsArrested", 3630));
        long binhDuongId = create(OFFICER_79, binhDuong).then().statusCode(201).body("reportedProvinceCode", equalTo("74"))
                .body("provinceCode", equalTo("79")).body("received", nullValue()).extract().jsonPath().getLong("id");

        // The same unit over an overlapping period, whatever it gives.
        Map<String, Object> secondHalf = tally("74", null, "2018-07-01", "2018-12-31");
        secondHalf.put("received", 9000);
        create(OFFICER_79, secondHalf).then().statusCode(409).body("detail", containsString("#" + binhDuongId));
        Map<String, Object> wanted = tally("38", null, "2022-01-01", "2022-12-31");
        wanted.put("wantedCaught", 150);
        create(OFFICER_38, wanted).then().statusCode(409).body("detail", containsString("#" + thanhHoaId));
        wanted.put("periodFrom", "2023-01-01");
        wanted.put("periodTo", "2023-12-31");
        create(OFFICER_38, wanted).then().statusCode(201).body("wantedCaught", equalTo(150));
        // Nested units may report disjoint figures; wanted persons caught are among those "caught or surrendered", so the
        // split and the combined figure are one.
        Map<String, Object> summer = tally("75", null, "2025-07-01", "2025-08-31");
        summer.put("wantedCaughtOrSurrendered", 5);
        long summerId = create(OFFICER_75, summer).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> communeSummer = tally("75", TestTokens.COMMUNE, "2025-08-01", "2025-08-31");
        communeSummer.put("wantedCaught", 2);
        create(COMMUNE_OFFICER, communeSummer).then().statusCode(409).body("detail", containsString("#" + summerId));
        communeSummer.remove("wantedCaught");
        communeSummer.put("casesSolved", 1);
        create(COMMUNE_OFFICER, communeSummer).then().statusCode(201);
        // Old Hồ Chí Minh City (79) is another unit of count than Bình Dương, though both count under 79 now.
        Map<String, Object> oldHcm = tally("79", null, "2018-01-01", "2018-12-31");
        oldHcm.put("valuable", 12000);
        create(OFFICER_79, oldHcm).then().statusCode(201);

        // Within 2018: the statistics tests report Bình Dương for other years in the same database.
        given().auth().oauth2(OFFICER_79).queryParam("reportedProvince", "74").queryParam("from", "2018-01-01").queryParam("to", "2018-12-31")
                .when().get(PATH).then().statusCode(200).body("items.id", equalTo(List.of((int) binhDuongId)));
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ANALYST)).queryParam("province", "38").queryParam("from", "2020-01-01")
                .queryParam("to", "2020-12-31").when().get(PATH).then().statusCode(200).body("items.id", equalTo(List.of((int) thanhHoaId)));
    }

    @Test
    void detailedTipsAndTalliesNeverCoverTheSameUnitAndDay() {
        // A tip of the neighbouring commune in mid-October, and one received half an hour into 1 November, Vietnam time
        // (still 31 October in UTC).
        long october = tip(OFFICER_75, ActivityCommuneFixture.OTHER_COMMUNE_75, "2025-10-15T10:00:00+07:00");
        tip(OFFICER_75, ActivityCommuneFixture.OTHER_COMMUNE_75, "2025-11-01T00:30:00+07:00");
        String marker = "Báo cáo tháng 10/2025 " + UUID.randomUUID();
        Map<String, Object> province = tally("75", null, "2025-10-01", "2025-10-31");
        province.put("casesSolved", 2);
        province.put("sourceDocument", marker);
        create(OFFICER_75, province).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("1 detailed tip of")).body("detail", containsString("tip " + october));
        assertEquals(0L, count("select count(*) from tip_tally where source_document = '" + marker + "'"));

        // A tally of the other commune of the province holds neither tip; its tips may then no longer be recorded in detail.
        Map<String, Object> commune = tally("75", TestTokens.COMMUNE, "2025-10-01", "2025-10-31");
        commune.putAll(Map.of("received", 14, "valuable", 3));
        long communeId = create(COMMUNE_OFFICER, commune).then().statusCode(201).body("communeCode", equalTo(TestTokens.COMMUNE))
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(OFFICER_75).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(tipBody(TestTokens.COMMUNE, "2025-10-20T08:00:00+07:00", marker)).when().post("/api/v1/tips").then().statusCode(409)
                .body("detail", containsString("#" + communeId));
        assertEquals(0L, count("select count(*) from tip where summary = '" + marker + "'"));
        // A province-level tip is not the commune's, and the first of November is after its period.
        tip(OFFICER_75, null, "2025-10-20T08:00:00+07:00");
        tip(COMMUNE_OFFICER, TestTokens.COMMUNE, "2025-11-01T00:30:00+07:00");

        // Corrections need the current ETag; deletion leaves a tombstone for the province's sync clients.
        commune.put("valuable", 4);
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(commune)
                .when().put(PATH + "/" + communeId).then().statusCode(412).header("ETag", equalTo("\"0\""));
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(commune)
                .when().put(PATH + "/" + communeId).then().statusCode(200).header("ETag", equalTo("\"1\"")).body("valuable", equalTo(4));
        String since = Instant.now().minusSeconds(60).toString();
        given().auth().oauth2(OFFICER_75).header("If-Match", "\"1\"").when().delete(PATH + "/" + communeId).then().statusCode(204);
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("deleted.id", hasItem(String.valueOf(communeId)));
        given().auth().oauth2(OFFICER_38).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("deleted.id", not(hasItem(String.valueOf(communeId))));
        given().auth().oauth2(ADMIN).queryParam("resourceType", "tip-tally").queryParam("resourceId", communeId).queryParam("sort", "id")
                .when().get("/api/v1/audit-events").then().statusCode(200).body("items.action", equalTo(List.of("CREATE", "UPDATE", "DELETE")))
                .body("items[1].changes.field", equalTo(List.of("valuable")));
    }

    @Test
    void badTalliesAre400AndOutsidersAreRefused() {
        String marker = "Báo cáo sai " + UUID.randomUUID();
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        expect400(with(marker, "periodFrom", "2026-01-15"), "periodFrom");
        expect400(with(marker, "periodFrom", "2025-01-01"), "periodTo");
        expect400(with(marker, "periodTo", today), "periodTo");
        Map<String, Object> nothing = with(marker, "received", null);
        nothing.remove("valuable");
        expect400(nothing, "received");
        expect400(with(marker, "valuable", 31), "valuable");
        expect400(with(marker, "casesSolved", -1), "casesSolved");
        Map<String, Object> both = with(marker, "wantedCaughtOrSurrendered", 9);
        both.put("wantedSurrendered", 2);
        expect400(both, "wantedCaughtOrSurrendered");
        expect400(with(marker, "provinceCode", "00"), "provinceCode");
        expect400(with(marker, "communeCode", TestTokens.OTHER_COMMUNE), "communeCode");
        expect400(with(marker, "arrests", 3), "arrests");
        create(OFFICER_38, with(marker, "notes", "Thanh Hóa")).then().statusCode(403);
        create(COMMUNE_OFFICER, with(marker, "communeCode", ActivityCommuneFixture.OTHER_COMMUNE_75)).then().statusCode(403);
        create(TestTokens.forRole(Roles.MINISTRY_ANALYST), with(marker, "notes", "analyst")).then().statusCode(403);
        create(TestTokens.forRole(Roles.TIP_INVESTIGATOR), with(marker, "notes", "investigator")).then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole(Roles.PARTNER_SYSTEM)).when().get(PATH).then().statusCode(403);
        assertEquals(0L, count("select count(*) from tip_tally where source_document = '" + marker + "'"));

        String key = UUID.randomUUID().toString();
        Map<String, Object> good = with(marker, "wantedSurrendered", 1);
        long id = create(COMMUNE_OFFICER, good, key).then().statusCode(201).extract().jsonPath().getLong("id");
        create(COMMUNE_OFFICER, good, key).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) id));
        assertEquals(1L, count("select count(*) from tip_tally where source_document = '" + marker + "'"));
        // Commune officers read their province's tallies; other provinces see nothing of them.
        given().auth().oauth2(COMMUNE_OFFICER).when().get(PATH + "/" + id).then().statusCode(200).body("received", equalTo(30));
        given().auth().oauth2(OFFICER_38).when().get(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(OFFICER_38).queryParam("province", "75").when().get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
    }

    private void expect400(Map<String, Object> body, String field) {
        create(OFFICER_75, body).then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    private static Map<String, Object> with(String source, String field, Object value) {
        Map<String, Object> body = tally("75", TestTokens.COMMUNE, "2025-12-01", "2025-12-31");
        body.put("received", 30);
        body.put("valuable", 12);
        body.put("sourceDocument", source);
        body.put(field, value);
        return body;
    }

    private static Response create(String token, Map<String, Object> body) {
        return create(token, body, UUID.randomUUID().toString());
    }

    private static Response create(String token, Map<String, Object> body, String key) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).header("Idempotency-Key", key).when().post(PATH);
    }

    private static Map<String, Object> tally(String province, String commune, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("provinceCode", province);
        body.put("communeCode", commune);
        body.put("periodFrom", from);
        body.put("periodTo", to);
        body.put("sourceDocument", "Báo cáo kết quả thực hiện Kết luận 44-KL/TW");
        return body;
    }

    private static long tip(String token, String commune, String receivedAt) {
        return given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(tipBody(commune, receivedAt, "Nghi có đối tượng truy nã lẩn trốn tại ấp 2"))
                .when().post("/api/v1/tips").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> tipBody(String commune, String receivedAt, String summary) {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedAt", receivedAt);
        body.put("channel", "IN_PERSON");
        body.put("category", "WANTED_PERSON");
        body.put("provinceCode", "75");
        body.put("communeCode", commune);
        body.put("summary", summary);
        return body;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
