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
import static vn.gov.antq.staffing.rest.ForceFixtures.NEIGHBOUR_OFFICER;
import static vn.gov.antq.staffing.rest.ForceFixtures.OFFICER_38;
import static vn.gov.antq.staffing.rest.ForceFixtures.OFFICER_75;
import static vn.gov.antq.staffing.rest.ForceFixtures.PARTNER;
import static vn.gov.antq.staffing.rest.ForceFixtures.etag;
import static vn.gov.antq.staffing.rest.ForceFixtures.expect400;
import static vn.gov.antq.staffing.rest.ForceFixtures.post;
import static vn.gov.antq.staffing.rest.ForceFixtures.put;
import static vn.gov.antq.staffing.rest.ForceFixtures.tag;
import static vn.gov.antq.staffing.rest.ForceFixtures.with;
import static vn.gov.antq.staffing.rest.ForceFixtures.without;

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
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

/** Grassroots teams over HTTP. Hamlet names carry a unique tag, so the tests of the shared database never meet. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class GrassrootsTeamResourceTest {

    static final String PATH = "/api/v1/grassroots-teams";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void communes() {
        ForceFixtures.loadCommunes();
    }

    static Map<String, Object> team(String commune, String hamlet) {
        Map<String, Object> body = new HashMap<>();
        body.put("communeCode", commune);
        body.put("hamletName", hamlet);
        body.put("hamletKind", "HAMLET");
        body.put("establishedOn", "2024-07-01");
        body.put("decisionRef", "Quyết định số 125/QĐ-UBND ngày 28/6/2024");
        return body;
    }

    static long createTeam(String token, Map<String, Object> body) {
        return post(token, PATH, body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aCommuneOfficerRecordsATeamOfItsCommuneAndCorrectsIt() {
        String hamlet = "Ấp Bàu Sen " + tag();
        String key = UUID.randomUUID().toString();
        Response created = given().auth().oauth2(COMMUNE_OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(team(TestTokens.COMMUNE, hamlet)).when().post(PATH);
        created.then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("provinceCode", equalTo("75"))
                .body("provinceName", equalTo("Đồng Nai"))
                .body("communeCode", equalTo(TestTokens.COMMUNE))
                .body("hamletName", equalTo(hamlet))
                .body("hamletKindLabelVi", equalTo("Thôn, ấp, bản, làng, buôn, sóc"))
                .body("establishedOn", equalTo("2024-07-01"))
                .body("dissolvedOn", equalTo(null));
        long id = created.jsonPath().getLong("id");
        given().auth().oauth2(COMMUNE_OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(team(TestTokens.COMMUNE, hamlet)).when().post(PATH).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo((int) id));
        assertEquals(1L, count("select count(*) from grassroots_team where hamlet_name = '" + hamlet + "'"));
        given().auth().oauth2(COMMUNE_OFFICER).contentType(ContentType.JSON).body(team(TestTokens.COMMUNE, hamlet + " x"))
                .when().post(PATH).then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));

        String path = PATH + "/" + id;
        given().auth().oauth2(OFFICER_75).when().get(path).then().statusCode(200).header("ETag", equalTo("\"0\""));
        given().auth().oauth2(COMMUNE_OFFICER).contentType(ContentType.JSON).body(team(TestTokens.COMMUNE, hamlet)).when().put(path)
                .then().statusCode(428);
        Map<String, Object> renamed = with(team(TestTokens.COMMUNE, hamlet), "notes", "Tổ có 5 thành viên", "hamletKind", "RESIDENTIAL_GROUP");
        put(COMMUNE_OFFICER, path, "\"0\"", renamed).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("hamletKind", equalTo("RESIDENTIAL_GROUP")).body("notes", equalTo("Tổ có 5 thành viên"));
        put(COMMUNE_OFFICER, path, "\"0\"", team(TestTokens.COMMUNE, hamlet)).then().statusCode(412)
                .contentType("application/problem+json").header("ETag", equalTo("\"1\""));
        // The commune is fixed once recorded.
        put(OFFICER_75, path, "\"1\"", team("26041", hamlet)).then().statusCode(400).body("errors[0].field", equalTo("communeCode"))
                .body("errors[0].message", containsString("cannot change"));
        given().auth().oauth2(ADMIN).queryParam("resourceType", "grassroots-team").queryParam("resourceId", id).queryParam("sort", "id")
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "UPDATE")))
                .body("items[0].communeCode", equalTo(TestTokens.COMMUNE))
                .body("items[1].changes.field", equalTo(List.of("hamletKind", "hamletKindLabelVi", "notes")));
    }

    @Test
    void badTeamsAre400AndStoreNothing() {
        String marker = "Thôn sai " + tag();
        Map<String, Object> good = team(TestTokens.COMMUNE, marker);
        expect400(PATH, with(good, "establishedOn", "2024-06-30"), "establishedOn", "2024-07-01");
        expect400(PATH, with(good, "establishedOn", LocalDate.now().plusDays(2).toString()), "establishedOn", null);
        expect400(PATH, with(good, "dissolvedOn", "2024-07-01"), "dissolvedOn", "after establishedOn");
        expect400(PATH, with(good, "dissolvedOn", LocalDate.now().plusDays(2).toString()), "dissolvedOn", null);
        expect400(PATH, with(good, "hamletKind", "VILLAGE"), "hamletKind", null);
        expect400(PATH, without(good, "hamletKind"), "hamletKind", null);
        expect400(PATH, with(good, "hamletName", " "), "hamletName", null);
        expect400(PATH, with(good, "hamletName", "x".repeat(201)), "hamletName", null);
        expect400(PATH, with(good, "decisionRef", "d".repeat(201)), "decisionRef", null);
        expect400(PATH, with(good, "communeCode", "2606"), "communeCode", null);
        expect400(PATH, with(good, "communeCode", "99999"), "communeCode", "no commune has code 99999");
        // An old commune is no current one: teams are filed under the current map.
        expect400(PATH, with(good, "communeCode", "25207"), "communeCode", "before the 2025-07-01 reform");
        expect400(PATH, with(good, "members", 5), "members", null);
        assertEquals(0L, count("select count(*) from grassroots_team where hamlet_name like 'Thôn sai%'"));
        post(OFFICER_75, PATH, good).then().statusCode(201);
    }

    @Test
    void aHamletHasOneTeamAtATime() {
        String tag = tag();
        long first = createTeam(OFFICER_75, team(TestTokens.COMMUNE, "Thôn 3 Phú Lợi " + tag));
        // The same hamlet written another way: case, diacritics, spaces.
        post(OFFICER_75, PATH, team(TestTokens.COMMUNE, "thon  3 phu loi " + tag.toUpperCase())).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:antq:problem:conflict"))
                .body("detail", containsString("team " + first)).body("detail", containsString("still active"));
        // The same name in another commune is another hamlet.
        createTeam(OFFICER_75, team("26041", "Thôn 3 Phú Lợi " + tag));
        // Once the first team is dissolved, the hamlet may get a new one from that day, not before.
        String path = PATH + "/" + first;
        put(OFFICER_75, path, etag(OFFICER_75, path), with(team(TestTokens.COMMUNE, "Thôn 3 Phú Lợi " + tag), "dissolvedOn", "2025-03-01"))
                .then().statusCode(200).body("dissolvedOn", equalTo("2025-03-01"));
        post(OFFICER_75, PATH, with(team(TestTokens.COMMUNE, "Thôn 3 Phú Lợi " + tag), "establishedOn", "2025-02-28")).then().statusCode(409)
                .body("detail", containsString("dissolved 2025-03-01"));
        long second = createTeam(OFFICER_75, with(team(TestTokens.COMMUNE, "Thôn 3 Phú Lợi " + tag), "establishedOn", "2025-03-01"));
        // Reopening the first team would give the hamlet two teams again.
        put(OFFICER_75, path, etag(OFFICER_75, path), team(TestTokens.COMMUNE, "Thôn 3 Phú Lợi " + tag)).then().statusCode(409)
                .body("detail", containsString("team " + second));
        // Renaming a team onto another team's hamlet is the same conflict.
        long other = createTeam(OFFICER_75, team(TestTokens.COMMUNE, "Thôn 4 Phú Lợi " + tag));
        put(OFFICER_75, PATH + "/" + other, "\"0\"", team(TestTokens.COMMUNE, "Thôn 3 Phú Lợi " + tag)).then().statusCode(409);
    }

    @Test
    void aSecondTeamThatRacesPastTheCheckIsA409NotA500() throws Exception {
        String hamlet = "Ấp Đua " + tag();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Response> racer = QuarkusTransaction.requiringNew().call(() -> {
                // A rival team, written but not committed: the request's check cannot see it, its insert waits on the constraint.
                entityManager.createNativeQuery("insert into grassroots_team (province_code, commune_code, hamlet_name, hamlet_kind,"
                        + " established_on, created_at, updated_at) values ('75', ?1, ?2, 'HAMLET', '2024-08-01', now(), now())")
                        .setParameter(1, TestTokens.COMMUNE).setParameter(2, hamlet).executeUpdate();
                Future<Response> request = pool.submit(() -> post(OFFICER_75, PATH, team(TestTokens.COMMUNE, hamlet)));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into grassroots_team%'") == 0) {
                    if (System.nanoTime() > deadline || request.isDone()) {
                        throw new AssertionError("The request never waited on the rival's row: "
                                + (request.isDone() ? request.get().asString() : "timeout"));
                    }
                }
                return request;
            });
            racer.get(60, TimeUnit.SECONDS).then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("already has a grassroots team"));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, count("select count(*) from grassroots_team where hamlet_name = '" + hamlet + "'"));
        assertEquals(0L, count("select count(*) from audit_event where resource_type = 'grassroots-team' and changes::text like '%" + hamlet + "%'"));
    }

    @Test
    void scopeDecidesWhoWritesAndWhoSees() {
        String tag = tag();
        long ours = createTeam(COMMUNE_OFFICER, team(TestTokens.COMMUNE, "Ấp Bình Minh " + tag));
        long theirs = createTeam(NEIGHBOUR_OFFICER, team("26041", "Khu phố 5 " + tag));
        // Another commune's officer: the team reads as missing, writing into that commune is forbidden.
        given().auth().oauth2(NEIGHBOUR_OFFICER).when().get(PATH + "/" + ours).then().statusCode(404);
        put(NEIGHBOUR_OFFICER, PATH + "/" + ours, "\"0\"", team(TestTokens.COMMUNE, "Ấp Bình Minh " + tag)).then().statusCode(404);
        given().auth().oauth2(NEIGHBOUR_OFFICER).header("If-Match", "\"0\"").when().delete(PATH + "/" + ours).then().statusCode(404);
        post(NEIGHBOUR_OFFICER, PATH, team(TestTokens.COMMUNE, "Ấp Khác " + tag)).then().statusCode(403).contentType("application/problem+json");
        post(OFFICER_38, PATH, team(TestTokens.COMMUNE, "Ấp Khác " + tag)).then().statusCode(403);
        given().auth().oauth2(OFFICER_38).when().get(PATH + "/" + ours).then().statusCode(404);
        // Lists are filtered to the scope; asking for another unit answers nothing.
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("q", tag).when().get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) ours))).body("items.communeCode", everyItem(equalTo(TestTokens.COMMUNE)));
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("commune", "26041").when().get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth().oauth2(OFFICER_75).queryParam("q", tag).queryParam("sort", "id").when().get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) ours, (int) theirs)));
        given().auth().oauth2(OFFICER_38).queryParam("q", tag).when().get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(ANALYST).queryParam("q", tag).when().get(PATH).then().statusCode(200).body("totalItems", equalTo(2));
        // Partner systems read aggregates only.
        given().auth().oauth2(PARTNER).when().get(PATH).then().statusCode(403);
        given().auth().oauth2(PARTNER).when().get(PATH + "/" + ours).then().statusCode(403);
        given().auth().oauth2(PARTNER).when().get(PATH + "/changes").then().statusCode(403);
    }

    @Test
    void filtersFindTeamsByUnitHamletDayAndWords() {
        String tag = tag();
        long bauSen = createTeam(OFFICER_75, with(team(TestTokens.COMMUNE, "Ấp Bàu Sen " + tag), "notes", "Giáp ranh rừng phòng hộ"));
        long bauSen2 = createTeam(OFFICER_75, with(team(TestTokens.COMMUNE, "Ấp Bàu Sen 2 " + tag), "establishedOn", "2024-09-01",
                "dissolvedOn", "2025-09-01"));
        long group = createTeam(OFFICER_75, with(team("26041", "Tổ dân phố 7 " + tag), "hamletKind", "RESIDENTIAL_GROUP"));
        given().auth().oauth2(OFFICER_75).queryParam("q", "bau sen " + tag).when().get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) bauSen)));
        given().auth().oauth2(OFFICER_75).queryParam("q", "AP BAU SEN").queryParam("commune", TestTokens.COMMUNE).queryParam("size", 200)
                .when().get(PATH).then().statusCode(200).body("items.id", hasItem((int) bauSen)).body("items.id", hasItem((int) bauSen2));
        given().auth().oauth2(OFFICER_75).queryParam("q", "rung phong ho").queryParam("size", 200).when().get(PATH).then().statusCode(200)
                .body("items.id", hasItem((int) bauSen));
        // The hamlet filter is the whole name: "Ấp Bàu Sen <tag>" is not "Ấp Bàu Sen 2 <tag>".
        given().auth().oauth2(OFFICER_75).queryParam("hamlet", "ap bau sen " + tag).when().get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) bauSen)));
        given().auth().oauth2(OFFICER_75).queryParam("hamlet", "to dan pho 7 " + tag).queryParam("province", "75").when().get(PATH).then()
                .statusCode(200).body("items.id", equalTo(List.of((int) group)));
        // Existing on a day: established by it, not dissolved by it.
        given().auth().oauth2(OFFICER_75).queryParam("q", tag).queryParam("activeOn", "2024-08-01").queryParam("sort", "id").when().get(PATH)
                .then().statusCode(200).body("items.id", equalTo(List.of((int) bauSen, (int) group)));
        given().auth().oauth2(OFFICER_75).queryParam("q", tag).queryParam("activeOn", "2025-09-01").queryParam("sort", "id").when().get(PATH)
                .then().statusCode(200).body("items.id", equalTo(List.of((int) bauSen, (int) group)));
        given().auth().oauth2(OFFICER_75).queryParam("q", tag).queryParam("activeOn", "2025-08-31").queryParam("sort", "id")
                .when().get(PATH).then().statusCode(200).body("items.id", equalTo(List.of((int) bauSen, (int) bauSen2, (int) group)));
        given().auth().oauth2(OFFICER_75).queryParam("province", "7").when().get(PATH).then().statusCode(400)
                .body("errors[0].field", containsString("province"));
        given().auth().oauth2(OFFICER_75).queryParam("activeOn", "someday").when().get(PATH).then().statusCode(400);
    }

    @Test
    void deletingATeamTombstonesItAndItsMembersForTheRightSyncClients() {
        String since = Instant.now().minusSeconds(60).toString();
        String tag = tag();
        long teamId = createTeam(COMMUNE_OFFICER, team(TestTokens.COMMUNE, "Ấp Xóa " + tag));
        long member = post(COMMUNE_OFFICER, PATH + "/" + teamId + "/members", GrassrootsMemberResourceTest.member("Trần Thị Xóa " + tag, "LEADER"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("items.id", hasItem((int) teamId));
        given().auth().oauth2(NEIGHBOUR_OFFICER).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("items.id", not(hasItem((int) teamId)));

        given().auth().oauth2(COMMUNE_OFFICER).when().delete(PATH + "/" + teamId).then().statusCode(428);
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"0\"").when().delete(PATH + "/" + teamId).then().statusCode(204);
        given().auth().oauth2(COMMUNE_OFFICER).when().get(PATH + "/" + teamId).then().statusCode(404);
        given().auth().oauth2(COMMUNE_OFFICER).when().get("/api/v1/grassroots-members/" + member).then().statusCode(404);
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("deleted.id", hasItem(String.valueOf(teamId))).body("items.id", not(hasItem((int) teamId)));
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("updatedSince", since).when().get("/api/v1/grassroots-members/changes").then()
                .statusCode(200).body("deleted.id", hasItem(String.valueOf(member)));
        given().auth().oauth2(NEIGHBOUR_OFFICER).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("deleted.id", not(hasItem(String.valueOf(teamId))));
        given().auth().oauth2(OFFICER_75).queryParam("updatedSince", since).when().get("/api/v1/grassroots-members/changes").then()
                .statusCode(200).body("deleted.id", hasItem(String.valueOf(member)));
        given().auth().oauth2(ADMIN).queryParam("resourceType", "grassroots-member").queryParam("resourceId", member).queryParam("sort", "id")
                .when().get("/api/v1/audit-events").then().statusCode(200).body("items.action", equalTo(List.of("CREATE", "DELETE")));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
