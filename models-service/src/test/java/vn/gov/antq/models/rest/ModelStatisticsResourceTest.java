package vn.gov.antq.models.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.antq.models.rest.TallyFixtures.post;
import static vn.gov.antq.models.rest.TallyFixtures.postTally;
import static vn.gov.antq.models.rest.TallyFixtures.tally;
import static vn.gov.antq.models.rest.TallyFixtures.with;

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
import io.restassured.response.ValidatableResponse;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

/**
 * Statistics on a dataset built by hand in 2002–2006, years no other test uses, with every expected number worked
 * out below. The window is 2004-01-01 – 2005-12-31.
 *
 * <pre>
 * model  province type                      lead           life                         in window
 * M1     75       PEOPLES_SECURITY_TEAM     POLICE         2003-05-01 – 2006-12-31     yes (ACTIVE on 2005-12-31)
 * M2     75       SECURITY_CAMERA           WOMENS_UNION   2004-02-01 – 2004-12-31     yes (exemplar review ending 2004-12-31)
 * M3     75       PEOPLES_SECURITY_TEAM     POLICE         2002-01-01 – 2003-12-31     no  (exemplar review ending 2003-12-31: no)
 * M4     38       SAFE_SCHOOL               SCHOOL         2004-09-01 – 2006-12-31     yes (ACTIVE on 2005-12-31)
 *
 * site  model commune teams members cameras  life                      in window
 * S1    M1    25210   3     30      2        2003-05-01 – 2006-12-31   yes
 * S2    M1    25270   2     15      -        2004-03-01 – 2005-06-30   yes
 * S3    M1    25270   5     50      -        2006-01-01 – 2006-12-31   no
 * S4    M2    25210   1     4       10       2004-02-01 – 2004-12-31   yes
 * S5    M3    25210   4     40      -        2002-01-01 – 2003-12-31   no
 * S6    M4    14812   1     12      4        2004-09-01 – 2006-12-31   yes
 *
 * tally  reported         type                        period                    figures
 * T1     70 (→75)         SELF_MANAGED_ROAD_SEGMENT   2004-01-01 – 2005-12-31   models 12, sites 20, teams 20, members 160
 * T0     70 (→75)         SELF_MANAGED_ROAD_SEGMENT   2002-01-01 – 2003-06-30   models 9 (before the window; superseded by T1 in wider ones)
 * T3     70, old 25288 (→25270) SELF_MANAGED_TEAM     2005-01-01 – 2005-12-31   teams 4, members 40
 * T4     38               PEOPLES_SECURITY_TEAM       2004-01-01 – 2005-12-31   teams 50, members 400
 *
 * recognitions: 75/25210 2004 PASSED, 75/25270 2005 FAILED, 75/25210 2006 PASSED (out), 38/14812 2005 PASSED
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ModelStatisticsResourceTest {

    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    private static boolean built;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void dataset() {
        if (built) {
            return;
        }
        TallyFixtures.loadCommunes();
        long m1 = model("Tổ an ninh nhân dân khu phố 1", "75", "PEOPLES_SECURITY_TEAM", "POLICE", "2003-05-01");
        status(m1, "ACTIVE", "2003-06-01");
        // Everything ends in 2006, so the tallies of other tests' years never meet this dataset.
        status(m1, "DISSOLVED", "2006-12-31");
        long m2 = model("Camera an ninh Hội Phụ nữ", "75", "SECURITY_CAMERA", "WOMENS_UNION", "2004-02-01");
        status(m2, "ACTIVE", "2004-03-01");
        status(m2, "DISSOLVED", "2004-12-31");
        review(m2, "2004-01-01", "2004-12-31");
        long m3 = model("Tổ an ninh nhân dân ấp cũ", "75", "PEOPLES_SECURITY_TEAM", "POLICE", "2002-01-01");
        review(m3, "2003-01-01", "2003-12-31");
        status(m3, "DISSOLVED", "2003-12-31");
        long m4 = model("Trường học an toàn Bỉm Sơn", "38", "SAFE_SCHOOL", "SCHOOL", "2004-09-01");
        status(m4, "ACTIVE", "2004-09-01");
        status(m4, "DISSOLVED", "2006-12-31");
        sql("insert into model_site (model_id, province_code, commune_code, place_name, place_kind, teams, members, cameras, established_on,"
                + " dissolved_on, created_at, updated_at) values"
                + " (" + m1 + ", '75', '25210', 'Khu phố 1', 'RESIDENTIAL_GROUP', 3, 30, 2, '2003-05-01', '2006-12-31', now(), now()),"
                + " (" + m1 + ", '75', '25270', 'Ấp 2', 'HAMLET', 2, 15, null, '2004-03-01', '2005-06-30', now(), now()),"
                + " (" + m1 + ", '75', '25270', 'Ấp 5', 'HAMLET', 5, 50, null, '2006-01-01', '2006-12-31', now(), now()),"
                + " (" + m2 + ", '75', '25210', 'Chợ Đồng Xoài', 'MARKET', 1, 4, 10, '2004-02-01', '2004-12-31', now(), now()),"
                + " (" + m3 + ", '75', '25210', 'Ấp cũ', 'HAMLET', 4, 40, null, '2002-01-01', '2003-12-31', now(), now()),"
                + " (" + m4 + ", '38', '14812', 'Trường THCS Bỉm Sơn', 'SCHOOL', 1, 12, 4, '2004-09-01', '2006-12-31', now(), now())");
        sql("insert into safe_unit_recognition (unit_kind, unit_name, province_code, commune_code, recognition_year, result, created_at,"
                + " updated_at) values"
                + " ('RESIDENTIAL_AREA', 'Khu phố 1', '75', '25210', 2004, 'PASSED', now(), now()),"
                + " ('COMMUNE', 'Xã Lộc Ninh', '75', '25270', 2005, 'FAILED', now(), now()),"
                + " ('SCHOOL', 'Trường tiểu học Đồng Xoài', '75', '25210', 2006, 'PASSED', now(), now()),"
                + " ('SCHOOL', 'Trường THCS Bỉm Sơn', '38', '14812', 2005, 'PASSED', now(), now())");
        postTally(ADMIN, with(tally("70", "SELF_MANAGED_ROAD_SEGMENT", "2004-01-01", "2005-12-31"), "models", 12, "sites", 20, "teams", 20,
                "members", 160)).then().statusCode(201);
        postTally(ADMIN, with(tally("70", "SELF_MANAGED_ROAD_SEGMENT", "2002-01-01", "2003-06-30"), "models", 9)).then().statusCode(201);
        postTally(ADMIN, with(tally("70", "SELF_MANAGED_TEAM", "2005-01-01", "2005-12-31"), "communeCode", "25288", "teams", 4, "members", 40))
                .then().statusCode(201);
        postTally(ADMIN, with(tally("38", "PEOPLES_SECURITY_TEAM", "2004-01-01", "2005-12-31"), "teams", 50, "members", 400))
                .then().statusCode(201);
        built = true;
    }

    @Test
    void nationalTotalsAddRecordsAndTalliesWithoutDoubleCounting() {
        ValidatableResponse national = window(ADMIN).when().get("/api/v1/model-statistics").then().statusCode(200)
                .body("province", nullValue()).body("groups.size()", equalTo(0));
        // Records M1, M2, M4; tallies T1.
        figure(national, "totals.models", 3, 12);
        // S1, S2, S4, S6; T1.
        figure(national, "totals.sites", 4, 20);
        // 3 + 2 + 1 + 1; T1 20 + T3 4 + T4 50.
        figure(national, "totals.teams", 7, 74);
        // 30 + 15 + 4 + 12; 160 + 40 + 400.
        figure(national, "totals.members", 61, 600);
        figure(national, "totals.cameras", 16, 0);
        figure(national, "totals.exemplars", 1, 0);
        figure(national, "totals.recognitionsPassed", 2, 0);
        figure(national, "totals.recognitionsFailed", 1, 0);
        // A partner system sees the same national figures.
        figure(window(TestTokens.forRole(Roles.PARTNER_SYSTEM)).when().get("/api/v1/model-statistics").then().statusCode(200),
                "totals.members", 61, 600);
    }

    @Test
    void byProvinceTheBinhPhuocTalliesCountUnderDongNai() {
        ValidatableResponse byProvince = window(ADMIN).queryParam("groupBy", "province").when().get("/api/v1/model-statistics")
                .then().statusCode(200).body("groups.key", equalTo(List.of("38", "75")))
                .body("groups[1].label", equalTo("Đồng Nai"));
        figure(byProvince, "groups[0].models", 1, 0);
        figure(byProvince, "groups[0].teams", 1, 50);
        figure(byProvince, "groups[0].members", 12, 400);
        figure(byProvince, "groups[0].recognitionsPassed", 1, 0);
        figure(byProvince, "groups[1].models", 2, 12);
        figure(byProvince, "groups[1].sites", 3, 20);
        figure(byProvince, "groups[1].teams", 6, 24);
        figure(byProvince, "groups[1].members", 49, 200);
        figure(byProvince, "groups[1].cameras", 12, 0);
        figure(byProvince, "groups[1].exemplars", 1, 0);
        figure(byProvince, "groups[1].recognitionsFailed", 1, 0);
    }

    @Test
    void byTypeTalliesKeepTheirTypeAndOnlyTheLatestPeriodCounts() {
        ValidatableResponse byType = window(ADMIN).queryParam("groupBy", "type").when().get("/api/v1/model-statistics").then().statusCode(200)
                .body("groups.key", equalTo(java.util.Arrays.asList("PEOPLES_SECURITY_TEAM", "SAFE_SCHOOL", "SECURITY_CAMERA",
                        "SELF_MANAGED_ROAD_SEGMENT", "SELF_MANAGED_TEAM", null)))
                .body("groups[0].label", equalTo("Tổ an ninh nhân dân"));
        figure(byType, "groups[0].models", 1, 0);
        figure(byType, "groups[0].sites", 2, 0);
        figure(byType, "groups[0].teams", 5, 50);
        figure(byType, "groups[0].members", 45, 400);
        figure(byType, "groups[1].members", 12, 0);
        figure(byType, "groups[2].cameras", 10, 0);
        figure(byType, "groups[2].exemplars", 1, 0);
        figure(byType, "groups[3].models", 0, 12);
        figure(byType, "groups[3].members", 0, 160);
        figure(byType, "groups[4].teams", 0, 4);
        // Recognitions have no type.
        figure(byType, "groups[5].recognitionsPassed", 2, 0);
        // From 2003 the window also reaches T0 (models 9) of the same unit and type: T1, the latest, alone counts.
        given().auth().oauth2(ADMIN).queryParam("from", "2003-01-01").queryParam("to", "2005-12-31").queryParam("groupBy", "type")
                .when().get("/api/v1/model-statistics").then().statusCode(200)
                .body("groups.find { it.key == 'SELF_MANAGED_ROAD_SEGMENT' }.models.tallies", equalTo(12));
    }

    @Test
    void byCommuneAModelCountsWhereItsSitesAre() {
        ValidatableResponse byCommune = window(ADMIN).queryParam("province", "75").queryParam("groupBy", "commune")
                .when().get("/api/v1/model-statistics").then().statusCode(200)
                .body("province", equalTo("75"))
                .body("groups.key", equalTo(java.util.Arrays.asList("25210", "25270", null)))
                .body("groups[0].label", equalTo("Phường Đồng Xoài"));
        // 25210: M1 (S1) and M2 (S4).
        figure(byCommune, "groups[0].models", 2, 0);
        figure(byCommune, "groups[0].sites", 2, 0);
        figure(byCommune, "groups[0].teams", 4, 0);
        figure(byCommune, "groups[0].members", 34, 0);
        figure(byCommune, "groups[0].cameras", 12, 0);
        figure(byCommune, "groups[0].exemplars", 1, 0);
        figure(byCommune, "groups[0].recognitionsPassed", 1, 0);
        // 25270: M1 (S2), and T3 reported for old commune 25288.
        figure(byCommune, "groups[1].models", 1, 0);
        figure(byCommune, "groups[1].teams", 2, 4);
        figure(byCommune, "groups[1].members", 15, 40);
        figure(byCommune, "groups[1].recognitionsFailed", 1, 0);
        // Province-wide: T1.
        figure(byCommune, "groups[2].models", 0, 12);
        figure(byCommune, "groups[2].sites", 0, 20);
        // The province's total counts M1 once.
        figure(byCommune, "totals.models", 2, 12);
    }

    @Test
    void byStatusOnTheWindowsLastDay() {
        ValidatableResponse byStatus = window(ADMIN).queryParam("groupBy", "status").when().get("/api/v1/model-statistics")
                .then().statusCode(200).body("groups.key", equalTo(java.util.Arrays.asList("ACTIVE", "DISSOLVED", null)));
        figure(byStatus, "groups[0].models", 2, 0);
        figure(byStatus, "groups[0].sites", 3, 0);
        figure(byStatus, "groups[1].models", 1, 0);
        figure(byStatus, "groups[2].teams", 0, 74);
    }

    /** Figures per province are open to every role; the communes of a province only to those whose scope covers it. */
    @Test
    void officersReadEveryProvinceButOnlyTheirOwnCommunes() {
        String officer38 = TestTokens.token(Roles.PROVINCE_OFFICER, "38", null);
        Object national = window(ADMIN).queryParam("groupBy", "province").when().get("/api/v1/model-statistics").then().statusCode(200)
                .extract().path("groups");
        window(officer38).queryParam("groupBy", "province").when().get("/api/v1/model-statistics").then().statusCode(200)
                .body("province", nullValue()).body("groups", equalTo(national));
        Object dongNai = window(ADMIN).queryParam("province", "75").when().get("/api/v1/model-statistics").then().statusCode(200)
                .extract().path("totals");
        window(officer38).queryParam("province", "75").when().get("/api/v1/model-statistics").then().statusCode(200)
                .body("totals", equalTo(dongNai));
        // Another province's communes: filtered away, as lists are.
        window(officer38).queryParam("province", "75").queryParam("groupBy", "commune").when().get("/api/v1/model-statistics")
                .then().statusCode(200).body("groups.size()", equalTo(0)).body("totals.models.total", equalTo(0))
                .body("totals.members.total", equalTo(0));
        // By commune without a province: the own province's.
        ValidatableResponse own = window(officer38).queryParam("groupBy", "commune").when().get("/api/v1/model-statistics").then()
                .statusCode(200).body("province", equalTo("38"));
        figure(own, "totals.models", 1, 0);
        figure(own, "totals.teams", 1, 50);
        figure(own, "totals.members", 12, 400);
        figure(window(TestTokens.forRole(Roles.COMMUNE_OFFICER)).queryParam("groupBy", "commune").when().get("/api/v1/model-statistics")
                .then().statusCode(200).body("province", equalTo("75")), "totals.members", 49, 200);
    }

    @Test
    void oldProvincesBreakTalliesDownAsReported() {
        window(ADMIN).when().get("/api/v1/model-statistics").then().statusCode(200)
                .body("oldProvinces.reportedProvinceCode", equalTo(List.of("38", "70")))
                .body("oldProvinces[1].reportedProvinceName", equalTo("Bình Phước"))
                .body("oldProvinces[1].provinceCode", equalTo("75"))
                .body("oldProvinces[1].tallies", equalTo(2))
                .body("oldProvinces[1].models", equalTo(12))
                .body("oldProvinces[1].teams", equalTo(24))
                .body("oldProvinces[1].members", equalTo(200))
                .body("oldProvinces[1].cameras", nullValue())
                .body("oldProvinces[0].teams", equalTo(50))
                .body("oldProvinces[0].models", nullValue());
        given().auth().oauth2(ADMIN).queryParam("asOf", "2025-12-31").when().get("/api/v1/model-statistics").then().statusCode(200)
                .body("oldProvinces", nullValue());
    }

    @Test
    void aTallyOverlappingTheseRecordsIsRefused() {
        postTally(ADMIN, with(tally("75", null, "2004-01-01", "2004-12-31"), "modelTypes", 7)).then().statusCode(409)
                .body("detail", containsString("Camera an ninh Hội Phụ nữ"));
        postTally(ADMIN, with(tally("70", "PEOPLES_SECURITY_TEAM", "2005-01-01", "2005-12-31"), "teams", 7)).then().statusCode(409)
                .body("detail", containsString("Khu phố 1"));
    }

    @Test
    void badWindowsAre400() {
        given().auth().oauth2(ADMIN).when().get("/api/v1/model-statistics").then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(ADMIN).queryParam("from", "2005-01-01").queryParam("to", "2004-01-01").when().get("/api/v1/model-statistics")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(ADMIN).queryParam("asOf", "2005-01-01").queryParam("to", "2005-01-01").when().get("/api/v1/model-statistics")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        window(ADMIN).queryParam("groupBy", "district").when().get("/api/v1/model-statistics").then().statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
        window(ADMIN).queryParam("province", "70").when().get("/api/v1/model-statistics").then().statusCode(400)
                .body("errors[0].message", containsString("merged into 75"));
    }

    private static io.restassured.specification.RequestSpecification window(String token) {
        return given().auth().oauth2(token).queryParam("from", "2004-01-01").queryParam("to", "2005-12-31");
    }

    private static void figure(ValidatableResponse response, String path, int records, int tallies) {
        response.body(path + ".records", equalTo(records)).body(path + ".tallies", equalTo(tallies))
                .body(path + ".total", equalTo(records + tallies));
    }

    private static long model(String name, String province, String type, String lead, String start) {
        Map<String, Object> body = SecurityModelResourceTest.model(name, province);
        body.put("typeCode", type);
        body.put("leadOrganisation", lead);
        body.put("startDate", start);
        return post(ADMIN, "/api/v1/models", body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void status(long model, String status, String date) {
        given().auth().oauth2(ADMIN).header("If-Match", SecurityModelResourceTest.etag(ADMIN, "/api/v1/models/" + model))
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(Map.of("status", status, "effectiveDate", date)).when().post("/api/v1/models/" + model + "/status-changes")
                .then().statusCode(200);
    }

    private static void review(long model, String from, String to) {
        post(ADMIN, "/api/v1/models/" + model + "/reviews", Map.of("kind", "FINAL", "periodFrom", from, "periodTo", to, "rating", "EXCELLENT",
                "exemplar", true, "reviewingBody", "Ban Chỉ đạo tỉnh")).then().statusCode(201);
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }
}
