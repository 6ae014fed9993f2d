package vn.gov.antq.staffing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;

/**
 * Semi-professional commune police tallies over HTTP. Each test uses its own years for Bình Phước (70) so the tests
 * of the shared database never overlap: 2022 (the seed figure), 2018 (units), 2020–2021 (overlap rule), 2017 (scope),
 * 2016 (race), 2015 (validation).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class SemiProfessionalTallyResourceTest {

    private static final String PATH = "/api/v1/semi-professional-tallies";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void communes() {
        ForceFixtures.loadCommunes();
    }

    /** Bình Phước's report of 31/10/2022: 24 deputy chiefs + 182 standing officers + 1,009 hamlet officers = 1,215. */
    static Map<String, Object> binhPhuoc2022() {
        Map<String, Object> body = new HashMap<>();
        body.put("provinceCode", "70");
        body.put("asOf", "2022-10-31");
        body.put("deputyChiefs", 24);
        body.put("standingOfficers", 182);
        body.put("hamletOfficers", 1009);
        body.put("sourceDocument", "Kết quả thực hiện Kết luận số 44-KL/TW trên địa bàn tỉnh Bình Phước (31/10/2022)");
        return body;
    }

    private static Map<String, Object> tally(String province, String from, String to, int hamletOfficers) {
        Map<String, Object> body = new HashMap<>();
        body.put("provinceCode", province);
        body.put("periodFrom", from);
        body.put("periodTo", to);
        body.put("deputyChiefs", 1);
        body.put("standingOfficers", 2);
        body.put("hamletOfficers", hamletOfficers);
        body.put("sourceDocument", "Báo cáo " + from.substring(0, 4));
        return body;
    }

    private static Map<String, Object> headcount(String province, String commune, String asOf, int hamletOfficers) {
        Map<String, Object> body = with(binhPhuoc2022(), "provinceCode", province, "asOf", asOf, "hamletOfficers", hamletOfficers);
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
                .body("asOf", equalTo("2022-10-31"))
                .body("periodFrom", equalTo("2022-10-31"))
                .body("periodTo", equalTo("2022-10-31"))
                .body("chiefs", equalTo(null))
                .body("deputyChiefs", equalTo(24))
                .body("standingOfficers", equalTo(182))
                .body("hamletOfficers", equalTo(1009))
                .body("total", equalTo(1215));
        long id = created.jsonPath().getLong("id");
        // A retry with the same key creates nothing new.
        given().auth().oauth2(OFFICER_75).contentType(ContentType.JSON).header("Idempotency-Key", key).body(binhPhuoc2022())
                .when().post(PATH).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) id));
        assertEquals(1L, count("select count(*) from semi_professional_tally where reported_province_code = '70' and as_of = '2022-10-31'"));

        // Corrections need the current ETag.
        String path = PATH + "/" + id;
        given().auth().oauth2(OFFICER_75).contentType(ContentType.JSON).body(binhPhuoc2022()).when().put(path).then().statusCode(428);
        String updated = put(OFFICER_75, path, "\"0\"", with(binhPhuoc2022(), "chiefs", 0)).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("chiefs", equalTo(0)).body("total", equalTo(1215)).extract().header("ETag");
        put(OFFICER_75, path, "\"0\"", with(binhPhuoc2022(), "hamletOfficers", 1)).then().statusCode(412)
                .contentType("application/problem+json").header("ETag", equalTo(updated));
        given().auth().oauth2(ANALYST).queryParam("reportedProvince", "70").queryParam("from", "2022-01-01").queryParam("to", "2022-12-31")
                .when().get(PATH).then().statusCode(200).body("items.id", hasItem((int) id));
        given().auth().oauth2(OFFICER_75).header("If-None-Match", updated).when().get(path).then().statusCode(304);

        given().auth().oauth2(OFFICER_75).when().delete(path).then().statusCode(428);
        given().auth().oauth2(OFFICER_75).header("If-Match", "\"0\"").when().delete(path).then().statusCode(412);
        given().auth().oauth2(OFFICER_75).header("If-Match", updated).when().delete(path).then().statusCode(204);
        given().auth().oauth2(OFFICER_75).when().get(path).then().statusCode(404);
        // Province-level records: a commune officer of the province syncs them and learns of the deletion; another province does not.
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("deleted.id", hasItem(String.valueOf(id)));
        given().auth().oauth2(OFFICER_38).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("deleted.id", not(hasItem(String.valueOf(id))));
        given().auth().oauth2(ADMIN).queryParam("resourceType", "semi-professional-tally").queryParam("resourceId", id).queryParam("sort", "id")
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "UPDATE", "DELETE")))
                .body("items[0].provinceCode", equalTo("75"))
                .body("items[1].changes.field", equalTo(List.of("chiefs")));
    }

    @Test
    void aPeriodOrCommuneIsResolvedToTheCurrentUnits() {
        // An old commune of Bình Phước, counted under the current commune it went into.
        post(OFFICER_75, PATH, headcount("70", "25207", "2018-12-31", 30)).then().statusCode(201)
                .body("reportedCommuneCode", equalTo("25207"))
                .body("communeCode", equalTo("25210"))
                .body("reportedProvinceCode", equalTo("70"))
                .body("provinceCode", equalTo("75"));
        // Thanh Hóa kept its code; a period instead of a day.
        post(OFFICER_38, PATH, with(tally("38", "2018-01-01", "2018-12-31", 4200), "chiefs", 12)).then().statusCode(201)
                .body("reportedProvinceName", equalTo("Thanh Hóa"))
                .body("provinceCode", equalTo("38"))
                .body("asOf", equalTo(null))
                .body("total", equalTo(12 + 1 + 2 + 4200));
        // Old 75 was Đồng Nai before the merger too: the same code, another unit than 70.
        post(OFFICER_75, PATH, headcount("75", null, "2018-12-31", 900)).then().statusCode(201)
                .body("reportedProvinceName", equalTo("Đồng Nai")).body("provinceCode", equalTo("75"));
    }

    @Test
    void tallyDatesAndUnitsAreCheckedAndNothingIsStoredOn400() {
        String marker = "Báo cáo sai " + ForceFixtures.tag();
        Map<String, Object> good = with(headcount("70", null, "2015-06-30", 800), "sourceDocument", marker);
        // The force ended on 2024-06-30.
        expect400(PATH, with(good, "asOf", "2024-07-01"), "asOf", "must be before 2024-07-01");
        expect400(PATH, with(without(good, "asOf"), "periodFrom", "2024-01-01", "periodTo", "2024-07-31"), "periodTo", "grassroots");
        // One day or one period.
        expect400(PATH, with(good, "periodFrom", "2015-01-01", "periodTo", "2015-06-30"), "asOf", "not both");
        expect400(PATH, without(good, "asOf"), "asOf", "is required");
        expect400(PATH, with(without(good, "asOf"), "periodFrom", "2015-01-01"), "periodTo", "is required with periodFrom");
        expect400(PATH, with(without(good, "asOf"), "periodTo", "2015-01-01"), "periodFrom", "is required with periodTo");
        expect400(PATH, with(without(good, "asOf"), "periodFrom", "2015-06-30", "periodTo", "2015-01-01"), "periodFrom", "after periodTo");
        expect400(PATH, with(good, "asOf", "1989-12-31"), "asOf", "1990-01-01");
        expect400(PATH, with(good, "asOf", "2015-02-30"), "asOf", null);
        // Units: unknown province, a commune of another province, a split commune, a code that was no commune then.
        expect400(PATH, with(good, "provinceCode", "99"), "provinceCode", null);
        expect400(PATH, with(good, "provinceCode", "7"), "provinceCode", null);
        expect400(PATH, with(good, "communeCode", "14815"), "communeCode", null);
        expect400(PATH, with(good, "communeCode", "25291"), "communeCode", "split between");
        expect400(PATH, with(good, "communeCode", "26068"), "communeCode", "no commune had code 26068");
        expect400(PATH, with(good, "provinceCode", "75", "communeCode", "25288"), "communeCode", "was in province 70");
        // Counts and texts.
        expect400(PATH, with(good, "deputyChiefs", -1), "deputyChiefs", null);
        expect400(PATH, with(good, "chiefs", -2), "chiefs", null);
        expect400(PATH, without(good, "hamletOfficers"), "hamletOfficers", null);
        expect400(PATH, with(good, "standingOfficers", "many"), "standingOfficers", null);
        expect400(PATH, with(good, "sourceDocument", " "), "sourceDocument", null);
        expect400(PATH, with(good, "headcount", 5), "headcount", null);
        assertEquals(0L, count("select count(*) from semi_professional_tally where source_document = '" + marker + "'"));
        post(ADMIN, PATH, good).then().statusCode(201);
    }

    @Test
    void talliesOfNestedUnitsMayNotOverlapInTime() {
        long year2020 = post(OFFICER_75, PATH, tally("70", "2020-01-01", "2020-12-31", 1000)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        // The same province on a day of that year, and one of its communes: the same people counted twice.
        post(OFFICER_75, PATH, headcount("70", null, "2020-06-30", 1001)).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:antq:problem:conflict"))
                .body("detail", containsString("tally " + year2020)).body("detail", containsString("2020-01-01 – 2020-12-31"));
        post(OFFICER_75, PATH, headcount("70", "25207", "2020-06-30", 20)).then().statusCode(409)
                .body("detail", containsString("tally " + year2020));
        // Communes of the province, a year later: side by side, unless the province reports too.
        long tanThanh = post(OFFICER_75, PATH, headcount("70", "25207", "2021-06-30", 20)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        post(OFFICER_75, PATH, headcount("70", "25288", "2021-06-30", 25)).then().statusCode(201);
        post(OFFICER_75, PATH, headcount("70", "25207", "2021-06-30", 21)).then().statusCode(409)
                .body("detail", containsString("tally " + tanThanh));
        post(OFFICER_75, PATH, tally("70", "2021-01-01", "2021-12-31", 1000)).then().statusCode(409)
                .body("detail", containsString("tally " + tanThanh));
        // Successive headcounts and another reported province (old 75, now the same current one) do not overlap.
        post(OFFICER_75, PATH, headcount("70", null, "2021-01-01", 1002)).then().statusCode(201);
        post(OFFICER_75, PATH, headcount("75", null, "2020-06-30", 800)).then().statusCode(201);
        // A correction does not collide with itself, but may not move into another tally's time.
        String path = PATH + "/" + year2020;
        String etag = put(OFFICER_75, path, etag(OFFICER_75, path), tally("70", "2020-01-01", "2020-12-31", 1003)).then().statusCode(200)
                .body("hamletOfficers", equalTo(1003)).extract().header("ETag");
        put(OFFICER_75, path, etag, tally("70", "2020-01-01", "2021-01-01", 1003)).then().statusCode(409);
        given().auth().oauth2(OFFICER_75).when().get(path).then().statusCode(200).body("periodTo", equalTo("2020-12-31"));
    }

    @Test
    void scopeDecidesWhoWritesAndWhoReads() {
        Map<String, Object> province = headcount("70", null, "2017-12-31", 990);
        post(OFFICER_38, PATH, province).then().statusCode(403).contentType("application/problem+json");
        post(COMMUNE_OFFICER, PATH, province).then().statusCode(403);
        long id = post(OFFICER_75, PATH, province).then().statusCode(201).extract().jsonPath().getLong("id");
        // Province-level records: another province reads nothing, the province's commune officers read them.
        given().auth().oauth2(OFFICER_38).when().get(PATH + "/" + id).then().statusCode(404).body("detail", containsString("No "));
        given().auth().oauth2(COMMUNE_OFFICER).when().get(PATH + "/" + id).then().statusCode(200);
        given().auth().oauth2(ANALYST).when().get(PATH + "/" + id).then().statusCode(200);
        given().auth().oauth2(OFFICER_38).queryParam("size", 200).when().get(PATH).then().statusCode(200)
                .body("items.provinceCode", everyItem(equalTo("38"))).body("items.id", not(hasItem((int) id)));
        given().auth().oauth2(OFFICER_38).queryParam("province", "75").when().get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(PARTNER).when().get(PATH).then().statusCode(403);
        given().auth().oauth2(PARTNER).when().get(PATH + "/" + id).then().statusCode(403);
        // A commune officer writes the tallies of the old communes that went into its commune, no others.
        post(DONG_XOAI_OFFICER, PATH, headcount("70", "25207", "2016-12-31", 18)).then().statusCode(201);
        post(DONG_XOAI_OFFICER, PATH, headcount("70", "25288", "2016-12-31", 18)).then().statusCode(403);
        put(OFFICER_38, PATH + "/" + id, "\"0\"", province).then().statusCode(404);
        put(COMMUNE_OFFICER, PATH + "/" + id, "\"0\"", province).then().statusCode(403);
    }

    @Test
    void twoWritersRacingWithOverlappingTalliesStoreOnlyOne() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Response> racer = QuarkusTransaction.requiringNew().call(() -> {
                // A rival writer that passed its check and stored its tally, not yet committed: it holds the province's lock.
                entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(610401, 70)) l").getSingleResult();
                entityManager.createNativeQuery("insert into semi_professional_tally (reported_province_code, province_code, as_of,"
                        + " period_from, period_to, deputy_chiefs, standing_officers, hamlet_officers, source_document, created_at, updated_at)"
                        + " values ('70', '75', '2016-06-30', '2016-06-30', '2016-06-30', 1, 1, 1, 'Đối thủ', now(), now())").executeUpdate();
                Future<Response> request = pool.submit(() -> post(OFFICER_75, PATH, tally("70", "2016-01-01", "2016-12-30", 500)));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and wait_event = 'advisory'") == 0) {
                    if (System.nanoTime() > deadline || request.isDone()) {
                        throw new AssertionError("The request never waited for the rival: "
                                + (request.isDone() ? request.get().asString() : "timeout"));
                    }
                }
                return request;
            });
            racer.get(60, TimeUnit.SECONDS).then().statusCode(409).body("detail", containsString("as of 2016-06-30"));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, count("select count(*) from semi_professional_tally where reported_province_code = '70'"
                + " and period_from <= '2016-12-31' and period_to >= '2016-01-01' and commune_code is null"));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
