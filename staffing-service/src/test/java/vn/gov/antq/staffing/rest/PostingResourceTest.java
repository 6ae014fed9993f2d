package vn.gov.antq.staffing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gov.antq.staffing.rest.PoliceFixtures.admin;
import static vn.gov.antq.staffing.rest.PoliceFixtures.analyst;
import static vn.gov.antq.staffing.rest.PoliceFixtures.communeOfficer;
import static vn.gov.antq.staffing.rest.PoliceFixtures.createOfficer;
import static vn.gov.antq.staffing.rest.PoliceFixtures.createPosting;
import static vn.gov.antq.staffing.rest.PoliceFixtures.officer;
import static vn.gov.antq.staffing.rest.PoliceFixtures.post;
import static vn.gov.antq.staffing.rest.PoliceFixtures.posting;
import static vn.gov.antq.staffing.rest.PoliceFixtures.provinceOfficer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class PostingResourceTest {

    private static final String PATH = "/api/v1/postings";
    /** Units shared by this class's tests: two communes of 75 and one of 38. */
    private static String communeA;
    private static String communeB;
    private static long unitA;
    private static long unitB;
    private static long unit38;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void units() {
        PoliceFixtures.loadCommunes();
        if (communeA == null) {
            communeA = PoliceFixtures.freshCommune75();
            communeB = PoliceFixtures.freshCommune75();
            unitA = PoliceFixtures.unitIn(communeA);
            unitB = PoliceFixtures.unitIn(communeB);
            unit38 = PoliceFixtures.unitIn(PoliceFixtures.freshCommune38());
        }
    }

    @Test
    void aProvinceOfficerPostsAnOfficerAndEndsThePostingWithAToDate() {
        long officer = PoliceFixtures.officerOf("75");
        Response created = createPosting(provinceOfficer("75"), officer, posting(unitA, "DEPUTY", "2025-07-01", null));
        created.then().statusCode(201).header("ETag", equalTo("\"0\"")).header("Location", containsString(PATH + "/"))
                .body("officerId", equalTo((int) officer)).body("policeUnitId", equalTo((int) unitA))
                .body("provinceCode", equalTo("75")).body("communeCode", equalTo(communeA))
                .body("position", equalTo("DEPUTY")).body("toDate", nullValue()).body("decisionRef", equalTo("1234/QĐ-CAT-PX01"));
        long id = created.jsonPath().getLong("id");
        given().auth().oauth2(provinceOfficer("75")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(posting(unitA, "DEPUTY", "2025-07-01", "2026-03-31")).when().put(PATH + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("toDate", equalTo("2026-03-31"));
        given().auth().oauth2(admin()).queryParam("resourceType", "police-posting").queryParam("resourceId", id).queryParam("sort", "id")
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "UPDATE")))
                .body("items[1].changes.field", equalTo(List.of("toDate")))
                .body("items[1].changes[0].new", equalTo("2026-03-31"));
        assertEquals(1L, count("select count(*) from audit_event where resource_type = 'police-posting' and action = 'CREATE'"
                + " and changes @> '[{\"field\": \"officerId\", \"new\": " + officer + "}]'::jsonb"));
        // The officer may serve again from the next day on.
        createPosting(provinceOfficer("75"), officer, posting(unitB, "CHIEF", "2026-04-01", null)).then().statusCode(201);
        // The unit cannot change by PUT: that is a transfer.
        given().auth().oauth2(provinceOfficer("75")).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(posting(unitB, "DEPUTY", "2025-07-01", "2026-03-31")).when().put(PATH + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("policeUnitId"));
    }

    @Test
    void anOfficerServesInOnePlaceAtATime() {
        long officer = PoliceFixtures.officerOf("75");
        long autumn = post(officer, unitA, "OFFICER", "2025-08-01", "2025-12-31");
        // Sharing a single day is an overlap, whatever the unit.
        expect409(officer, posting(unitB, "OFFICER", "2025-12-31", null), autumn);
        expect409(officer, posting(unitA, "DEPUTY", "2025-07-15", "2025-08-15"), autumn);
        expect409(officer, posting(unitB, "CHIEF", "2025-09-01", "2025-09-30"), autumn);
        expect409(officer, posting(unitB, "CHIEF", "2025-07-01", null), autumn);
        assertEquals(1L, count("select count(*) from police_posting where officer_id = " + officer));
        // Adjacent periods do not overlap.
        long july = post(officer, unitB, "OFFICER", "2025-07-01", "2025-07-31");
        long next = post(officer, unitB, "OFFICER", "2026-01-01", null);
        // Nor may a correction make them overlap.
        given().auth().oauth2(admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(posting(unitB, "OFFICER", "2025-07-01", "2025-08-01")).when().put(PATH + "/" + july).then().statusCode(409);
        given().auth().oauth2(admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(posting(unitB, "OFFICER", "2025-12-01", null)).when().put(PATH + "/" + next).then().statusCode(409)
                .body("detail", containsString("posting " + autumn));
        given().auth().oauth2(admin()).when().get(PATH + "/" + july).then().body("toDate", equalTo("2025-07-31"));
        // Another officer may hold the same post on the same days.
        post(PoliceFixtures.officerOf("75"), unitA, "OFFICER", "2025-08-01", "2025-12-31");
    }

    @Test
    void anOverlappingPostingThatRacesPastTheCheckIsA409NotA500() throws Exception {
        long officer = PoliceFixtures.officerOf("75");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Response> racer = QuarkusTransaction.requiringNew().call(() -> {
                // A rival posting, written but not committed: the request's check cannot see it, its insert waits on the constraint.
                entityManager.createNativeQuery("insert into police_posting (officer_id, police_unit_id, province_code, commune_code, position,"
                        + " from_date, decision_ref, created_at, updated_at) values (?1, ?2, '75', ?3, 'OFFICER', date '2025-07-01', 'X', now(), now())")
                        .setParameter(1, officer).setParameter(2, unitA).setParameter(3, communeA).executeUpdate();
                Future<Response> request = pool.submit(() -> createPosting(provinceOfficer("75"), officer,
                        posting(unitB, "DEPUTY", "2026-01-01", null)));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into police_posting%'") == 0) {
                    if (System.nanoTime() > deadline || request.isDone()) {
                        throw new AssertionError("The request never waited on the rival: " + (request.isDone() ? request.get().asString() : "timeout"));
                    }
                }
                return request;
            });
            racer.get(60, TimeUnit.SECONDS).then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("urn:antq:problem:conflict")).body("detail", containsString("one place at a time"));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, count("select count(*) from police_posting where officer_id = " + officer));
        assertEquals(0L, count("select count(*) from audit_event where resource_type = 'police-posting'"
                + " and changes @> '[{\"field\": \"officerId\", \"new\": " + officer + "}]'::jsonb"));
    }

    @Test
    void ofConcurrentOverlappingPostingsExactlyOneWins() throws Exception {
        long officer = PoliceFixtures.officerOf("75");
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Map<String, Object> body = posting(i % 2 == 0 ? unitA : unitB, "OFFICER", "2025-0" + (7 + i % 3) + "-01", null);
                answers.add(pool.submit(() -> {
                    start.await();
                    return createPosting(provinceOfficer("75"), officer, body).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(racers - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, count("select count(*) from police_posting where officer_id = " + officer));
    }

    @Test
    void badInputIs400ProblemJsonAndStoresNothing() {
        long officer = PoliceFixtures.officerOf("75");
        String far = LocalDate.now().plusDays(400).toString();
        expect400(officer, with("policeUnitId", null), "policeUnitId");
        expect400(officer, with("policeUnitId", 0), "policeUnitId");
        expect400(officer, with("policeUnitId", 987654321), "policeUnitId");
        // A unit of another province than the officer's.
        expect400(officer, with("policeUnitId", unit38), "policeUnitId");
        expect400(officer, with("position", "CAPTAIN"), "position");
        expect400(officer, with("position", null), "position");
        expect400(officer, with("fromDate", null), "fromDate");
        // The unit's commune exists from the 2025-07-01 reform on.
        expect400(officer, with("fromDate", "2025-06-30"), "fromDate");
        expect400(officer, with("fromDate", far), "fromDate");
        expect400(officer, with("toDate", "2025-06-30"), "toDate");
        expect400(officer, with("decisionRef", " "), "decisionRef");
        expect400(officer, with("decisionRef", "d".repeat(101)), "decisionRef");
        expect400(officer, with("notes", "n".repeat(2001)), "notes");
        createPosting(admin(), officer, with("officerId", officer)).then().statusCode(400)
                .body("type", equalTo("urn:antq:problem:malformed-request"));
        // An officer born 2008 is 17 in 2025.
        Map<String, Object> young = officer("75", "Trẻ " + PoliceFixtures.tag());
        young.put("birthYear", 2008);
        long minor = createOfficer(admin(), young).then().statusCode(201).extract().jsonPath().getLong("id");
        expect400(minor, with("fromDate", "2025-07-01"), "fromDate");
        assertEquals(0L, count("select count(*) from police_posting where officer_id in (" + officer + ", " + minor + ")"));
        createPosting(admin(), minor, with("fromDate", "2026-01-01")).then().statusCode(201);
        // Unknown officers and officers out of reach read as missing.
        createPosting(admin(), 987654321L, with("fromDate", "2026-01-01")).then().statusCode(404);
        createPosting(provinceOfficer("38"), officer, with("fromDate", "2026-01-01")).then().statusCode(404);
    }

    @Test
    void aTransferClosesOnePostingAndOpensTheNextTogether() {
        long officer = PoliceFixtures.officerOf("75");
        long first = post(officer, unitA, "OFFICER", "2025-07-01", null);
        String key = PoliceFixtures.key();
        Map<String, Object> transfer = transfer(unitB, "DEPUTY", "2026-01-15");
        Response moved = transfer(provinceOfficer("75"), first, "\"0\"", key, transfer);
        moved.then().statusCode(201).header("Location", containsString(PATH + "/")).header("ETag", equalTo("\"0\""))
                .body("closed.id", equalTo((int) first)).body("closed.toDate", equalTo("2026-01-14")).body("closed.version", equalTo(1))
                .body("opened.policeUnitId", equalTo((int) unitB)).body("opened.position", equalTo("DEPUTY"))
                .body("opened.fromDate", equalTo("2026-01-15")).body("opened.toDate", nullValue())
                .body("opened.transferredFromId", equalTo((int) first)).body("opened.decisionRef", equalTo("2077/QĐ-CAT-PX01"));
        long opened = moved.jsonPath().getLong("opened.id");
        // A retry with the same key gets the same answer and moves nothing again (If-Match is stale by now).
        transfer(provinceOfficer("75"), first, "\"0\"", key, transfer).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("opened.id", equalTo((int) opened));
        assertEquals(2L, count("select count(*) from police_posting where officer_id = " + officer));
        given().auth().oauth2(admin()).when().get(PATH + "/" + first).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("toDate", equalTo("2026-01-14"));
        given().auth().oauth2(admin()).queryParam("officer", officer).queryParam("sort", "id").when().get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) first, (int) opened)));
        given().auth().oauth2(admin()).queryParam("resourceType", "police-posting").queryParam("sort", "id")
                .queryParam("resourceId", first).when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "UPDATE")));
        // A promotion within the same unit is a transfer too; the same unit and position is not.
        transfer(provinceOfficer("75"), opened, "\"0\"", PoliceFixtures.key(), transfer(unitB, "DEPUTY", "2026-06-01")).then().statusCode(400)
                .body("errors[0].field", equalTo("position"));
        transfer(provinceOfficer("75"), opened, "\"0\"", PoliceFixtures.key(), transfer(unitB, "CHIEF", "2026-06-01")).then().statusCode(201)
                .body("closed.toDate", equalTo("2026-05-31")).body("opened.position", equalTo("CHIEF"));
        // The posting a transfer started from cannot be deleted while the transfer stands.
        given().auth().oauth2(admin()).header("If-Match", "\"1\"").when().delete(PATH + "/" + first).then().statusCode(409)
                .body("detail", containsString("opened by a transfer from posting " + first));
    }

    @Test
    void aTransferWhoseNewPostingIsRefusedLeavesTheOldPostingAsItWas() {
        long officer = PoliceFixtures.officerOf("75");
        long open = post(officer, unitA, "OFFICER", "2025-07-01", null);
        List<Map<String, Object>> refused = new ArrayList<>();
        refused.add(transfer(unit38, "DEPUTY", "2026-02-01"));
        refused.add(transfer(987654321L, "DEPUTY", "2026-02-01"));
        Map<String, Object> reversed = transfer(unitB, "DEPUTY", "2026-02-01");
        reversed.put("toDate", "2026-01-31");
        refused.add(reversed);
        for (Map<String, Object> body : refused) {
            transfer(provinceOfficer("75"), open, "\"0\"", PoliceFixtures.key(), body).then().statusCode(400)
                    .contentType("application/problem+json");
            expectUnchanged(open, null);
        }
        // A transfer into days the officer already serves elsewhere: the new posting is refused after the old one was
        // cut short in the same transaction, and the cut is undone with it.
        long other = PoliceFixtures.officerOf("75");
        long ending = post(other, unitA, "OFFICER", "2025-07-01", "2026-06-30");
        long later = post(other, unitB, "OFFICER", "2026-07-01", null);
        transfer(provinceOfficer("75"), ending, "\"0\"", PoliceFixtures.key(), transfer(unitB, "DEPUTY", "2026-03-01")).then().statusCode(409)
                .body("detail", containsString("posting " + later));
        expectUnchanged(ending, "2026-06-30");
        assertEquals(2L, count("select count(*) from police_posting where officer_id = " + other));
        assertEquals(0L, count("select count(*) from audit_event where resource_type = 'police-posting' and resource_id in ('" + open + "', '"
                + ending + "') and action = 'UPDATE'"));

        // Preconditions and the posting's own state.
        transfer(provinceOfficer("75"), open, null, PoliceFixtures.key(), transfer(unitB, "DEPUTY", "2026-02-01")).then().statusCode(428);
        transfer(provinceOfficer("75"), open, "\"7\"", PoliceFixtures.key(), transfer(unitB, "DEPUTY", "2026-02-01")).then().statusCode(412)
                .header("ETag", equalTo("\"0\""));
        transfer(provinceOfficer("75"), open, "\"0\"", PoliceFixtures.key(), transfer(unitB, "DEPUTY", "2025-07-01")).then().statusCode(400)
                .body("errors[0].field", equalTo("effectiveFrom"));
        transfer(provinceOfficer("75"), ending, "\"0\"", PoliceFixtures.key(), transfer(unitB, "DEPUTY", "2026-08-01")).then().statusCode(409)
                .body("detail", containsString("ended on 2026-06-30"));
        transfer(communeOfficer("75", communeA), open, "\"0\"", PoliceFixtures.key(), transfer(unitB, "DEPUTY", "2026-02-01")).then()
                .statusCode(403);
        transfer(provinceOfficer("38"), open, "\"0\"", PoliceFixtures.key(), transfer(unitB, "DEPUTY", "2026-02-01")).then().statusCode(404);
        expectUnchanged(open, null);
    }

    @Test
    void ofTwoConcurrentTransfersOfOnePostingOneWins() throws Exception {
        long officer = PoliceFixtures.officerOf("75");
        long open = post(officer, unitA, "OFFICER", "2025-07-01", null);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String day : List.of("2026-02-01", "2026-03-01")) {
                Callable<Integer> call = () -> {
                    start.await();
                    return transfer(provinceOfficer("75"), open, "\"0\"", PoliceFixtures.key(), transfer(unitB, "DEPUTY", day)).statusCode();
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = List.of(answers.get(0).get(60, TimeUnit.SECONDS), answers.get(1).get(60, TimeUnit.SECONDS));
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(1, statuses.stream().filter(s -> s == 409 || s == 412).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2L, count("select count(*) from police_posting where officer_id = " + officer));
        given().auth().oauth2(admin()).when().get(PATH + "/" + open).then().header("ETag", equalTo("\"1\""))
                .body("toDate", anyOf(equalTo("2026-01-31"), equalTo("2026-02-28")));
    }

    @Test
    void communeOfficersReadTheirUnitsPostingsAndSyncDeletions() {
        String since = Instant.now().minusSeconds(60).toString();
        long officer = PoliceFixtures.officerOf("75");
        long here = post(officer, unitA, "CHIEF", "2025-07-01", "2025-12-31");
        long there = post(officer, unitB, "CHIEF", "2026-01-01", null);
        String officerA = communeOfficer("75", communeA);
        String officerB = communeOfficer("75", communeB);
        given().auth().oauth2(officerA).when().get(PATH + "/" + here).then().statusCode(200);
        given().auth().oauth2(officerA).when().get(PATH + "/" + there).then().statusCode(404);
        given().auth().oauth2(officerA).queryParam("officer", officer).when().get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) here)));
        given().auth().oauth2(officerA).when().get("/api/v1/officers/" + officer + "/postings").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) here)));
        given().auth().oauth2(analyst()).queryParam("policeUnit", unitB).queryParam("activeOn", "2026-02-01").queryParam("position", "CHIEF")
                .when().get(PATH).then().statusCode(200).body("items.id", hasItem((int) there)).body("items.id", not(hasItem((int) here)));
        given().auth().oauth2(provinceOfficer("38")).when().get(PATH + "/" + here).then().statusCode(404);
        // Commune officers read postings; the province's police makes them.
        createPosting(officerA, officer, posting(unitA, "OFFICER", "2027-01-01", null)).then().statusCode(403);
        given().auth().oauth2(officerA).header("If-Match", "\"0\"").when().delete(PATH + "/" + here).then().statusCode(403);

        given().auth().oauth2(provinceOfficer("75")).header("If-Match", "\"1\"").when().delete(PATH + "/" + there).then().statusCode(412);
        given().auth().oauth2(provinceOfficer("75")).header("If-Match", "\"0\"").when().delete(PATH + "/" + there).then().statusCode(204);
        given().auth().oauth2(officerB).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("deleted.id", hasItem(String.valueOf(there))).body("items.id", not(hasItem((int) here)));
        given().auth().oauth2(officerA).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("deleted.id", not(hasItem(String.valueOf(there)))).body("items.id", hasItem((int) here));
        given().auth().oauth2(provinceOfficer("38")).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("deleted.id", not(hasItem(String.valueOf(there)))).body("items.id", not(hasItem((int) here)));
        given().auth().oauth2(admin()).when().get(PATH + "/" + there).then().statusCode(404);
    }

    private void expectUnchanged(long postingId, String toDate) {
        given().auth().oauth2(admin()).when().get(PATH + "/" + postingId).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("toDate", equalTo(toDate));
    }

    private void expect409(long officer, Map<String, Object> body, long inTheWay) {
        createPosting(provinceOfficer("75"), officer, body).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("(posting " + inTheWay + ")"));
    }

    private void expect400(long officer, Map<String, Object> body, String field) {
        createPosting(provinceOfficer("75"), officer, body).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = posting(unitA, "OFFICER", "2025-07-01", null);
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> transfer(long unitId, String position, String effectiveFrom) {
        Map<String, Object> body = new HashMap<>();
        body.put("policeUnitId", unitId);
        body.put("position", position);
        body.put("effectiveFrom", effectiveFrom);
        body.put("decisionRef", "2077/QĐ-CAT-PX01");
        return body;
    }

    private static Response transfer(String token, long postingId, String ifMatch, String key, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).header("Idempotency-Key", key);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().post(PATH + "/" + postingId + "/transfers");
    }

    private long count(String sql) {
        return PoliceFixtures.count(entityManager, sql);
    }
}
