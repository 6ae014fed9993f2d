package vn.gov.antq.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class OfflineBatchResourceTest {

    private static final String PATH = "/api/v1/offline-batches";
    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    private static final String OFFICER_38 = TestTokens.token(Roles.PROVINCE_OFFICER, TestTokens.OTHER_PROVINCE, null);
    /** Commune officer of 75 / 26068. */
    private static final String COMMUNE_OFFICER = TestTokens.forRole(Roles.COMMUNE_OFFICER);

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void communes() {
        ActivityCommuneFixture.load();
    }

    @Test
    void eachItemSucceedsOrFailsOnItsOwnAndASlipNamesTheActivityOfTheBatch() {
        String run = UUID.randomUUID().toString();
        Map<String, Object> untitled = activityItem("hd-2", run);
        activityOf(untitled).remove("title");
        Map<String, Object> robbery = tipItem("tb-4", run, TestTokens.COMMUNE);
        tipOf(robbery).put("category", "ROBBERY");
        Map<String, Object> coloured = activityItem("hd-3", run);
        activityOf(coloured).put("colour", "đỏ");
        Map<String, Object> identified = tipItem("tb-5", run, TestTokens.COMMUNE);
        tipOf(identified).put("reporter", Map.of("name", "Nguyễn Thị Mơ", "phone", "0909123456"));

        JsonPath answer = upload(COMMUNE_OFFICER, List.of(
                activityItem("hd-1", run),
                slipItem("tb-1", run, "hd-1"),
                tipItem("tb-2", run, ActivityCommuneFixture.OTHER_COMMUNE_75),
                untitled,
                slipItem("tb-3", run, "hd-2"),
                robbery,
                coloured,
                identified)).then().statusCode(200).extract().jsonPath();

        assertEquals(3, answer.getInt("succeeded"));
        assertEquals(5, answer.getInt("failed"));
        assertEquals(List.of("hd-1", "tb-1", "tb-2", "hd-2", "tb-3", "tb-4", "hd-3", "tb-5"), answer.getList("items.clientRef"));
        assertEquals(List.of(201, 201, 403, 400, 424, 400, 400, 201), answer.getList("items.status"));
        assertEquals(List.of("ACTIVITY", "TIP", "TIP", "ACTIVITY", "TIP", "TIP", "ACTIVITY", "TIP"), answer.getList("items.kind"));

        long activityId = answer.getLong("items[0].id");
        assertTrue(answer.getString("items[0].location").endsWith("/api/v1/activities/" + activityId));
        assertEquals("\"0\"", answer.getString("items[0].etag"));
        assertFalse(answer.getBoolean("items[0].replayed"));
        long slipId = answer.getLong("items[1].id");
        assertTrue(answer.getString("items[1].location").endsWith("/api/v1/tips/" + slipId));
        given().auth().oauth2(COMMUNE_OFFICER).when().get("/api/v1/tips/" + slipId).then().statusCode(200)
                .body("activityId", equalTo((int) activityId)).body("channel", equalTo("PROPAGANDA_SESSION_SLIP"));
        given().auth().oauth2(COMMUNE_OFFICER).when().get("/api/v1/activities/" + activityId).then().statusCode(200)
                .header("ETag", "\"0\"").body("title", equalTo("Họp dân ấp Bàu Sen " + run + " hd-1"));
        given().auth().oauth2(ADMIN).when().get("/api/v1/tips/" + answer.getLong("items[7].id")).then().statusCode(200)
                .body("reporterIdentified", equalTo(true));

        // Each failure is the problem its single endpoint answers, with field names relative to the item.
        assertEquals("about:blank", answer.getString("items[2].problem.type"));
        assertTrue(answer.getString("items[2].problem.detail").contains("outside your scope"));
        assertEquals("urn:antq:problem:validation-failed", answer.getString("items[3].problem.type"));
        assertEquals("activity.title", answer.getString("items[3].problem.errors[0].field"));
        assertEquals("Failed Dependency", answer.getString("items[4].problem.title"));
        assertEquals("activityClientRef", answer.getString("items[4].problem.errors[0].field"));
        assertEquals("urn:antq:problem:malformed-request", answer.getString("items[5].problem.type"));
        assertEquals("tip.category", answer.getString("items[5].problem.errors[0].field"));
        assertEquals("activity.colour", answer.getString("items[6].problem.errors[0].field"));
        assertNull(answer.get("items[3].id"));
        assertNotNull(answer.getString("items[3].problem.requestId"));

        // Stored: exactly the three good items, each audited once; nothing of the failed ones.
        assertEquals(1L, count("select count(*) from propaganda_activity where title like '%" + run + "%'"));
        assertEquals(2L, count("select count(*) from tip where summary like '%" + run + "%'"));
        assertEquals(1L, count("select count(*) from audit_event where action = 'CREATE' and resource_type = 'propaganda-activity' "
                + "and resource_id = '" + activityId + "'"));
        assertEquals(0L, count("select count(*) from audit_event where cast(changes as text) like '%" + run + " tb-2%'"));
    }

    @Test
    void resendingABatchCreatesNothingTwiceAndReplaysEachItemsResult() {
        String run = UUID.randomUUID().toString();
        Map<String, Object> broken = tipItem("tb-2", run, TestTokens.COMMUNE);
        tipOf(broken).put("communeCode", TestTokens.OTHER_COMMUNE);
        List<Map<String, Object>> items = List.of(activityItem("hd-1", run), slipItem("tb-1", run, "hd-1"), broken);

        JsonPath first = upload(COMMUNE_OFFICER, items).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(201, 201, 400), first.getList("items.status"));
        JsonPath again = upload(COMMUNE_OFFICER, items).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(201, 201, 400), again.getList("items.status"));
        assertEquals(List.of(true, true, false), again.getList("items.replayed"));
        for (String field : List.of("id", "location", "etag")) {
            assertEquals(first.getList("items." + field), again.getList("items." + field), field);
        }
        assertEquals(1L, count("select count(*) from propaganda_activity where title like '%" + run + "%'"));
        assertEquals(1L, count("select count(*) from tip where summary like '%" + run + "%'"));

        // The failed item was not remembered: corrected, under its key, it is stored now; the others still replay.
        tipOf(broken).put("communeCode", TestTokens.COMMUNE);
        JsonPath corrected = upload(COMMUNE_OFFICER, items).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(201, 201, 201), corrected.getList("items.status"));
        assertEquals(List.of(true, true, false), corrected.getList("items.replayed"));
        assertEquals(2L, count("select count(*) from tip where summary like '%" + run + "%'"));

        // A key reused for other content fails that item with 422, naming the item's key.
        Map<String, Object> changed = activityItem("hd-1", run);
        activityOf(changed).put("participants", 120);
        upload(COMMUNE_OFFICER, List.of(changed)).then().statusCode(200)
                .body("items[0].status", equalTo(422))
                .body("items[0].problem.type", equalTo("urn:antq:problem:idempotency-key-reused"))
                .body("items[0].problem.errors[0].field", equalTo("idempotencyKey"));
        given().auth().oauth2(COMMUNE_OFFICER).when().get("/api/v1/activities/" + first.getLong("items[0].id")).then()
                .body("participants", equalTo(85));

        // Item keys live apart from Idempotency-Key headers: the same value on a single create is a new request.
        Map<String, Object> single = tipOf(tipItem("tb-9", run, TestTokens.COMMUNE));
        Response direct = given().auth().oauth2(COMMUNE_OFFICER).header("Idempotency-Key", items.get(0).get("idempotencyKey"))
                .contentType(ContentType.JSON).body(single).when().post("/api/v1/tips");
        direct.then().statusCode(201);
        assertNull(direct.header("Idempotent-Replayed"));
        // And other callers' keys are theirs: the same batch from the ministry is stored again.
        upload(ADMIN, List.of(activityItem("hd-1", run))).then().statusCode(200)
                .body("items[0].status", equalTo(201)).body("items[0].replayed", equalTo(false));
    }

    @Test
    void concurrentResendsOfOneBatchStoreEachItemOnceAndAgreeOnTheResults() throws Exception {
        String run = UUID.randomUUID().toString();
        List<Map<String, Object>> items = List.of(activityItem("hd-1", run), slipItem("tb-1", run, "hd-1"),
                tipItem("tb-2", run, TestTokens.COMMUNE));
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<JsonPath> answers = new ArrayList<>();
        try {
            List<Future<Response>> calls = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return upload(COMMUNE_OFFICER, items);
                }));
            }
            start.countDown();
            for (Future<Response> call : calls) {
                Response response = call.get(120, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode(), response.asString());
                answers.add(response.jsonPath());
            }
        } finally {
            pool.shutdownNow();
        }
        for (JsonPath answer : answers) {
            assertEquals(List.of(201, 201, 201), answer.getList("items.status"));
            assertEquals(answers.get(0).getList("items.id"), answer.getList("items.id"));
            assertEquals(answers.get(0).getList("items.etag"), answer.getList("items.etag"));
        }
        for (int item = 0; item < items.size(); item++) {
            int index = item;
            long firstRuns = answers.stream().filter(a -> !a.getBoolean("items[" + index + "].replayed")).count();
            assertEquals(1, firstRuns, "item " + item + " was created by exactly one of the requests");
        }
        assertEquals(1L, count("select count(*) from propaganda_activity where title like '%" + run + "%'"));
        assertEquals(2L, count("select count(*) from tip where summary like '%" + run + "%'"));
        assertEquals(1L, count("select count(*) from tip where summary like '%" + run + "%' and activity_id = "
                + answers.get(0).getLong("items[0].id")));
    }

    @Test
    void aMalformedBatchIs400AndStoresNothing() {
        String run = UUID.randomUUID().toString();
        given().auth().oauth2(COMMUNE_OFFICER).contentType(ContentType.JSON).body("[]").when().post(PATH).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(COMMUNE_OFFICER).contentType(ContentType.JSON).body("{\"items\": {\"clientRef\": \"a\"}}").when().post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("items"));
        given().auth().oauth2(COMMUNE_OFFICER).contentType(ContentType.JSON).body(Map.of("items", List.of(activityItem("hd-1", run)),
                "atomic", true)).when().post(PATH).then().statusCode(400).body("errors[0].field", equalTo("atomic"));
        expect400(List.of(), "items", "must hold 1 to 100 items");

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            tooMany.add(tipItem("tb-" + i, run, TestTokens.COMMUNE));
        }
        expect400(tooMany, "items", "holds 101 items; a batch holds at most 100");

        Map<String, Object> twin = tipItem("tb-1", run, TestTokens.COMMUNE);
        twin.put("idempotencyKey", UUID.randomUUID().toString());
        expect400(List.of(activityItem("hd-1", run), tipItem("tb-1", run, TestTokens.COMMUNE), twin), "items[2].clientRef",
                "repeats the clientRef of items[1]");
        Map<String, Object> keyless = tipItem("tb-2", run, TestTokens.COMMUNE);
        keyless.remove("idempotencyKey");
        expect400(List.of(activityItem("hd-1", run), keyless), "items[1].idempotencyKey", "is required");
        Map<String, Object> sameKey = tipItem("tb-2", run, TestTokens.COMMUNE);
        sameKey.put("idempotencyKey", "hd-1 " + run);
        expect400(List.of(activityItem("hd-1", run), sameKey), "items[1].idempotencyKey", "repeats the key of items[0]");
        Map<String, Object> both = activityItem("hd-2", run);
        both.put("tip", tipOf(tipItem("tb-3", run, TestTokens.COMMUNE)));
        expect400(List.of(activityItem("hd-1", run), both), "items[1]", "exactly one of activity and tip");
        expect400(List.of(slipItem("tb-1", run, "hd-1"), activityItem("hd-1", run)), "items[0].activityClientRef",
                "names no activity item before this one");
        expect400(List.of(tipItem("tb-1", run, TestTokens.COMMUNE), slipItem("tb-2", run, "tb-1")), "items[1].activityClientRef",
                "names no activity item before this one");
        Map<String, Object> misspelt = activityItem("hd-1", run);
        misspelt.put("activty", misspelt.remove("activity"));
        given().auth().oauth2(COMMUNE_OFFICER).contentType(ContentType.JSON).body(Map.of("items", List.of(misspelt)))
                .when().post(PATH).then().statusCode(400).body("errors[0].field", equalTo("items[0].activty"));

        assertEquals(0L, count("select count(*) from propaganda_activity where title like '%" + run + "%'"));
        assertEquals(0L, count("select count(*) from tip where summary like '%" + run + "%'"));
        assertEquals(0L, count("select count(*) from audit_event where cast(changes as text) like '%" + run + "%'"));
    }

    @Test
    void itemsObeyTheScopeOfTheCaller() {
        String run = UUID.randomUUID().toString();
        upload(OFFICER_38, List.of(activityItem("hd-1", run), tipItem("tb-1", run, TestTokens.COMMUNE))).then().statusCode(200)
                .body("succeeded", equalTo(0)).body("items.status", equalTo(List.of(403, 403)));
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ANALYST)).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(activityItem("hd-1", run)))).when().post(PATH).then().statusCode(403);
        assertEquals(0L, count("select count(*) from propaganda_activity where title like '%" + run + "%'"));
        assertEquals(0L, count("select count(*) from tip where summary like '%" + run + "%'"));
    }

    @Test
    void theOperationIsDocumentedWithAVietnameseExample() {
        String document = given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        assertTrue(document.contains("Họp dân ấp Bàu Sen về phòng, chống ma túy"), "the request example");
        given().accept("application/json").when().get("/q/openapi").then()
                .body("paths.'/api/v1/offline-batches'.post.operationId", equalTo("uploadOfflineBatch"))
                .body("paths.'/api/v1/offline-batches'.post.responses.keySet()", hasItem("400"))
                .body("paths.'/api/v1/offline-batches'.post.description", containsString("replayed: true"));
    }

    private void expect400(List<Map<String, Object>> items, String field, String message) {
        upload(COMMUNE_OFFICER, items).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("nothing was stored"))
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", containsString(message));
    }

    private static Response upload(String token, List<Map<String, Object>> items) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("items", items)).when().post(PATH);
    }

    private static Map<String, Object> activityItem(String clientRef, String run) {
        Map<String, Object> activity = PropagandaActivityResourceTest.activity(TestTokens.COMMUNE, "Họp dân ấp Bàu Sen " + run + " " + clientRef);
        activity.put("heldOn", "2025-09-12");
        activity.put("topics", List.of("DRUGS"));
        return item(clientRef, run, "activity", activity);
    }

    private static Map<String, Object> tipItem(String clientRef, String run, String commune) {
        Map<String, Object> tip = new HashMap<>();
        tip.put("receivedAt", "2025-09-13T07:40:00+07:00");
        tip.put("channel", "IN_PERSON");
        tip.put("category", "THEFT");
        tip.put("provinceCode", "75");
        tip.put("communeCode", commune);
        tip.put("summary", "Người dân trình báo mất trộm xe máy " + run + " " + clientRef);
        return item(clientRef, run, "tip", tip);
    }

    private static Map<String, Object> slipItem(String clientRef, String run, String activityClientRef) {
        Map<String, Object> item = tipItem(clientRef, run, TestTokens.COMMUNE);
        tipOf(item).put("channel", "PROPAGANDA_SESSION_SLIP");
        tipOf(item).put("receivedAt", "2025-09-12T20:15:00+07:00");
        item.put("activityClientRef", activityClientRef);
        return item;
    }

    private static Map<String, Object> item(String clientRef, String run, String kind, Map<String, Object> payload) {
        Map<String, Object> item = new HashMap<>();
        item.put("clientRef", clientRef);
        // Keys derived from the run and the reference, so a resent item carries the same key.
        item.put("idempotencyKey", clientRef + " " + run);
        item.put(kind, payload);
        return item;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> activityOf(Map<String, Object> item) {
        return (Map<String, Object>) item.get("activity");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tipOf(Map<String, Object> item) {
        return (Map<String, Object>) item.get("tip");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
