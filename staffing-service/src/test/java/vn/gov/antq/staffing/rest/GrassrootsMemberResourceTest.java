package vn.gov.antq.staffing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import static vn.gov.antq.staffing.rest.GrassrootsTeamResourceTest.createTeam;
import static vn.gov.antq.staffing.rest.GrassrootsTeamResourceTest.team;

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
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.gov.antq.commons.audit.AuditDiff;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

/**
 * Members of grassroots teams over HTTP: eligibility (ages and residence computed by hand against the joining date),
 * one leader at a time, dates within the team's life, scope and personal data.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class GrassrootsMemberResourceTest {

    private static final String MEMBERS = "/api/v1/grassroots-members";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void communes() {
        ForceFixtures.loadCommunes();
    }

    /** 46 on joining (2024-07-15), in the commune since 2005: eligible. */
    static Map<String, Object> member(String name, String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", name);
        body.put("role", role);
        body.put("birthDate", "1978-04-12");
        body.put("residenceSince", "2005-09-01");
        body.put("phone", "0912 345 678");
        body.put("joinedOn", "2024-07-15");
        return body;
    }

    private long newTeam(String hamletPrefix) {
        return createTeam(OFFICER_75, team(TestTokens.COMMUNE, hamletPrefix + " " + tag()));
    }

    private static String members(long team) {
        return "/api/v1/grassroots-teams/" + team + "/members";
    }

    @Test
    void aCommuneOfficerRecordsMembersAndTheTrailNeverHoldsTheirPersonalData() {
        long team = newTeam("Ấp Hòa Bình");
        String name = "Nguyễn Văn An " + tag();
        String key = UUID.randomUUID().toString();
        Response created = given().auth().oauth2(COMMUNE_OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(member(name, "LEADER")).when().post(members(team));
        created.then().statusCode(201)
                .header("Location", containsString(MEMBERS + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("teamId", equalTo((int) team))
                .body("provinceCode", equalTo("75"))
                .body("communeCode", equalTo(TestTokens.COMMUNE))
                .body("fullName", equalTo(name))
                .body("role", equalTo("LEADER"))
                .body("roleLabelVi", equalTo("Tổ trưởng"))
                // 1978-04-12 → 2024-07-15: 46 full years.
                .body("ageOnJoining", equalTo(46))
                .body("phone", equalTo("0912 345 678"));
        long id = created.jsonPath().getLong("id");
        given().auth().oauth2(COMMUNE_OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(member(name, "LEADER"))
                .when().post(members(team)).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) id));
        assertEquals(1L, count("select count(*) from grassroots_member where team_id = " + team));

        String path = MEMBERS + "/" + id;
        given().auth().oauth2(ANALYST).when().get(path).then().statusCode(200).body("fullName", equalTo(name));
        given().auth().oauth2(COMMUNE_OFFICER).contentType(ContentType.JSON).body(member(name, "LEADER")).when().put(path).then().statusCode(428);
        put(COMMUNE_OFFICER, path, "\"0\"", with(member(name, "LEADER"), "phone", "0987 654 321", "leftOn", "2025-07-15")).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("leftOn", equalTo("2025-07-15"));
        put(COMMUNE_OFFICER, path, "\"0\"", member(name, "MEMBER")).then().statusCode(412).header("ETag", equalTo("\"1\""));

        JsonPath audit = given().auth().oauth2(ADMIN).queryParam("resourceType", "grassroots-member").queryParam("resourceId", id)
                .queryParam("sort", "id").when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "UPDATE")))
                .body("items[0].communeCode", equalTo(TestTokens.COMMUNE))
                .body("items[1].changes.field", equalTo(List.of("leftOn", "phone")))
                .extract().jsonPath();
        assertEquals(List.of(AuditDiff.REDACTED, AuditDiff.REDACTED),
                List.of(audit.getString("items[1].changes[1].old"), audit.getString("items[1].changes[1].new")));
        assertEquals(0L, count("select count(*) from audit_event where resource_type = 'grassroots-member' and (changes::text like '%" + name
                + "%' or changes::text like '%0912 345 678%' or changes::text like '%1978-04-12%' or changes::text like '%2005-09-01%')"));
    }

    @Test
    void theAgeRuleAdmits18To70AndOlderOnlyWithAnExceptionDecision() {
        long team = newTeam("Thôn Tuổi");
        String marker = "Người kiểm tra tuổi " + tag();
        Map<String, Object> joiner = member(marker, "MEMBER");
        // Joining on 2024-07-15. Born 2006-07-16: one day short of 18.
        Response minor = post(OFFICER_75, members(team), with(joiner, "birthDate", "2006-07-16", "residenceSince", "2006-07-16"));
        minor.then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("birthDate"))
                .body("errors[0].message", containsString("age rule")).body("errors[0].message", containsString("they are 17"));
        // An exception decision does not admit a minor.
        post(OFFICER_75, members(team), with(joiner, "birthDate", "2006-07-16", "residenceSince", "2006-07-16",
                "ageExceptionRef", "QĐ 1/QĐ-UBND", "ageExceptionDate", "2024-07-10")).then().statusCode(400)
                .body("errors[0].message", containsString("No exception decision admits a minor"));
        // Born 1953-07-15: 71 on the day. Not without a decision; with one, yes.
        post(OFFICER_75, members(team), with(joiner, "birthDate", "1953-07-15")).then().statusCode(400)
                .body("errors[0].field", equalTo("birthDate")).body("errors[0].message", containsString("they are 71"))
                .body("errors[0].message", containsString("ageExceptionRef"));
        post(OFFICER_75, members(team), with(joiner, "birthDate", "1953-07-15", "ageExceptionRef", "QĐ 37/QĐ-UBND")).then().statusCode(400)
                .body("errors[0].field", equalTo("ageExceptionDate")).body("errors[0].message", containsString("is required with ageExceptionRef"));
        post(OFFICER_75, members(team), with(joiner, "birthDate", "1953-07-15", "ageExceptionDate", "2024-07-10")).then().statusCode(400)
                .body("errors[0].field", equalTo("ageExceptionRef"));
        post(OFFICER_75, members(team), with(joiner, "birthDate", "1953-07-15", "ageExceptionRef", "QĐ 37/QĐ-UBND",
                "ageExceptionDate", "2024-07-16")).then().statusCode(400)
                .body("errors[0].field", equalTo("ageExceptionDate")).body("errors[0].message", containsString("not be after joinedOn"));
        assertEquals(0L, count("select count(*) from grassroots_member where full_name = '" + marker + "'"));

        // The boundaries: 18 on the very day (born 2006-07-15), 70 on the last day before turning 71 (born 1953-07-16).
        post(OFFICER_75, members(team), with(joiner, "birthDate", "2006-07-15", "residenceSince", "2006-07-15")).then().statusCode(201)
                .body("ageOnJoining", equalTo(18));
        post(OFFICER_75, members(team), with(joiner, "birthDate", "1953-07-16")).then().statusCode(201).body("ageOnJoining", equalTo(70));
        post(OFFICER_75, members(team), with(joiner, "birthDate", "1953-07-15", "ageExceptionRef", "QĐ 37/QĐ-UBND",
                "ageExceptionDate", "2024-07-15")).then().statusCode(201).body("ageOnJoining", equalTo(71))
                .body("ageExceptionRef", equalTo("QĐ 37/QĐ-UBND"));
    }

    @Test
    void theResidenceRuleNeedsAYearInTheCommuneAndAllBrokenRulesAreNamed() {
        long team = newTeam("Thôn Cư Trú");
        String marker = "Người mới đến " + tag();
        Map<String, Object> joiner = member(marker, "MEMBER");
        // Joining on 2024-07-15: living there since 2023-07-15 is a year; a day less is not.
        post(OFFICER_75, members(team), with(joiner, "residenceSince", "2023-07-16")).then().statusCode(400)
                .body("errors[0].field", equalTo("residenceSince")).body("errors[0].message", containsString("residence rule"))
                .body("errors[0].message", containsString("since 2023-07-15 or earlier"));
        // Both rules broken: both named.
        post(OFFICER_75, members(team), with(joiner, "birthDate", "1950-01-01", "residenceSince", "2024-01-01")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("birthDate", "residenceSince")));
        // A change is checked again: moving the joining date earlier breaks the residence rule.
        long id = post(OFFICER_75, members(team), with(joiner, "residenceSince", "2023-07-15")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        put(OFFICER_75, MEMBERS + "/" + id, "\"0\"", with(joiner, "residenceSince", "2023-07-15", "joinedOn", "2024-07-14")).then()
                .statusCode(400).body("errors[0].field", equalTo("residenceSince"));
        given().auth().oauth2(OFFICER_75).when().get(MEMBERS + "/" + id).then().statusCode(200).body("joinedOn", equalTo("2024-07-15"))
                .header("ETag", equalTo("\"0\""));
    }

    @Test
    void badMembershipsAre400AndStoreNothing() {
        long team = newTeam("Thôn Dữ Liệu");
        String marker = "Thành viên sai " + tag();
        Map<String, Object> good = member(marker, "DEPUTY_LEADER");
        expect400(members(team), with(good, "joinedOn", "2024-06-30"), "joinedOn", "before the team was established");
        expect400(members(team), with(good, "leftOn", "2024-07-15"), "leftOn", "after joinedOn");
        expect400(members(team), with(good, "role", "CAPTAIN"), "role", null);
        expect400(members(team), without(good, "role"), "role", null);
        expect400(members(team), without(good, "birthDate"), "birthDate", null);
        expect400(members(team), without(good, "residenceSince"), "residenceSince", null);
        expect400(members(team), with(good, "residenceSince", "1970-01-01"), "residenceSince", "before birthDate");
        expect400(members(team), with(good, "fullName", ""), "fullName", null);
        expect400(members(team), with(good, "phone", "call me"), "phone", null);
        expect400(members(team), with(good, "joinedOn", "2099-01-01"), "joinedOn", null);
        expect400(members(team), with(good, "citizenId", "001078000123"), "citizenId", null);
        assertEquals(0L, count("select count(*) from grassroots_member where full_name = '" + marker + "'"));
        post(OFFICER_75, members(team), good).then().statusCode(201).body("role", equalTo("DEPUTY_LEADER"));
        // A dissolved team: memberships end by its dissolution.
        long dissolved = createTeam(OFFICER_75, with(team(TestTokens.COMMUNE, "Thôn Giải Thể " + tag()), "dissolvedOn", "2025-01-01"));
        expect400(members(dissolved), good, "leftOn", "dissolved on 2025-01-01");
        expect400(members(dissolved), with(good, "joinedOn", "2025-01-01", "leftOn", "2025-01-02"), "joinedOn", "before the team was dissolved");
        post(OFFICER_75, members(dissolved), with(good, "leftOn", "2025-01-01")).then().statusCode(201);
        given().auth().oauth2(OFFICER_75).when().get(members(404_404_404L)).then().statusCode(404);
        post(OFFICER_75, members(404_404_404L), good).then().statusCode(404);
    }

    @Test
    void aTeamHasOneLeaderAtATime() {
        long team = newTeam("Thôn Tổ Trưởng");
        String tag = tag();
        long first = post(OFFICER_75, members(team), with(member("Lê Văn Một " + tag, "LEADER"), "joinedOn", "2024-07-01")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        post(OFFICER_75, members(team), with(member("Lê Văn Hai " + tag, "LEADER"), "joinedOn", "2024-08-01")).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("member " + first))
                .body("detail", containsString("at most one leader"));
        // Deputies and members are not limited.
        post(OFFICER_75, members(team), member("Lê Văn Ba " + tag, "DEPUTY_LEADER")).then().statusCode(201);
        post(OFFICER_75, members(team), member("Lê Thị Bốn " + tag, "DEPUTY_LEADER")).then().statusCode(201);
        long plain = post(OFFICER_75, members(team), member("Lê Văn Năm " + tag, "MEMBER")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        // Promoting a member while the leader serves is the same conflict.
        put(OFFICER_75, MEMBERS + "/" + plain, "\"0\"", member("Lê Văn Năm " + tag, "LEADER")).then().statusCode(409);
        // The first leader leaves on 2024-10-01; the next may start that very day, not a day earlier.
        put(OFFICER_75, MEMBERS + "/" + first, "\"0\"", with(member("Lê Văn Một " + tag, "LEADER"), "joinedOn", "2024-07-01",
                "leftOn", "2024-10-01")).then().statusCode(200);
        post(OFFICER_75, members(team), with(member("Lê Văn Hai " + tag, "LEADER"), "joinedOn", "2024-09-30")).then().statusCode(409);
        long second = post(OFFICER_75, members(team), with(member("Lê Văn Hai " + tag, "LEADER"), "joinedOn", "2024-10-01")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        // The first leader's leaving cannot be undone now.
        put(OFFICER_75, MEMBERS + "/" + first, "\"1\"", with(member("Lê Văn Một " + tag, "LEADER"), "joinedOn", "2024-07-01"))
                .then().statusCode(409).body("detail", containsString("member " + second));
        given().auth().oauth2(OFFICER_75).queryParam("role", "LEADER").queryParam("activeOn", "2024-09-30").when().get(members(team))
                .then().statusCode(200).body("items.id", equalTo(List.of((int) first)));
        given().auth().oauth2(OFFICER_75).queryParam("role", "LEADER").queryParam("activeOn", "2024-10-01").when().get(members(team))
                .then().statusCode(200).body("items.id", equalTo(List.of((int) second)));
    }

    @Test
    void aSecondLeaderThatRacesPastTheCheckIsA409NotA500() throws Exception {
        long team = newTeam("Thôn Đua");
        String name = "Người Đua " + tag();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Response> racer = QuarkusTransaction.requiringNew().call(() -> {
                entityManager.createNativeQuery("insert into grassroots_member (team_id, province_code, commune_code, full_name, role,"
                        + " birth_date, residence_since, joined_on, created_at, updated_at)"
                        + " values (?1, '75', ?2, 'Đối thủ', 'LEADER', '1980-01-01', '2000-01-01', '2024-07-01', now(), now())")
                        .setParameter(1, team).setParameter(2, TestTokens.COMMUNE).executeUpdate();
                Future<Response> request = pool.submit(() -> post(OFFICER_75, members(team), member(name, "LEADER")));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into grassroots_member%'") == 0) {
                    if (System.nanoTime() > deadline || request.isDone()) {
                        throw new AssertionError("The request never waited on the rival's row: "
                                + (request.isDone() ? request.get().asString() : "timeout"));
                    }
                }
                return request;
            });
            racer.get(60, TimeUnit.SECONDS).then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("already has a leader"));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0L, count("select count(*) from grassroots_member where full_name = '" + name + "'"));
    }

    @Test
    void membersAreReadOnlyInTheTeamsScopeAndNeverByPartnerSystems() {
        long team = createTeam(COMMUNE_OFFICER, team(TestTokens.COMMUNE, "Ấp Riêng Tư " + tag()));
        String name = "Phạm Thị Riêng " + tag();
        long id = post(COMMUNE_OFFICER, members(team), member(name, "MEMBER")).then().statusCode(201).extract().jsonPath().getLong("id");
        String since = Instant.now().minusSeconds(60).toString();
        // Another commune: the team and its members read as missing; writes are refused the same way.
        given().auth().oauth2(NEIGHBOUR_OFFICER).when().get(members(team)).then().statusCode(404);
        given().auth().oauth2(NEIGHBOUR_OFFICER).when().get(MEMBERS + "/" + id).then().statusCode(404);
        post(NEIGHBOUR_OFFICER, members(team), member("Người Lạ", "MEMBER")).then().statusCode(404);
        put(NEIGHBOUR_OFFICER, MEMBERS + "/" + id, "\"0\"", member(name, "MEMBER")).then().statusCode(404);
        given().auth().oauth2(OFFICER_38).when().get(MEMBERS + "/" + id).then().statusCode(404);
        given().auth().oauth2(NEIGHBOUR_OFFICER).queryParam("updatedSince", since).when().get(MEMBERS + "/changes").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("updatedSince", since).when().get(MEMBERS + "/changes").then().statusCode(200)
                .body("items.id", hasItem((int) id)).body("items.fullName", hasItem(name));
        // Partner systems get no membership in any form: not one by one, not in lists, not in sync.
        for (String path : List.of(MEMBERS + "/" + id, members(team), MEMBERS + "/changes", "/api/v1/grassroots-teams/changes")) {
            Response refused = given().auth().oauth2(PARTNER).when().get(path);
            refused.then().statusCode(403).contentType("application/problem+json");
            assertFalse(refused.asString().contains(name), path);
        }
        put(PARTNER, MEMBERS + "/" + id, "\"0\"", member(name, "MEMBER")).then().statusCode(403);
        // The province and the ministry read them, with the list's filters.
        given().auth().oauth2(OFFICER_75).queryParam("q", "pham thi rieng").when().get(members(team)).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) id)));
        given().auth().oauth2(ANALYST).queryParam("q", "nguyen").when().get(members(team)).then().statusCode(200).body("totalItems", equalTo(0));
        // Deleting needs the ETag; sync clients learn of it.
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"7\"").when().delete(MEMBERS + "/" + id).then().statusCode(412);
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"0\"").when().delete(MEMBERS + "/" + id).then().statusCode(204);
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("updatedSince", since).when().get(MEMBERS + "/changes").then().statusCode(200)
                .body("deleted.id", hasItem(String.valueOf(id))).body("items.id", not(hasItem((int) id)));
        given().auth().oauth2(NEIGHBOUR_OFFICER).queryParam("updatedSince", since).when().get(MEMBERS + "/changes").then().statusCode(200)
                .body("deleted.id", not(hasItem(String.valueOf(id))));
    }

    @Test
    void aTeamCannotBeDissolvedWhileMembersRemain() {
        String hamlet = "Thôn Giải Tán " + tag();
        long team = createTeam(OFFICER_75, team(TestTokens.COMMUNE, hamlet));
        long id = post(OFFICER_75, members(team), member("Đỗ Văn Ở Lại " + tag(), "MEMBER")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> dissolved = with(team(TestTokens.COMMUNE, hamlet), "dissolvedOn", "2025-06-01");
        put(OFFICER_75, "/api/v1/grassroots-teams/" + team, "\"0\"", dissolved).then().statusCode(409)
                .body("detail", containsString("Members " + id));
        // Established after a member joined: the same.
        put(OFFICER_75, "/api/v1/grassroots-teams/" + team, "\"0\"", with(team(TestTokens.COMMUNE, hamlet), "establishedOn", "2024-08-01"))
                .then().statusCode(409);
        Map<String, Object> leaving = with(member("Đỗ Văn Ở Lại", "MEMBER"), "leftOn", "2025-06-01");
        put(OFFICER_75, MEMBERS + "/" + id, "\"0\"", leaving).then().statusCode(200);
        put(OFFICER_75, "/api/v1/grassroots-teams/" + team, "\"0\"", dissolved).then().statusCode(200).body("dissolvedOn", equalTo("2025-06-01"));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
