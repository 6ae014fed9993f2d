package vn.gov.antq.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import io.restassured.response.Response;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ActivityTallyResourceTest {

    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    private static final String OFFICER_75 = TestTokens.forRole(Roles.PROVINCE_OFFICER);
    private static final String OFFICER_38 = TestTokens.token(Roles.PROVINCE_OFFICER, TestTokens.OTHER_PROVINCE, null);
    private static final String COMMUNE_OFFICER = TestTokens.forRole(Roles.COMMUNE_OFFICER);

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void communes() {
        ActivityCommuneFixture.load();
    }

    @Test
    void binhPhuocsReportedMeetingsCountUnderDongNaiAndBlockDetailedMeetingsOfTheirPeriod() {
        Map<String, Object> reported = tally("70", null, "COMMUNITY_MEETING", "2019-01-01", "2022-12-31");
        reported.put("activities", 3652);
        reported.put("participants", 289148);
        create(OFFICER_75, reported).then().statusCode(201)
                .body("reportedProvinceCode", equalTo("70")).body("provinceCode", equalTo("75"))
                .body("activities", equalTo(3652)).body("participants", equalTo(289148));

        Map<String, Object> meeting = PropagandaActivityResourceTest.activity(null, "Họp dân năm 2020 " + UUID.randomUUID());
        meeting.put("heldOn", "2020-05-10");
        activity(OFFICER_75, meeting).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Double counting"));
        assertEquals(0L, count("select count(*) from propaganda_activity where title = '" + meeting.get("title") + "'"));
        meeting.put("form", "RALLY");
        activity(OFFICER_75, meeting).then().statusCode(201);

        // A second report of the same province and period, for every form, would count the meetings again.
        Map<String, Object> twice = tally("70", null, null, "2022-01-01", "2022-06-30");
        twice.put("sourceDocument", "Báo cáo 6 tháng 2022 " + UUID.randomUUID());
        create(OFFICER_75, twice).then().statusCode(409).body("detail", containsString("overlaps"));
        assertEquals(0L, count("select count(*) from activity_tally where source_document = '" + twice.get("sourceDocument") + "'"));
        create(OFFICER_75, tally("70", null, "COMMUNITY_MEETING", "2023-01-01", "2023-12-31")).then().statusCode(201);
    }

    @Test
    void aTallyMayNotCoverDetailedActivitiesNorTheReverse() {
        Map<String, Object> training = PropagandaActivityResourceTest.activity(TestTokens.COMMUNE, "Tập huấn công an xã");
        training.put("form", "TRAINING");
        training.put("heldOn", "2026-02-10");
        activity(COMMUNE_OFFICER, training).then().statusCode(201);

        String marker = "Báo cáo quý 1/2026 " + UUID.randomUUID();
        Map<String, Object> communeTally = tally("75", TestTokens.COMMUNE, "TRAINING", "2026-01-01", "2026-03-31");
        communeTally.put("sourceDocument", marker);
        create(COMMUNE_OFFICER, communeTally).then().statusCode(409).body("detail", containsString("detailed activit"));
        Map<String, Object> provinceTally = tally("75", null, "TRAINING", "2026-01-01", "2026-03-31");
        provinceTally.put("sourceDocument", marker);
        create(OFFICER_75, provinceTally).then().statusCode(409);
        assertEquals(0L, count("select count(*) from activity_tally where source_document = '" + marker + "'"));

        Response neighbour = create(OFFICER_75, tally("75", ActivityCommuneFixture.OTHER_COMMUNE_75, "TRAINING", "2026-01-01", "2026-03-31"));
        neighbour.then().statusCode(201).body("communeCode", equalTo(ActivityCommuneFixture.OTHER_COMMUNE_75)).header("ETag", equalTo("\"0\""));
        long id = neighbour.jsonPath().getLong("id");
        String title = "Tập huấn phường " + UUID.randomUUID();
        Map<String, Object> counted = PropagandaActivityResourceTest.activity(ActivityCommuneFixture.OTHER_COMMUNE_75, title);
        counted.put("form", "TRAINING");
        counted.put("heldOn", "2026-02-20");
        activity(OFFICER_75, counted).then().statusCode(409).body("detail", containsString("#" + id));
        counted.remove("heldOn");
        counted.put("periodFrom", "2025-12-20");
        counted.put("periodTo", "2026-01-05");
        activity(OFFICER_75, counted).then().statusCode(409);
        assertEquals(0L, count("select count(*) from propaganda_activity where title = '" + title + "'"));

        // Corrections need the current ETag; once the tally is gone, the detail may be recorded.
        Map<String, Object> corrected = tally("75", ActivityCommuneFixture.OTHER_COMMUNE_75, "TRAINING", "2026-01-01", "2026-03-31");
        corrected.put("participants", 140);
        given().auth().oauth2(OFFICER_75).contentType(ContentType.JSON).body(corrected).when().put("/api/v1/activity-tallies/" + id)
                .then().statusCode(428);
        given().auth().oauth2(OFFICER_75).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(corrected)
                .when().put("/api/v1/activity-tallies/" + id).then().statusCode(200).header("ETag", equalTo("\"1\"")).body("participants", equalTo(140));
        given().auth().oauth2(OFFICER_75).header("If-Match", "\"0\"").when().delete("/api/v1/activity-tallies/" + id).then().statusCode(412);
        String since = Instant.now().minusSeconds(60).toString();
        given().auth().oauth2(OFFICER_75).header("If-Match", "\"1\"").when().delete("/api/v1/activity-tallies/" + id).then().statusCode(204);
        activity(OFFICER_75, counted).then().statusCode(201);
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("updatedSince", since).when().get("/api/v1/activity-tallies/changes")
                .then().statusCode(200).body("deleted.id", hasItem(String.valueOf(id)));
        given().auth().oauth2(ADMIN).queryParam("resourceType", "activity-tally").queryParam("resourceId", id).queryParam("sort", "id")
                .when().get("/api/v1/audit-events").then().statusCode(200).body("items.action", equalTo(List.of("CREATE", "UPDATE", "DELETE")));
    }

    @Test
    void badTalliesAre400AndOutsidersAreRefused() {
        String marker = "Báo cáo sai " + UUID.randomUUID();
        expect400(with(marker, "periodFrom", "2026-06-15"), "periodFrom");
        Map<String, Object> acrossReform = with(marker, "periodFrom", "2025-01-01");
        expect400(acrossReform, "periodTo");
        Map<String, Object> nothing = with(marker, "activities", null);
        nothing.remove("participants");
        expect400(nothing, "activities");
        expect400(with(marker, "participants", -1), "participants");
        expect400(with(marker, "provinceCode", "99"), "provinceCode");
        expect400(with(marker, "communeCode", TestTokens.OTHER_COMMUNE), "communeCode");
        expect400(with(marker, "form", "PARADE"), "form");
        expect400(with(marker, "periodTo", "2099-01-01"), "periodTo");
        create(OFFICER_38, with(marker, "activities", 3)).then().statusCode(403);
        create(TestTokens.forRole(Roles.MINISTRY_ANALYST), with(marker, "activities", 3)).then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole(Roles.PARTNER_SYSTEM)).when().get("/api/v1/activity-tallies").then().statusCode(403);
        assertEquals(0L, count("select count(*) from activity_tally where source_document = '" + marker + "'"));
        given().auth().oauth2(OFFICER_38).queryParam("province", "75").when().get("/api/v1/activity-tallies").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    /** Thanh Hóa's kinds of figures, in 2011 (a year no other test uses): sessions, materials, minutes and hours. */
    @Test
    void sessionsAndMaterialsAreTalliedValidatedAndAudited() {
        Map<String, Object> loudspeakers = materials("38", "LOUDSPEAKER_BROADCAST", "2011-01-01", "2011-12-31", "sessions", 120000);
        loudspeakers.put("broadcastMinutes", 1800000);
        create(OFFICER_38, loudspeakers).then().statusCode(201).body("sessions", equalTo(120000)).body("broadcastMinutes", equalTo(1800000))
                .body("activities", equalTo(null)).body("participants", equalTo(null)).body("leaflets", equalTo(null));
        // Reported together, as Thanh Hóa's 61,856 banners, slogans, panels and posters were.
        Map<String, Object> posters = materials("38", "BANNERS_POSTERS", "2011-01-01", "2011-12-31", "bannersSlogansPanelsPosters", 61856);
        create(OFFICER_38, posters).then().statusCode(201).body("bannersSlogansPanelsPosters", equalTo(61856))
                .body("bannersSlogans", equalTo(null)).body("panelsPosters", equalTo(null));
        Map<String, Object> leaflets = materials("38", "LEAFLET_DISTRIBUTION", "2011-01-01", "2011-12-31", "leaflets", 46991);
        leaflets.put("booklets", 100747);
        Response created = create(OFFICER_38, leaflets);
        created.then().statusCode(201).body("leaflets", equalTo(46991)).body("booklets", equalTo(100747));
        long id = created.jsonPath().getLong("id");

        // Every new count: whole, not negative; hours with one decimal; the combined figure never beside the split ones.
        String marker = "Báo cáo sai " + UUID.randomUUID();
        for (String field : List.of("sessions", "leaflets", "booklets", "bannersSlogans", "panelsPosters", "bannersSlogansPanelsPosters",
                "broadcastMinutes", "screeningHours")) {
            expect400(OFFICER_38, materials("38", "FILM_SCREENING", "2012-01-01", "2012-12-31", field, -1), marker, field);
        }
        expect400(OFFICER_38, materials("38", "FILM_SCREENING", "2012-01-01", "2012-12-31", "screeningHours", 12.25), marker, "screeningHours");
        expect400(OFFICER_38, materials("38", "FILM_SCREENING", "2012-01-01", "2012-12-31", "leaflets", 2.5), marker, "leaflets");
        Map<String, Object> both = materials("38", "BANNERS_POSTERS", "2012-01-01", "2012-12-31", "bannersSlogansPanelsPosters", 100);
        both.put("panelsPosters", 40);
        expect400(OFFICER_38, both, marker, "bannersSlogansPanelsPosters");
        assertEquals(0L, count("select count(*) from activity_tally where source_document = '" + marker + "'"));

        // A report of only screening hours still gives figures of the activities of its form and period.
        Map<String, Object> screening = PropagandaActivityResourceTest.activity(null, "Chiếu phim tuyên truyền " + UUID.randomUUID());
        screening.put("provinceCode", "38");
        screening.put("form", "FILM_SCREENING");
        screening.put("heldOn", "2012-04-02");
        screening.put("screeningHours", 2.5);
        activity(OFFICER_38, screening).then().statusCode(201);
        Map<String, Object> hours = materials("38", "FILM_SCREENING", "2012-01-01", "2012-12-31", "screeningHours", 5693);
        hours.put("sourceDocument", marker);
        create(OFFICER_38, hours).then().statusCode(409).body("detail", containsString("detailed activit"));
        // Every figure is common: a report of every form giving only leaflets overlaps the loudspeaker sessions' report.
        Map<String, Object> everyForm = materials("38", null, "2011-07-01", "2011-07-31", "leaflets", 500);
        everyForm.put("sourceDocument", marker);
        create(OFFICER_38, everyForm).then().statusCode(409).body("detail", containsString("overlaps"));
        assertEquals(0L, count("select count(*) from activity_tally where source_document = '" + marker + "'"));

        Map<String, Object> corrected = new HashMap<>(leaflets);
        corrected.put("screeningHours", 12.5);
        corrected.put("booklets", 100748);
        given().auth().oauth2(OFFICER_38).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(corrected)
                .when().put("/api/v1/activity-tallies/" + id).then().statusCode(200).body("screeningHours", equalTo(12.5f))
                .body("booklets", equalTo(100748));
        given().auth().oauth2(ADMIN).queryParam("resourceType", "activity-tally").queryParam("resourceId", id).queryParam("sort", "id")
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].changes.find { it.field == 'leaflets' }.new", equalTo(46991))
                .body("items[1].changes.field", equalTo(List.of("booklets", "screeningHours")))
                .body("items[1].changes[1].new", equalTo(12.5f));
    }

    private static Map<String, Object> materials(String province, String form, String from, String to, String field, Object value) {
        Map<String, Object> body = tally(province, null, form, from, to);
        body.remove("activities");
        body.remove("participants");
        body.put(field, value);
        return body;
    }

    private void expect400(String token, Map<String, Object> body, String marker, String field) {
        body.put("sourceDocument", marker);
        create(token, body).then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    private void expect400(Map<String, Object> body, String field) {
        create(OFFICER_75, body).then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    private static Map<String, Object> with(String source, String field, Object value) {
        Map<String, Object> body = tally("75", TestTokens.COMMUNE, "CONFERENCE", "2026-05-01", "2026-05-31");
        body.put("sourceDocument", source);
        body.put(field, value);
        return body;
    }

    private static Response create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).header("Idempotency-Key", UUID.randomUUID().toString())
                .when().post("/api/v1/activity-tallies");
    }

    private static Response activity(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).header("Idempotency-Key", UUID.randomUUID().toString())
                .when().post("/api/v1/activities");
    }

    private static Map<String, Object> tally(String province, String commune, String form, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("provinceCode", province);
        body.put("communeCode", commune);
        body.put("form", form);
        body.put("periodFrom", from);
        body.put("periodTo", to);
        body.put("activities", 12);
        body.put("participants", 130);
        body.put("sourceDocument", "Báo cáo tổng kết phong trào Toàn dân bảo vệ an ninh Tổ quốc");
        return body;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
