package vn.gov.antq.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
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
class PropagandaActivityResourceTest {

    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    private static final String OFFICER_75 = TestTokens.forRole(Roles.PROVINCE_OFFICER);
    private static final String OFFICER_38 = TestTokens.token(Roles.PROVINCE_OFFICER, TestTokens.OTHER_PROVINCE, null);
    /** Commune officer of 75 / 26068. */
    private static final String COMMUNE_OFFICER = TestTokens.forRole(Roles.COMMUNE_OFFICER);
    private static final String NEIGHBOUR_OFFICER = TestTokens.token(Roles.COMMUNE_OFFICER, TestTokens.PROVINCE,
            ActivityCommuneFixture.OTHER_COMMUNE_75);

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void communes() {
        ActivityCommuneFixture.load();
    }

    @Test
    void aCommuneOfficerRecordsReadsCorrectsAndDeletesAnActivityOfItsCommune() {
        Response created = create(COMMUNE_OFFICER, activity(TestTokens.COMMUNE, "Họp dân ấp Bàu Sen về lừa đảo qua mạng"));
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/activities/"))
                .header("ETag", equalTo("\"0\""))
                .body("provinceCode", equalTo("75"))
                .body("communeCode", equalTo(TestTokens.COMMUNE))
                .body("form", equalTo("COMMUNITY_MEETING"))
                .body("topics", equalTo(List.of("CRIME_PREVENTION", "ONLINE_FRAUD")))
                .body("languages", equalTo(List.of("VIETNAMESE")))
                .body("screeningHours", equalTo(1.5f))
                .body("participants", equalTo(85));
        long id = created.jsonPath().getLong("id");
        given().auth().oauth2(OFFICER_75).when().get("/api/v1/activities/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("heldOn", equalTo("2025-10-15")).body("leaflets", equalTo(200));

        Map<String, Object> more = activity(TestTokens.COMMUNE, "Họp dân ấp Bàu Sen về lừa đảo qua mạng");
        more.put("participants", 97);
        more.put("languages", List.of("KHMER", "VIETNAMESE"));
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(more)
                .when().put("/api/v1/activities/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("participants", equalTo(97)).body("languages", equalTo(List.of("VIETNAMESE", "KHMER")));
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"1\"").when().delete("/api/v1/activities/" + id).then().statusCode(204);
        given().auth().oauth2(COMMUNE_OFFICER).when().get("/api/v1/activities/" + id).then().statusCode(404);
        assertEquals(0L, count("select count(*) from propaganda_activity where id = " + id));

        given().auth().oauth2(ADMIN).queryParam("resourceType", "propaganda-activity").queryParam("resourceId", id)
                .queryParam("sort", "id").when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "UPDATE", "DELETE")))
                .body("items[0].communeCode", equalTo(TestTokens.COMMUNE))
                .body("items[1].changes.field", equalTo(List.of("languages", "participants")));
    }

    @Test
    void aPeriodWithoutCommuneIsAProvinceRecord() {
        Map<String, Object> body = activity(null, "Phát thanh loa truyền thanh toàn tỉnh");
        body.remove("heldOn");
        body.put("periodFrom", "2025-07-01");
        body.put("periodTo", "2025-12-31");
        body.put("form", "LOUDSPEAKER_BROADCAST");
        body.put("broadcastMinutes", 1240);
        long id = create(OFFICER_75, body).then().statusCode(201).body("communeCode", equalTo(null))
                .body("periodTo", equalTo("2025-12-31")).body("heldOn", equalTo(null)).extract().jsonPath().getLong("id");
        // A commune officer neither writes nor reads province-wide records.
        create(COMMUNE_OFFICER, body).then().statusCode(403);
        given().auth().oauth2(COMMUNE_OFFICER).when().get("/api/v1/activities/" + id).then().statusCode(404);
        given().auth().oauth2(OFFICER_75).when().get("/api/v1/activities/" + id).then().statusCode(200).body("broadcastMinutes", equalTo(1240));
    }

    @Test
    void aRetriedCreateReturnsTheOriginalAndCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = activity(TestTokens.COMMUNE, "Chiếu phim lưu động " + key);
        long first = given().auth().oauth2(COMMUNE_OFFICER).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/activities").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(COMMUNE_OFFICER).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/activities").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo((int) first));
        assertEquals(1L, count("select count(*) from propaganda_activity where title = 'Chiếu phim lưu động " + key + "'"));
        given().auth().oauth2(COMMUNE_OFFICER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void badInputIs400ProblemJsonAndStoresNothing() {
        String marker = "Hoạt động sai " + System.nanoTime();
        expect400(with(marker, "participants", -1), "participants");
        expect400(with(marker, "sessions", -2), "sessions");
        expect400(with(marker, "leaflets", -5), "leaflets");
        expect400(with(marker, "booklets", -5), "booklets");
        expect400(with(marker, "bannersSlogans", -1), "bannersSlogans");
        expect400(with(marker, "panelsPosters", -1), "panelsPosters");
        expect400(with(marker, "broadcastMinutes", -30), "broadcastMinutes");
        expect400(with(marker, "screeningHours", -1), "screeningHours");
        expect400(with(marker, "participants", "many"), "participants");
        expect400(with(marker, "heldOn", LocalDate.now().plusDays(2).toString()), "heldOn");
        expect400(with(marker, "heldOn", null), "heldOn");
        expect400(with(marker, "periodFrom", "2025-08-01"), "heldOn");
        expect400(with(marker, "form", "PARADE"), "form");
        expect400(with(marker, "organiser", "NOBODY"), "organiser");
        expect400(with(marker, "topics", List.of()), "topics");
        expect400(with(marker, "provinceCode", "7"), "provinceCode");
        expect400(with(marker, "communeCode", "2606"), "communeCode");
        expect400(with(marker, "location", "l".repeat(301)), "location");
        expect400(with(marker, "notes", "n".repeat(2001)), "notes");
        Map<String, Object> reversed = with(marker, "heldOn", null);
        reversed.put("periodFrom", "2025-12-01");
        reversed.put("periodTo", "2025-09-01");
        expect400(reversed, "periodTo");
        Map<String, Object> future = with(marker, "heldOn", null);
        future.put("periodFrom", "2025-12-01");
        future.put("periodTo", LocalDate.now().plusDays(3).toString());
        expect400(future, "periodTo");
        Map<String, Object> halfPeriod = with(marker, "heldOn", null);
        halfPeriod.put("periodFrom", "2025-12-01");
        expect400(halfPeriod, "periodTo");
        create(OFFICER_75, activity(TestTokens.COMMUNE, "x".repeat(301))).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("title"));
        // A province merged in 2025; an unknown commune; a commune of another province.
        create(ADMIN, with(marker, "provinceCode", "70")).then().statusCode(400).body("errors[0].field", equalTo("provinceCode"));
        create(OFFICER_75, activity("99999", marker)).then().statusCode(400).body("errors[0].field", equalTo("communeCode"))
                .body("errors[0].message", containsString("99999"));
        create(OFFICER_75, activity(TestTokens.OTHER_COMMUNE, marker)).then().statusCode(400)
                .body("errors[0].field", equalTo("communeCode")).body("errors[0].message", containsString("not in 75"));
        Map<String, Object> unknownField = activity(TestTokens.COMMUNE, marker);
        unknownField.put("district", "Tân Phú");
        create(OFFICER_75, unknownField).then().statusCode(400).body("errors[0].field", equalTo("district"));

        assertEquals(0L, count("select count(*) from propaganda_activity where title = '" + marker + "' or length(title) > 300"));
    }

    @Test
    void changesNeedTheCurrentETagAndTheUnitStays() {
        Response created = create(OFFICER_75, activity(TestTokens.COMMUNE, "Hội nghị phòng cháy chữa cháy"));
        long id = created.jsonPath().getLong("id");
        String original = created.header("ETag");
        given().auth().oauth2(OFFICER_75).header("If-None-Match", original).when().get("/api/v1/activities/" + id).then().statusCode(304);
        Map<String, Object> renamed = activity(TestTokens.COMMUNE, "Hội nghị phòng cháy, chữa cháy năm 2025");
        given().auth().oauth2(OFFICER_75).contentType(ContentType.JSON).body(renamed).when().put("/api/v1/activities/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(OFFICER_75).when().delete("/api/v1/activities/" + id).then().statusCode(428);
        String current = given().auth().oauth2(OFFICER_75).header("If-Match", original).contentType(ContentType.JSON).body(renamed)
                .when().put("/api/v1/activities/" + id).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(OFFICER_75).header("If-Match", original).contentType(ContentType.JSON)
                .body(activity(TestTokens.COMMUNE, "Ghi đè")).when().put("/api/v1/activities/" + id)
                .then().statusCode(412).header("ETag", equalTo(current));
        given().auth().oauth2(OFFICER_75).header("If-Match", original).when().delete("/api/v1/activities/" + id).then().statusCode(412);
        given().auth().oauth2(OFFICER_75).header("If-Match", current).contentType(ContentType.JSON)
                .body(activity(ActivityCommuneFixture.OTHER_COMMUNE_75, "Hội nghị phòng cháy, chữa cháy năm 2025"))
                .when().put("/api/v1/activities/" + id).then().statusCode(400).body("errors[0].field", equalTo("communeCode"));
        given().auth().oauth2(OFFICER_75).when().get("/api/v1/activities/" + id).then().statusCode(200)
                .body("title", equalTo("Hội nghị phòng cháy, chữa cháy năm 2025")).body("communeCode", equalTo(TestTokens.COMMUNE));
    }

    @Test
    void scopeDecidesWhoWritesAndWhoSees() {
        long mine = create(COMMUNE_OFFICER, activity(TestTokens.COMMUNE, "Mít tinh phạm vi một")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long neighbours = create(OFFICER_75, activity(ActivityCommuneFixture.OTHER_COMMUNE_75, "Mít tinh phạm vi hai")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        create(COMMUNE_OFFICER, activity(ActivityCommuneFixture.OTHER_COMMUNE_75, "Ngoài xã")).then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(0L, count("select count(*) from propaganda_activity where title = 'Ngoài xã'"));
        given().auth().oauth2(COMMUNE_OFFICER).when().get("/api/v1/activities/" + neighbours).then().statusCode(404);
        given().auth().oauth2(NEIGHBOUR_OFFICER).when().get("/api/v1/activities/" + mine).then().statusCode(404);
        given().auth().oauth2(NEIGHBOUR_OFFICER).header("If-Match", "\"0\"").when().delete("/api/v1/activities/" + mine).then().statusCode(404);
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("q", "mit tinh pham vi").when().get("/api/v1/activities").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) mine)));
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("commune", ActivityCommuneFixture.OTHER_COMMUNE_75).when().get("/api/v1/activities")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(OFFICER_38).when().get("/api/v1/activities/" + mine).then().statusCode(404);
        given().auth().oauth2(OFFICER_38).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(activity(TestTokens.COMMUNE, "hijack")).when().put("/api/v1/activities/" + mine).then().statusCode(404);
        create(OFFICER_38, activity(TestTokens.COMMUNE, "hijack")).then().statusCode(403);
        given().auth().oauth2(OFFICER_38).queryParam("province", "75").when().get("/api/v1/activities").then().statusCode(200)
                .body("totalItems", equalTo(0));
        Map<String, Object> thanhHoa = activity(TestTokens.OTHER_COMMUNE, "Họp dân Thọ Xuân");
        thanhHoa.put("provinceCode", "38");
        create(OFFICER_38, thanhHoa).then().statusCode(201);
        // The ministry's analyst reads everything and writes nothing; partners read no records.
        String analyst = TestTokens.forRole(Roles.MINISTRY_ANALYST);
        given().auth().oauth2(analyst).when().get("/api/v1/activities/" + neighbours).then().statusCode(200);
        given().auth().oauth2(analyst).queryParam("q", "mit tinh pham vi").when().get("/api/v1/activities").then().statusCode(200)
                .body("totalItems", equalTo(2));
        create(analyst, activity(TestTokens.COMMUNE, "Phân tích viên")).then().statusCode(403);
        String partner = TestTokens.forRole(Roles.PARTNER_SYSTEM);
        given().auth().oauth2(partner).when().get("/api/v1/activities/" + mine).then().statusCode(403);
        given().auth().oauth2(partner).when().get("/api/v1/activities").then().statusCode(403);
        given().auth().oauth2(partner).when().get("/api/v1/activities/changes").then().statusCode(403);
        create(partner, activity(TestTokens.COMMUNE, "Đối tác")).then().statusCode(403);
    }

    @Test
    void deletionsReachSyncingClientsAsTombstonesInTheirScope() {
        String since = Instant.now().minusSeconds(60).toString();
        long kept = create(OFFICER_75, activity(TestTokens.COMMUNE, "Phát tờ rơi giữ lại")).then().statusCode(201).extract().jsonPath().getLong("id");
        long removed = create(OFFICER_75, activity(TestTokens.COMMUNE, "Phát tờ rơi ghi nhầm")).then().statusCode(201).extract().jsonPath().getLong("id");
        long neighbours = create(OFFICER_75, activity(ActivityCommuneFixture.OTHER_COMMUNE_75, "Phát tờ rơi bên cạnh")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"0\"").when().delete("/api/v1/activities/" + removed).then().statusCode(204);

        given().auth().oauth2(COMMUNE_OFFICER).queryParam("updatedSince", since).when().get("/api/v1/activities/changes")
                .then().statusCode(200)
                .body("items.id", hasItem((int) kept))
                .body("items.id", not(hasItem((int) removed)))
                .body("items.id", not(hasItem((int) neighbours)))
                .body("items.communeCode", everyItem(equalTo(TestTokens.COMMUNE)))
                .body("deleted.id", hasItem(String.valueOf(removed)));
        given().auth().oauth2(NEIGHBOUR_OFFICER).queryParam("updatedSince", since).when().get("/api/v1/activities/changes")
                .then().statusCode(200).body("items.id", hasItem((int) neighbours)).body("deleted.id", not(hasItem(String.valueOf(removed))));
        given().auth().oauth2(OFFICER_75).queryParam("updatedSince", since).when().get("/api/v1/activities/changes")
                .then().statusCode(200).body("items.id", hasItems((int) kept, (int) neighbours)).body("deleted.id", hasItem(String.valueOf(removed)));
        given().auth().oauth2(OFFICER_38).queryParam("updatedSince", since).when().get("/api/v1/activities/changes")
                .then().statusCode(200).body("items.id", not(hasItem((int) kept))).body("deleted.id", not(hasItem(String.valueOf(removed))));
    }

    @Test
    void listsFilterByFormTopicDatesAndTextWithoutDiacritics() {
        String tag = Long.toString(System.nanoTime(), 36);
        Map<String, Object> meeting = activity(TestTokens.COMMUNE, "Họp dân Đồng Hòa " + tag);
        meeting.put("heldOn", "2025-08-10");
        long first = create(OFFICER_75, meeting).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> screening = activity(ActivityCommuneFixture.OTHER_COMMUNE_75, "Chiếu phim " + tag);
        screening.put("form", "FILM_SCREENING");
        screening.put("topics", List.of("DRUGS"));
        screening.put("notes", "Phim về tác hại của ma túy, xã Đồng Hòa");
        screening.remove("heldOn");
        screening.put("periodFrom", "2025-09-01");
        screening.put("periodTo", "2025-09-30");
        long second = create(OFFICER_75, screening).then().statusCode(201).extract().jsonPath().getLong("id");

        given().auth().oauth2(OFFICER_75).queryParam("q", "dong hoa " + tag).when().get("/api/v1/activities")
                .then().statusCode(200).body("items.id", equalTo(List.of((int) first)));
        given().auth().oauth2(OFFICER_75).queryParam("q", "TAC HAI CUA MA TUY").queryParam("commune", ActivityCommuneFixture.OTHER_COMMUNE_75)
                .queryParam("from", "2025-09-01").when().get("/api/v1/activities")
                .then().statusCode(200).body("items.id", hasItem((int) second));
        given().auth().oauth2(OFFICER_75).queryParam("q", tag).queryParam("form", "FILM_SCREENING").when().get("/api/v1/activities")
                .then().statusCode(200).body("items.id", equalTo(List.of((int) second)));
        given().auth().oauth2(OFFICER_75).queryParam("q", tag).queryParam("topic", "ONLINE_FRAUD").when().get("/api/v1/activities")
                .then().statusCode(200).body("items.id", equalTo(List.of((int) first)));
        given().auth().oauth2(OFFICER_75).queryParam("q", tag).queryParam("topic", "DRUGS").when().get("/api/v1/activities")
                .then().statusCode(200).body("items.id", equalTo(List.of((int) second)));
        // A period overlapping the window counts, whichever end lies in it.
        given().auth().oauth2(OFFICER_75).queryParam("q", tag).queryParam("from", "2025-09-15").queryParam("to", "2025-12-31")
                .when().get("/api/v1/activities").then().statusCode(200).body("items.id", equalTo(List.of((int) second)));
        given().auth().oauth2(OFFICER_75).queryParam("q", tag).queryParam("to", "2025-08-31")
                .when().get("/api/v1/activities").then().statusCode(200).body("items.id", equalTo(List.of((int) first)));
        given().auth().oauth2(ADMIN).queryParam("province", "75").queryParam("q", tag).queryParam("sort", "title,desc")
                .when().get("/api/v1/activities").then().statusCode(200).body("items.id", equalTo(List.of((int) first, (int) second)));
        given().auth().oauth2(OFFICER_75).queryParam("q", "100%_" + tag).when().get("/api/v1/activities").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth().oauth2(OFFICER_75).queryParam("from", "yesterday").when().get("/api/v1/activities").then().statusCode(400);
        given().auth().oauth2(OFFICER_75).queryParam("form", "PARADE").when().get("/api/v1/activities").then().statusCode(400);
        given().auth().oauth2(TestTokens.forRole(Roles.PARTNER_SYSTEM)).when().get("/api/v1/activity-code-lists").then().statusCode(200)
                .body("forms.code", hasItems("COMMUNITY_MEETING", "LISTEN_TO_PEOPLE_FORUM")).body("forms", org.hamcrest.Matchers.hasSize(13))
                .body("topics.code", hasItems("ONLINE_FRAUD", "REFUTING_HOSTILE_VIEWS")).body("topics", org.hamcrest.Matchers.hasSize(14))
                .body("organisers.code", hasItem("WOMENS_UNION")).body("languages.code", hasItems("VIETNAMESE", "KHMER"))
                .body("forms.find { it.code == 'COMMUNITY_MEETING' }.labelVi", equalTo("Họp dân"))
                // The tips' codes too, as the statistics groups label them.
                .body("tipChannels", org.hamcrest.Matchers.hasSize(8)).body("tipCategories", org.hamcrest.Matchers.hasSize(13))
                .body("tipStatuses.code", equalTo(List.of("RECEIVED", "VERIFYING", "VALUABLE", "NOT_VALUABLE", "FORWARDED", "CLOSED")))
                .body("tipChannels.find { it.code == 'PROPAGANDA_SESSION_SLIP' }.labelVi", equalTo("Phiếu thu tại buổi tuyên truyền"));
    }

    private void expect400(Map<String, Object> body, String field) {
        create(OFFICER_75, body).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    private static Map<String, Object> with(String title, String field, Object value) {
        Map<String, Object> body = activity(TestTokens.COMMUNE, title);
        body.put(field, value);
        return body;
    }

    private static Response create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).header("Idempotency-Key", UUID.randomUUID().toString())
                .when().post("/api/v1/activities");
    }

    static Map<String, Object> activity(String commune, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("form", "COMMUNITY_MEETING");
        body.put("topics", List.of("ONLINE_FRAUD", "CRIME_PREVENTION"));
        body.put("provinceCode", "75");
        body.put("communeCode", commune);
        body.put("heldOn", "2025-10-15");
        body.put("organiser", "POLICE");
        body.put("sessions", 1);
        body.put("participants", 85);
        body.put("leaflets", 200);
        body.put("screeningHours", 1.5);
        body.put("location", "Nhà văn hóa ấp Bàu Sen");
        return body;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
