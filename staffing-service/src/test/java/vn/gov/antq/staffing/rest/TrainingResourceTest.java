package vn.gov.antq.staffing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gov.antq.staffing.rest.ForceFixtures.ADMIN;
import static vn.gov.antq.staffing.rest.ForceFixtures.ANALYST;
import static vn.gov.antq.staffing.rest.ForceFixtures.COMMUNE_OFFICER;
import static vn.gov.antq.staffing.rest.ForceFixtures.NEIGHBOUR_OFFICER;
import static vn.gov.antq.staffing.rest.ForceFixtures.OFFICER_38;
import static vn.gov.antq.staffing.rest.ForceFixtures.OFFICER_75;
import static vn.gov.antq.staffing.rest.ForceFixtures.PARTNER;
import static vn.gov.antq.staffing.rest.ForceFixtures.expect400;
import static vn.gov.antq.staffing.rest.ForceFixtures.post;
import static vn.gov.antq.staffing.rest.ForceFixtures.put;
import static vn.gov.antq.staffing.rest.ForceFixtures.tag;
import static vn.gov.antq.staffing.rest.ForceFixtures.with;
import static vn.gov.antq.staffing.rest.ForceFixtures.without;

import java.time.Instant;
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
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

/**
 * Trainings over HTTP, with Thanh Hóa's reported totals for 2019–2022 (FIGURES.md): 1,677 steering-committee members,
 * 3,132 semi-professional police (trainee-times), 119 agency/enterprise/school guards. Thanh Hóa (38) 2019–2023 belongs
 * to the first test, Bình Phước (70) 2023 to the second; the others use their own years or communes.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class TrainingResourceTest {

    private static final String PATH = "/api/v1/trainings";
    private static final String THANH_HOA_REPORT = "Kết quả thực hiện Kết luận số 44-KL/TW trên địa bàn tỉnh Thanh Hóa (thanhhoa.dcs.vn)";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void communes() {
        ForceFixtures.loadCommunes();
    }

    private static Map<String, Object> total(String province, String group, int participants, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "REPORTED_TOTAL");
        body.put("courseName", "Tập huấn nghiệp vụ");
        body.put("periodFrom", from);
        body.put("periodTo", to);
        body.put("provinceCode", province);
        body.put("traineeGroup", group);
        body.put("participants", participants);
        body.put("sourceDocument", THANH_HOA_REPORT);
        return body;
    }

    private static Map<String, Object> course(String province, String commune, String group, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "COURSE");
        body.put("courseName", "Lớp tập huấn kỹ năng " + group.toLowerCase());
        body.put("periodFrom", from);
        body.put("periodTo", to);
        body.put("provinceCode", province);
        if (commune != null) {
            body.put("communeCode", commune);
        }
        body.put("traineeGroup", group);
        body.put("participants", 45);
        body.put("sessions", 2);
        return body;
    }

    @Test
    void thanhHoaReportedTotalsAddUpAndNoCourseCountsTwiceBesideThem() {
        long steering = post(OFFICER_38, PATH, total("38", "STEERING_COMMITTEE", 1677, "2019-01-01", "2022-12-31")).then().statusCode(201)
                .body("reportedProvinceCode", equalTo("38"))
                .body("reportedProvinceName", equalTo("Thanh Hóa"))
                .body("provinceCode", equalTo("38"))
                .body("kindLabelVi", equalTo("Tổng số liệu báo cáo"))
                .body("traineeGroupLabelVi", equalTo("Ban Chỉ đạo an ninh, trật tự"))
                .body("participantsCounted", equalTo("PERSONS"))
                .body("sessions", equalTo(null))
                .extract().jsonPath().getLong("id");
        post(OFFICER_38, PATH, with(total("38", "SEMI_PROFESSIONAL_POLICE", 3132, "2019-01-01", "2022-12-31"),
                "participantsCounted", "TRAINEE_TIMES")).then().statusCode(201).body("participantsCounted", equalTo("TRAINEE_TIMES"));
        post(OFFICER_38, PATH, total("38", "GUARDS", 119, "2019-01-01", "2022-12-31")).then().statusCode(201);
        JsonPath list = given().auth().oauth2(ANALYST).queryParam("province", "38").queryParam("kind", "REPORTED_TOTAL")
                .queryParam("from", "2019-01-01").queryParam("to", "2022-12-31").queryParam("sort", "participants").when().get(PATH)
                .then().statusCode(200).body("totalItems", equalTo(3)).extract().jsonPath();
        assertEquals(List.of(119, 1677, 3132), list.getList("items.participants", Integer.class));
        assertEquals(1677 + 3132 + 119, list.getList("items.participants", Integer.class).stream().mapToInt(Integer::intValue).sum());
        assertEquals(4928, 1677 + 3132 + 119);

        // The totals already count every course of Thanh Hóa and its communes for those groups and years.
        post(OFFICER_38, PATH, course("38", null, "STEERING_COMMITTEE", "2021-03-01", "2021-03-02")).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("reported total " + steering));
        post(OFFICER_38, PATH, course("38", "14815", "STEERING_COMMITTEE", "2020-05-04", "2020-05-05")).then().statusCode(409);
        post(OFFICER_38, PATH, total("38", "STEERING_COMMITTEE", 500, "2022-01-01", "2022-12-31")).then().statusCode(409);
        // Another group, or a later year, is not counted by them.
        post(OFFICER_38, PATH, course("38", "14815", "GRASSROOTS_FORCE", "2021-03-01", "2021-03-02")).then().statusCode(201)
                .body("reportedCommuneCode", equalTo("14815")).body("communeCode", equalTo("14812"));
        post(OFFICER_38, PATH, course("38", null, "STEERING_COMMITTEE", "2023-03-01", "2023-03-02")).then().statusCode(201);
        // Correcting a total does not collide with itself.
        String path = PATH + "/" + steering;
        put(OFFICER_38, path, "\"0\"", total("38", "STEERING_COMMITTEE", 1678, "2019-01-01", "2022-12-31")).then().statusCode(200)
                .body("participants", equalTo(1678));
        put(OFFICER_38, path, "\"1\"", total("38", "STEERING_COMMITTEE", 1677, "2019-01-01", "2023-12-31")).then().statusCode(409);
    }

    @Test
    void coursesOfAnOldProvinceCountUnderTheCurrentOneAndATotalMayNotCoverThem() {
        long course = post(OFFICER_75, PATH, course("70", "25207", "SEMI_PROFESSIONAL_POLICE", "2023-03-06", "2023-03-08")).then()
                .statusCode(201)
                .body("reportedProvinceCode", equalTo("70"))
                .body("reportedProvinceName", equalTo("Bình Phước"))
                .body("provinceCode", equalTo("75"))
                .body("provinceName", equalTo("Đồng Nai"))
                .body("reportedCommuneCode", equalTo("25207"))
                .body("communeCode", equalTo("25210"))
                .body("sessions", equalTo(2))
                .extract().jsonPath().getLong("id");
        // Courses beside courses are distinct events.
        post(OFFICER_75, PATH, course("70", "25207", "SEMI_PROFESSIONAL_POLICE", "2023-03-06", "2023-03-08")).then().statusCode(201);
        post(OFFICER_75, PATH, with(total("70", "SEMI_PROFESSIONAL_POLICE", 900, "2023-01-01", "2023-12-31"), "sourceDocument", "Báo cáo năm 2023"))
                .then().statusCode(409).body("detail", containsString("course " + course));
        // Old 75 (Đồng Nai before the merger) is another reported unit.
        post(OFFICER_75, PATH, with(total("75", "SEMI_PROFESSIONAL_POLICE", 700, "2023-01-01", "2023-12-31"), "sourceDocument", "Báo cáo năm 2023"))
                .then().statusCode(201).body("reportedProvinceName", equalTo("Đồng Nai"));
    }

    @Test
    void badTrainingsAre400AndStoreNothing() {
        String marker = "Lớp sai " + tag();
        Map<String, Object> good = with(course("75", TestTokens.COMMUNE, "GRASSROOTS_FORCE", "2025-09-08", "2025-09-09"), "courseName", marker);
        expect400(PATH, without(good, "kind"), "kind", null);
        expect400(PATH, with(good, "kind", "WORKSHOP"), "kind", null);
        expect400(PATH, with(good, "periodFrom", "2025-09-10"), "periodFrom", "after periodTo");
        expect400(PATH, with(good, "periodFrom", "2025-06-30"), "periodTo", "2025-07-01");
        expect400(PATH, with(good, "periodFrom", "1989-12-01", "periodTo", "1989-12-02", "communeCode", null), "periodFrom", "1990-01-01");
        expect400(PATH, with(good, "traineeGroup", "SEMI_PROFESSIONAL_POLICE"), "traineeGroup", "ended on 2024-06-30");
        expect400(PATH, with(good, "traineeGroup", "VOLUNTEERS"), "traineeGroup", null);
        expect400(PATH, with(good, "kind", "REPORTED_TOTAL"), "sourceDocument", "REPORTED_TOTAL");
        expect400(PATH, with(good, "participants", 0), "participants", null);
        expect400(PATH, without(good, "participants"), "participants", null);
        expect400(PATH, with(good, "sessions", 0), "sessions", null);
        expect400(PATH, with(good, "participantsCounted", "HEADS"), "participantsCounted", null);
        expect400(PATH, with(good, "provinceCode", "99"), "provinceCode", null);
        // After the reform, codes are current ones: 70 is no province and 25207 no commune any more.
        expect400(PATH, with(good, "provinceCode", "70", "communeCode", null), "provinceCode", "merged into 75");
        expect400(PATH, with(good, "communeCode", "25207"), "communeCode", null);
        expect400(PATH, with(good, "communeCode", "14812"), "communeCode", "not in 75");
        expect400(PATH, with(good, "periodFrom", "2023-09-08", "periodTo", "2023-09-09", "provinceCode", "70", "communeCode", "25291"),
                "communeCode", "split between");
        expect400(PATH, with(good, "courseName", " "), "courseName", null);
        expect400(PATH, with(good, "trainer", "Công an tỉnh"), "trainer", null);
        assertEquals(0L, count("select count(*) from training where course_name = '" + marker + "'"));
        post(COMMUNE_OFFICER, PATH, good).then().statusCode(201);
    }

    @Test
    void aCourseFollowsTheWriteContractAndSyncsWithTombstones() {
        String since = Instant.now().minusSeconds(60).toString();
        String name = "Tập huấn kỹ năng tuần tra " + tag();
        Map<String, Object> body = with(course("75", TestTokens.COMMUNE, "GRASSROOTS_FORCE", "2025-10-06", "2025-10-07"), "courseName", name);
        String key = UUID.randomUUID().toString();
        Response created = given().auth().oauth2(COMMUNE_OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(PATH);
        created.then().statusCode(201).header("ETag", equalTo("\"0\"")).header("Location", containsString(PATH + "/"))
                .body("reportedProvinceCode", equalTo("75")).body("reportedCommuneCode", equalTo(TestTokens.COMMUNE))
                .body("communeCode", equalTo(TestTokens.COMMUNE));
        long id = created.jsonPath().getLong("id");
        given().auth().oauth2(COMMUNE_OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).when().post(PATH)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) id));
        assertEquals(1L, count("select count(*) from training where course_name = '" + name + "'"));
        given().auth().oauth2(OFFICER_75).queryParam("q", "tap huan ky nang tuan tra").queryParam("traineeGroup", "GRASSROOTS_FORCE")
                .queryParam("size", 200).when().get(PATH).then().statusCode(200).body("items.id", hasItem((int) id));

        String path = PATH + "/" + id;
        given().auth().oauth2(COMMUNE_OFFICER).contentType(ContentType.JSON).body(body).when().put(path).then().statusCode(428);
        put(COMMUNE_OFFICER, path, "\"0\"", with(body, "participants", 52)).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("participants", equalTo(52));
        put(COMMUNE_OFFICER, path, "\"0\"", with(body, "participants", 1)).then().statusCode(412).header("ETag", equalTo("\"1\""));
        // Moving it out of the officer's commune is refused, and changes nothing.
        put(COMMUNE_OFFICER, path, "\"1\"", with(body, "communeCode", "26041")).then().statusCode(403);
        given().auth().oauth2(COMMUNE_OFFICER).when().get(path).then().statusCode(200).body("communeCode", equalTo(TestTokens.COMMUNE));

        given().auth().oauth2(NEIGHBOUR_OFFICER).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"1\"").when().delete(path).then().statusCode(204);
        given().auth().oauth2(COMMUNE_OFFICER).when().get(path).then().statusCode(404);
        given().auth().oauth2(NEIGHBOUR_OFFICER).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("deleted.id", hasItem(String.valueOf(id))).body("items.id", not(hasItem((int) id)));
        given().auth().oauth2(OFFICER_38).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("deleted.id", not(hasItem(String.valueOf(id))));
        given().auth().oauth2(ADMIN).queryParam("resourceType", "training").queryParam("resourceId", id).queryParam("sort", "id")
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "UPDATE", "DELETE")))
                .body("items[1].changes.field", equalTo(List.of("participants")));
    }

    @Test
    void scopeDecidesWhoWritesAndWhoReads() {
        Map<String, Object> provinceCourse = course("75", null, "GUARDS", "2025-11-03", "2025-11-04");
        post(COMMUNE_OFFICER, PATH, provinceCourse).then().statusCode(403);
        post(OFFICER_38, PATH, provinceCourse).then().statusCode(403);
        post(COMMUNE_OFFICER, PATH, course("75", "26041", "GUARDS", "2025-11-03", "2025-11-04")).then().statusCode(403);
        long id = post(OFFICER_75, PATH, provinceCourse).then().statusCode(201).extract().jsonPath().getLong("id");
        // Read like tallies: the province's officers, its commune officers and the ministry; not another province, not partners.
        given().auth().oauth2(COMMUNE_OFFICER).when().get(PATH + "/" + id).then().statusCode(200);
        given().auth().oauth2(ANALYST).when().get(PATH + "/" + id).then().statusCode(200);
        given().auth().oauth2(OFFICER_38).when().get(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(OFFICER_38).queryParam("province", "75").when().get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(PARTNER).when().get(PATH + "/" + id).then().statusCode(403);
        given().auth().oauth2(PARTNER).when().get(PATH).then().statusCode(403);
        // A commune officer changes only its own commune's trainings.
        put(COMMUNE_OFFICER, PATH + "/" + id, "\"0\"", with(provinceCourse, "participants", 60)).then().statusCode(403);
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"0\"").when().delete(PATH + "/" + id).then().statusCode(403);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
