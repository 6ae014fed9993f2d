package vn.gov.antq.staffing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gov.antq.staffing.rest.ForceFixtures.ADMIN;
import static vn.gov.antq.staffing.rest.ForceFixtures.ANALYST;
import static vn.gov.antq.staffing.rest.ForceFixtures.COMMUNE_OFFICER;
import static vn.gov.antq.staffing.rest.ForceFixtures.DONG_XOAI_OFFICER;
import static vn.gov.antq.staffing.rest.ForceFixtures.OFFICER_38;
import static vn.gov.antq.staffing.rest.ForceFixtures.OFFICER_75;
import static vn.gov.antq.staffing.rest.ForceFixtures.PARTNER;
import static vn.gov.antq.staffing.rest.ForceFixtures.etag;
import static vn.gov.antq.staffing.rest.ForceFixtures.expect400;
import static vn.gov.antq.staffing.rest.ForceFixtures.post;
import static vn.gov.antq.staffing.rest.ForceFixtures.put;
import static vn.gov.antq.staffing.rest.ForceFixtures.with;
import static vn.gov.antq.staffing.rest.ForceFixtures.without;

import java.time.Instant;
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

/**
 * Regular commune police tallies over HTTP. Days are this class's own so tests sharing the database never meet:
 * Bình Phước (70) in 2019–2022 (2022-10-31 is the seed figure), and after the reform only Huế (46), whose communes no
 * other test uses: 19753 and 19774 for the rule against postings and units, 19777 for the race, 19789 and 19804 for
 * validation.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class RegularPoliceTallyResourceTest {

    private static final String PATH = "/api/v1/regular-police-tallies";
    private static final String OFFICER_46 = TestTokens.token(Roles.PROVINCE_OFFICER, "46", null);

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void communes() {
        ForceFixtures.loadCommunes();
        ForceFixtures.loadHueAndDaNang();
    }

    /** Bình Phước's report of 31/10/2022: 454 regular police in 90 communes — 90 chiefs, 91 deputies, 273 officers. */
    static Map<String, Object> binhPhuoc2022() {
        Map<String, Object> body = new HashMap<>();
        body.put("provinceCode", "70");
        body.put("asOf", "2022-10-31");
        body.put("communesWithRegularPolice", 90);
        body.put("chiefs", 90);
        body.put("deputies", 91);
        body.put("officers", 273);
        body.put("sourceDocument", "Kết quả thực hiện Kết luận số 44-KL/TW trên địa bàn tỉnh Bình Phước (31/10/2022)");
        return body;
    }

    private static Map<String, Object> headcount(String province, String commune, String asOf, Integer communes, int officers) {
        Map<String, Object> body = with(binhPhuoc2022(), "provinceCode", province, "asOf", asOf, "communesWithRegularPolice", communes,
                "chiefs", 1, "deputies", 1, "officers", officers);
        return commune == null ? body : with(body, "communeCode", commune);
    }

    @Test
    void theBinhPhuocHeadcountIsKeptAsReportedCountsUnderDongNaiAndFollowsTheWriteContract() {
        String since = Instant.now().minusSeconds(60).toString();
        String key = UUID.randomUUID().toString();
        Response created = given().auth().oauth2(OFFICER_75).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(binhPhuoc2022()).when().post(PATH);
        created.then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("reportedProvinceCode", equalTo("70"))
                .body("reportedProvinceName", equalTo("Bình Phước"))
                .body("provinceCode", equalTo("75"))
                .body("provinceName", equalTo("Đồng Nai"))
                .body("reportedCommuneCode", nullValue())
                .body("asOf", equalTo("2022-10-31"))
                .body("communesWithRegularPolice", equalTo(90))
                .body("chiefs", equalTo(90))
                .body("deputies", equalTo(91))
                .body("officers", equalTo(273))
                .body("total", equalTo(454));
        long id = created.jsonPath().getLong("id");
        given().auth().oauth2(OFFICER_75).contentType(ContentType.JSON).header("Idempotency-Key", key).body(binhPhuoc2022())
                .when().post(PATH).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) id));
        assertEquals(1L, count("select count(*) from regular_police_tally where reported_province_code = '70' and as_of = '2022-10-31'"));

        String path = PATH + "/" + id;
        given().auth().oauth2(OFFICER_75).contentType(ContentType.JSON).body(binhPhuoc2022()).when().put(path).then().statusCode(428);
        String updated = put(OFFICER_75, path, "\"0\"", with(binhPhuoc2022(), "notes", "Đã bố trí đủ Trưởng Công an xã"))
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("total", equalTo(454)).extract().header("ETag");
        put(OFFICER_75, path, "\"0\"", with(binhPhuoc2022(), "officers", 1)).then().statusCode(412)
                .contentType("application/problem+json").header("ETag", equalTo(updated));
        given().auth().oauth2(ANALYST).queryParam("reportedProvince", "70").queryParam("from", "2022-10-31").queryParam("to", "2022-10-31")
                .when().get(PATH).then().statusCode(200).body("items.id", hasItem((int) id));
        given().auth().oauth2(ANALYST).queryParam("reportedProvince", "70").queryParam("from", "2022-11-01")
                .when().get(PATH).then().statusCode(200).body("items.id", not(hasItem((int) id)));
        given().auth().oauth2(OFFICER_75).header("If-None-Match", updated).when().get(path).then().statusCode(304);

        given().auth().oauth2(OFFICER_75).when().delete(path).then().statusCode(428);
        given().auth().oauth2(OFFICER_75).header("If-Match", "\"0\"").when().delete(path).then().statusCode(412);
        given().auth().oauth2(OFFICER_75).header("If-Match", updated).when().delete(path).then().statusCode(204);
        given().auth().oauth2(OFFICER_75).when().get(path).then().statusCode(404);
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("deleted.id", hasItem(String.valueOf(id)));
        given().auth().oauth2(OFFICER_38).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("deleted.id", not(hasItem(String.valueOf(id))));
        given().auth().oauth2(ADMIN).queryParam("resourceType", "regular-police-tally").queryParam("resourceId", id).queryParam("sort", "id")
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "UPDATE", "DELETE")))
                .body("items[0].provinceCode", equalTo("75"))
                .body("items[1].changes.field", equalTo(List.of("notes")));
    }

    @Test
    void unitsAreResolvedForTheDayAndEveryFieldIsChecked() {
        // An old commune of Bình Phước, counted under the current commune it went into; the report need not give communes.
        post(OFFICER_75, PATH, headcount("70", "25207", "2019-12-31", null, 3)).then().statusCode(201)
                .body("reportedCommuneCode", equalTo("25207")).body("communeCode", equalTo("25210"))
                .body("communesWithRegularPolice", nullValue()).body("total", equalTo(5));
        // After the reform the unit is a current one.
        post(OFFICER_46, PATH, headcount("46", "19789", "2025-07-31", 1, 3)).then().statusCode(201)
                .body("reportedProvinceCode", equalTo("46")).body("reportedProvinceName", equalTo("Thành phố Huế"))
                .body("provinceCode", equalTo("46")).body("communeCode", equalTo("19789"));

        String marker = "Báo cáo sai " + ForceFixtures.tag();
        Map<String, Object> good = with(headcount("46", "19804", "2025-08-31", 1, 3), "sourceDocument", marker);
        expect400(PATH, without(good, "asOf"), "asOf", null);
        expect400(PATH, with(good, "asOf", "2099-01-01"), "asOf", null);
        expect400(PATH, with(good, "provinceCode", "70", "communeCode", null), "provinceCode", null);
        expect400(PATH, with(good, "communeCode", "25210"), "communeCode", null);
        expect400(PATH, with(good, "communeCode", "1980"), "communeCode", null);
        expect400(PATH, with(good, "communesWithRegularPolice", 2), "communesWithRegularPolice", "0 or 1");
        expect400(PATH, with(good, "communesWithRegularPolice", -1), "communesWithRegularPolice", null);
        expect400(PATH, with(good, "chiefs", -1), "chiefs", null);
        expect400(PATH, without(good, "deputies"), "deputies", null);
        expect400(PATH, with(good, "officers", "many"), "officers", null);
        expect400(PATH, with(good, "sourceDocument", " "), "sourceDocument", null);
        expect400(PATH, with(good, "periodFrom", "2025-08-01"), "periodFrom", null);
        Map<String, Object> old = with(headcount("70", null, "2019-06-30", 10, 30), "sourceDocument", marker);
        expect400(PATH, with(old, "asOf", "1989-12-31"), "asOf", "1990-01-01");
        expect400(PATH, with(old, "communeCode", "25291", "communesWithRegularPolice", 1), "communeCode", "split between");
        expect400(PATH, with(old, "communeCode", "14815", "communesWithRegularPolice", 1), "communeCode", null);
        assertEquals(0L, count("select count(*) from regular_police_tally where source_document = '" + marker + "'"));
        post(ADMIN, PATH, good).then().statusCode(201);
    }

    @Test
    void talliesOfNestedUnitsMayNotShareADay() {
        long province = post(OFFICER_75, PATH, headcount("70", null, "2021-06-30", 80, 250)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        post(OFFICER_75, PATH, headcount("70", "25207", "2021-06-30", 1, 3)).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:antq:problem:conflict"))
                .body("detail", containsString("tally #" + province));
        post(OFFICER_75, PATH, headcount("70", null, "2021-06-30", 81, 251)).then().statusCode(409);
        // Another day, another reported province (old Đồng Nai, now the same current one): no overlap.
        long commune = post(OFFICER_75, PATH, headcount("70", "25207", "2021-06-29", 1, 3)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        post(OFFICER_75, PATH, headcount("75", null, "2021-06-30", 120, 400)).then().statusCode(201);
        // Communes side by side on one day, unless the province reports that day.
        post(OFFICER_75, PATH, headcount("70", "25288", "2021-06-29", 1, 4)).then().statusCode(201);
        post(OFFICER_75, PATH, headcount("70", null, "2021-06-29", 80, 250)).then().statusCode(409)
                .body("detail", containsString("2 tallies, e.g. #" + commune));
        // A correction does not collide with itself, but may not move onto another tally's day.
        String path = PATH + "/" + commune;
        String etag = put(OFFICER_75, path, etag(OFFICER_75, path), headcount("70", "25207", "2021-06-29", 1, 4)).then().statusCode(200)
                .body("officers", equalTo(4)).extract().header("ETag");
        put(OFFICER_75, path, etag, headcount("70", "25207", "2021-06-30", 1, 4)).then().statusCode(409);
        given().auth().oauth2(OFFICER_75).when().get(path).then().statusCode(200).body("asOf", equalTo("2021-06-29"));
    }

    /**
     * After the reform: Huế (46) commune 19753 has a regular unit (since 2025-07-01) whose chief is posted from
     * 2025-08-01; 19774 has none until the tallies are in.
     */
    @Test
    void talliesNeverCountWhatPostingsOrUnitsGiveNorTheOtherWayRound() {
        long phuXuan = PoliceFixtures.createUnit(ADMIN, with(PoliceFixtures.unit("19753", "Công an phường Phú Xuân"), "regularSince",
                "2025-07-01")).then().statusCode(201).extract().jsonPath().getLong("id");
        long chief = PoliceFixtures.officerOf("46");
        long posting = PoliceFixtures.post(chief, phuXuan, "CHIEF", "2025-08-01", null);

        // The posting gives the chiefs of the commune and of the province on 2025-09-01.
        post(OFFICER_46, PATH, headcount("46", "19753", "2025-09-01", null, 3)).then().statusCode(409)
                .body("detail", containsString("posting " + posting)).body("detail", containsString("1 detailed posting"));
        post(OFFICER_46, PATH, headcount("46", null, "2025-09-01", null, 30)).then().statusCode(409)
                .body("detail", containsString("posting " + posting));
        // Before the posting no one is posted, but the unit is regular: a count of communes would count it again.
        post(OFFICER_46, PATH, headcount("46", null, "2025-07-15", 10, 30)).then().statusCode(409)
                .body("detail", containsString("police unit " + phuXuan)).body("detail", containsString("communesWithRegularPolice"));
        long provinceTally = post(OFFICER_46, PATH, headcount("46", null, "2025-07-15", null, 30)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        // Another commune without postings or unit, on the posting's days.
        long kimLong = post(OFFICER_46, PATH, headcount("46", "19774", "2025-09-01", 1, 3)).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        // Conversely: a posting covering a tallied day of its commune or province is refused, also when a correction moves it there.
        long deputy = PoliceFixtures.officerOf("46");
        PoliceFixtures.createPosting(ADMIN, deputy, PoliceFixtures.posting(phuXuan, "DEPUTY", "2025-07-01", null)).then().statusCode(409)
                .body("detail", containsString("tally #" + provinceTally));
        String postingPath = "/api/v1/postings/" + posting;
        put(ADMIN, postingPath, etag(ADMIN, postingPath), PoliceFixtures.posting(phuXuan, "CHIEF", "2025-07-10", null)).then()
                .statusCode(409).body("detail", containsString("tally #" + provinceTally));
        given().auth().oauth2(ADMIN).when().get(postingPath).then().statusCode(200).body("fromDate", equalTo("2025-08-01"));
        long deputyPosting = PoliceFixtures.post(deputy, phuXuan, "DEPUTY", "2025-07-16", null);
        // A unit of the tallied commune may not be regular on the tally's day (the tally counts its commune).
        PoliceFixtures.createUnit(ADMIN, with(PoliceFixtures.unit("19774", "Công an phường Kim Long"), "regularSince", "2025-07-01"))
                .then().statusCode(409).body("detail", containsString("tally #" + kimLong));
        long kimLongUnit = PoliceFixtures.createUnit(ADMIN, with(PoliceFixtures.unit("19774", "Công an phường Kim Long"), "regularSince",
                "2025-09-02")).then().statusCode(201).extract().jsonPath().getLong("id");
        String unitPath = "/api/v1/police-units/" + kimLongUnit;
        put(ADMIN, unitPath, etag(ADMIN, unitPath), with(PoliceFixtures.unit("19774", "Công an phường Kim Long"), "regularSince",
                "2025-08-01")).then().statusCode(409).body("detail", containsString("tally #" + kimLong));
        // Its postings start after the tally's day; a transfer there on the tally's day is refused and changes nothing.
        long officer = PoliceFixtures.officerOf("46");
        PoliceFixtures.createPosting(ADMIN, officer, PoliceFixtures.posting(kimLongUnit, "OFFICER", "2025-09-01", null)).then().statusCode(409);
        PoliceFixtures.post(officer, kimLongUnit, "OFFICER", "2025-09-02", null);
        String deputyPath = "/api/v1/postings/" + deputyPosting;
        Map<String, Object> transfer = with(PoliceFixtures.posting(kimLongUnit, "DEPUTY", null, null), "effectiveFrom", "2025-09-01");
        transfer.remove("fromDate");
        given().auth().oauth2(ADMIN).header("If-Match", etag(ADMIN, deputyPath)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(transfer).when().post(deputyPath + "/transfers").then().statusCode(409)
                .body("detail", containsString("tally #" + kimLong));
        given().auth().oauth2(ADMIN).when().get(deputyPath).then().statusCode(200).body("toDate", nullValue());
        // The tally stays correctable as long as it keeps away from the records.
        String tallyPath = PATH + "/" + kimLong;
        put(OFFICER_46, tallyPath, etag(OFFICER_46, tallyPath), headcount("46", "19774", "2025-09-02", 1, 3)).then().statusCode(409)
                .body("detail", containsString("police unit " + kimLongUnit));
        put(OFFICER_46, tallyPath, etag(OFFICER_46, tallyPath), headcount("46", "19774", "2025-09-01", 1, 4)).then().statusCode(200);
    }

    @Test
    void aPostingSavedWhileATallyIsCheckedWinsAndTheTallyIsRefused() throws Exception {
        long unit = PoliceFixtures.createUnit(ADMIN, with(PoliceFixtures.unit("19777", "Công an phường Vỹ Dạ"), "regularSince", null))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long officer = PoliceFixtures.officerOf("46");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Response> racer = QuarkusTransaction.requiringNew().call(() -> {
                // A rival writer that passed the rule and stored its posting, not yet committed: it holds the province's lock.
                entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext('regular_police_tally'), 46)) l")
                        .getSingleResult();
                entityManager.createNativeQuery("insert into police_posting (officer_id, police_unit_id, province_code, commune_code,"
                        + " position, from_date, decision_ref, created_at, updated_at) values (" + officer + ", " + unit
                        + ", '46', '19777', 'OFFICER', '2025-10-01', 'QĐ đối thủ', now(), now())").executeUpdate();
                Future<Response> request = pool.submit(() -> post(OFFICER_46, PATH, headcount("46", "19777", "2025-10-15", null, 3)));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and wait_event = 'advisory'") == 0) {
                    if (System.nanoTime() > deadline || request.isDone()) {
                        throw new AssertionError("The request never waited for the rival: "
                                + (request.isDone() ? request.get().asString() : "timeout"));
                    }
                }
                return request;
            });
            racer.get(60, TimeUnit.SECONDS).then().statusCode(409).body("detail", containsString("police unit " + unit));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0L, count("select count(*) from regular_police_tally where commune_code = '19777'"));
    }

    @Test
    void scopeDecidesWhoWritesAndWhoReads() {
        Map<String, Object> province = headcount("70", null, "2020-12-31", 85, 260);
        post(OFFICER_38, PATH, province).then().statusCode(403).contentType("application/problem+json");
        post(COMMUNE_OFFICER, PATH, province).then().statusCode(403);
        long id = post(OFFICER_75, PATH, province).then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(OFFICER_38).when().get(PATH + "/" + id).then().statusCode(404).body("detail", containsString("No "));
        given().auth().oauth2(COMMUNE_OFFICER).when().get(PATH + "/" + id).then().statusCode(200);
        given().auth().oauth2(ANALYST).when().get(PATH + "/" + id).then().statusCode(200);
        given().auth().oauth2(OFFICER_38).queryParam("size", 200).when().get(PATH).then().statusCode(200)
                .body("items.provinceCode", everyItem(equalTo("38"))).body("items.id", not(hasItem((int) id)));
        given().auth().oauth2(OFFICER_38).queryParam("province", "75").when().get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(PARTNER).when().get(PATH).then().statusCode(403);
        given().auth().oauth2(PARTNER).when().get(PATH + "/" + id).then().statusCode(403);
        // A commune officer writes the tallies of the old communes that went into its commune, no others.
        post(DONG_XOAI_OFFICER, PATH, headcount("70", "25207", "2020-06-30", 1, 3)).then().statusCode(201);
        post(DONG_XOAI_OFFICER, PATH, headcount("70", "25288", "2020-06-30", 1, 3)).then().statusCode(403);
        put(OFFICER_38, PATH + "/" + id, "\"0\"", province).then().statusCode(404);
        put(COMMUNE_OFFICER, PATH + "/" + id, "\"0\"", province).then().statusCode(403);
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"0\"").when().delete(PATH + "/" + id).then().statusCode(403);
        given().auth().oauth2(ADMIN).when().get(PATH + "/" + id).then().statusCode(200).body("version", equalTo(0));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
