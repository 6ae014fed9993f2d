package vn.gov.antq.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import io.restassured.response.Response;
import vn.gov.antq.activities.model.TipStatus;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class TipResourceTest {

    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    private static final String ANALYST = TestTokens.forRole(Roles.MINISTRY_ANALYST);
    private static final String OFFICER_75 = TestTokens.forRole(Roles.PROVINCE_OFFICER);
    private static final String OFFICER_38 = TestTokens.token(Roles.PROVINCE_OFFICER, "38", null);
    private static final String COMMUNE_26068 = TestTokens.forRole(Roles.COMMUNE_OFFICER);
    private static final String INVESTIGATOR_75 = TestTokens.token(Roles.TIP_INVESTIGATOR, "75", null);
    private static final String INVESTIGATOR_38 = TestTokens.token(Roles.TIP_INVESTIGATOR, "38", null);
    private static final String PARTNER = TestTokens.forRole(Roles.PARTNER_SYSTEM);
    private static final String OTHER_COMMUNE_75 = "26041";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void loadCommunes() {
        byte[] csv;
        try (InputStream in = TipResourceTest.class.getResourceAsStream("/communes/tip-communes.csv")) {
            csv = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        given().auth().oauth2(ADMIN).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/communes/imports").then().statusCode(200).body("rejected", equalTo(0));
    }

    @Test
    void theIdentityIsEncryptedAtRestAndNeverInViewsOrAuditDiffs() {
        String phone = "09" + (10000000 + (System.nanoTime() % 80000000));
        Response created = create(OFFICER_75, tip("75", "26068", identity("Trần Thị Bích Ngọc", phone, "075190012345")));
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/tips/"))
                .body("reporterIdentified", equalTo(true))
                .body("status", equalTo("RECEIVED"))
                .body("reporter", nullValue());
        assertFalse(created.asString().contains("Bích Ngọc") || created.asString().contains(phone));
        long id = created.jsonPath().getLong("id");

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select reporter_identity from tip where id = " + id).getSingleResult());
        assertTrue(stored.startsWith("t2:"), "names the key that encrypted it");
        for (String plain : List.of("Trần Thị Bích Ngọc", "Bích Ngọc", phone, "075190012345", "Ấp 3")) {
            assertFalse(stored.contains(plain), "stored identity holds no plaintext: " + plain);
        }
        String row = QuarkusTransaction.requiringNew().call(() -> String.valueOf(entityManager
                .createNativeQuery("select cast(t as text) from tip t where t.id = " + id).getSingleResult()));
        assertFalse(row.contains("Bích Ngọc") || row.contains(phone) || row.contains("075190012345"));

        for (String token : List.of(ADMIN, ANALYST, OFFICER_75, INVESTIGATOR_75, COMMUNE_26068)) {
            String detail = given().auth().oauth2(token).when().get("/api/v1/tips/" + id).then().statusCode(200)
                    .body("reporterIdentified", equalTo(true)).extract().asString();
            assertFalse(detail.contains("Bích Ngọc") || detail.contains(phone), detail);
            String list = given().auth().oauth2(token).when().get("/api/v1/tips").then().statusCode(200).extract().asString();
            assertFalse(list.contains("Bích Ngọc") || list.contains(phone), list);
        }
        String audit = given().auth().oauth2(ADMIN).queryParam("resourceType", "tip").queryParam("resourceId", id)
                .when().get("/api/v1/audit-events").then().statusCode(200).body("items[0].action", equalTo("CREATE")).extract().asString();
        assertFalse(audit.contains("Bích Ngọc") || audit.contains(phone) || audit.contains("075190012345"), audit);
    }

    @Test
    void onlyAnInvestigatorOfTheProvinceRevealsAndEveryRevealIsAudited() {
        String phone = "08" + (10000000 + (System.nanoTime() % 80000000));
        long id = create(OFFICER_75, tip("75", "26068", identity("Lê Văn Hùng", phone, "075088001122"))).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String reason = "Cần liên hệ người báo tin để xác minh địa điểm";

        given().auth().oauth2(INVESTIGATOR_75).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .when().post("/api/v1/tips/" + id + "/identity-reveals").then().statusCode(200)
                .body("tipId", equalTo((int) id))
                .body("reporter.name", equalTo("Lê Văn Hùng"))
                .body("reporter.phone", equalTo(phone))
                .body("reporter.idNumber", equalTo("075088001122"))
                .body("reporter.address", equalTo("Ấp 3, xã Tân Phú"));

        String audit = given().auth().oauth2(ADMIN).queryParam("resourceType", "tip").queryParam("resourceId", id)
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", hasItem("REVEAL_IDENTITY"))
                .extract().asString();
        assertTrue(audit.contains(reason), "the reason is audited");
        assertFalse(audit.contains("Lê Văn Hùng") || audit.contains(phone) || audit.contains("075088001122"), audit);

        // Out of scope: cannot even read the tip.
        revealAs(INVESTIGATOR_38, id, reason).then().statusCode(404);
        // Readers of the tip that are not investigators, and the partner system.
        for (String token : List.of(ADMIN, ANALYST, OFFICER_75, COMMUNE_26068, PARTNER)) {
            revealAs(token, id, reason).then().statusCode(403).contentType("application/problem+json");
        }
        revealAs(INVESTIGATOR_75, id, "too short").then().statusCode(400).body("errors[0].field", containsString("reason"));
        assertEquals(1L, count("select count(*) from audit_event where resource_type = 'tip' and resource_id = '" + id
                + "' and action = 'REVEAL_IDENTITY'"), "refused reveals leave no reveal event");

        long anonymous = create(OFFICER_75, tip("75", null, null)).then().statusCode(201)
                .body("reporterIdentified", equalTo(false)).extract().jsonPath().getLong("id");
        revealAs(INVESTIGATOR_75, anonymous, reason).then().statusCode(409);
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select reporter_identity from tip where id = " + anonymous).getSingleResult()));
    }

    @Test
    void everyIllegalTransitionIs409AndTheHistoryIsDated() {
        long id = create(OFFICER_75, tip("75", "26068", null)).then().statusCode(201).extract().jsonPath().getLong("id");
        List<TipStatus> path = List.of(TipStatus.VERIFYING, TipStatus.VALUABLE, TipStatus.FORWARDED, TipStatus.CLOSED);
        TipStatus current = TipStatus.RECEIVED;
        for (TipStatus next : path) {
            expectIllegalTransitions(id, current);
            change(id, transition(next)).then().statusCode(200).body("status", equalTo(next.name()));
            current = next;
        }
        expectIllegalTransitions(id, TipStatus.CLOSED);
        given().auth().oauth2(ANALYST).when().get("/api/v1/tips/" + id + "/status-changes").then().statusCode(200)
                .body("toStatus", equalTo(List.of("RECEIVED", "VERIFYING", "VALUABLE", "FORWARDED", "CLOSED")))
                .body("[3].forwardedTo", equalTo("Phòng Cảnh sát điều tra tội phạm về ma túy"))
                .body("[1].effectiveAt", equalTo("2025-09-13T01:00:00Z"));
        given().auth().oauth2(ADMIN).when().get("/api/v1/tips/" + id).then().body("forwardedTo", equalTo("Phòng Cảnh sát điều tra tội phạm về ma túy"));
        assertEquals(4L, count("select count(*) from audit_event where resource_type = 'tip' and resource_id = '" + id
                + "' and action = 'STATE_CHANGE'"));

        long other = create(OFFICER_75, tip("75", "26068", null)).then().statusCode(201).extract().jsonPath().getLong("id");
        change(other, transition(TipStatus.VERIFYING)).then().statusCode(200);
        Map<String, Object> withoutReason = transition(TipStatus.NOT_VALUABLE);
        withoutReason.remove("notValuableReason");
        change(other, withoutReason).then().statusCode(400).body("errors[0].field", equalTo("notValuableReason"));
        change(other, transition(TipStatus.NOT_VALUABLE)).then().statusCode(200).body("notValuableReason", equalTo("DUPLICATE"));
        expectIllegalTransitions(other, TipStatus.NOT_VALUABLE);
        change(other, transition(TipStatus.CLOSED)).then().statusCode(200);
    }

    @Test
    void statusChangesNeedTheCurrentETagAndReplayByIdempotencyKey() {
        Response created = create(OFFICER_75, tip("75", "26068", null));
        long id = created.jsonPath().getLong("id");
        String etag = created.header("ETag");
        given().auth().oauth2(OFFICER_75).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(transition(TipStatus.VERIFYING)).when().post("/api/v1/tips/" + id + "/status-changes").then().statusCode(428);
        String key = UUID.randomUUID().toString();
        String next = given().auth().oauth2(OFFICER_75).header("Idempotency-Key", key).header("If-Match", etag).contentType(ContentType.JSON)
                .body(transition(TipStatus.VERIFYING)).when().post("/api/v1/tips/" + id + "/status-changes").then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(OFFICER_75).header("Idempotency-Key", key).header("If-Match", etag).contentType(ContentType.JSON)
                .body(transition(TipStatus.VERIFYING)).when().post("/api/v1/tips/" + id + "/status-changes").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("status", equalTo("VERIFYING"));
        assertEquals(2L, count("select count(*) from tip_status_change where tip_id = " + id));
        given().auth().oauth2(OFFICER_75).header("Idempotency-Key", UUID.randomUUID().toString()).header("If-Match", etag)
                .contentType(ContentType.JSON).body(transition(TipStatus.VALUABLE))
                .when().post("/api/v1/tips/" + id + "/status-changes").then().statusCode(412);
        given().auth().oauth2(OFFICER_75).contentType(ContentType.JSON).body(update(0))
                .when().put("/api/v1/tips/" + id).then().statusCode(428);
        given().auth().oauth2(OFFICER_75).header("If-Match", etag).contentType(ContentType.JSON).body(update(0))
                .when().put("/api/v1/tips/" + id).then().statusCode(412);
        given().auth().oauth2(OFFICER_75).header("If-Match", next).contentType(ContentType.JSON).body(update(0))
                .when().put("/api/v1/tips/" + id).then().statusCode(200).body("summary", equalTo("Đã bổ sung thông tin"));
    }

    @Test
    void outcomesOnlyOnTipsOfValue() {
        long id = create(OFFICER_75, tip("75", "26068", null)).then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(OFFICER_75).header("If-Match", etag(id)).contentType(ContentType.JSON).body(update(2))
                .when().put("/api/v1/tips/" + id).then().statusCode(409);
        change(id, transition(TipStatus.VERIFYING)).then().statusCode(200);
        change(id, transition(TipStatus.VALUABLE)).then().statusCode(200);
        given().auth().oauth2(OFFICER_75).header("If-Match", etag(id)).contentType(ContentType.JSON).body(update(2))
                .when().put("/api/v1/tips/" + id).then().statusCode(200)
                .body("casesSolved", equalTo(2)).body("suspectsArrested", equalTo(3)).body("caseRefs", equalTo(List.of("VA-12/2025")));
        given().auth().oauth2(ADMIN).queryParam("resourceType", "tip").queryParam("resourceId", id)
                .when().get("/api/v1/audit-events").then().statusCode(200).body("items[0].action", equalTo("UPDATE"));
    }

    @Test
    void invalidTipsAre400AndStoreNothing() {
        String marker = "Tin không hợp lệ " + UUID.randomUUID();
        Map<String, Object> legacyProvince = tip("60", null, null);
        Map<String, Object> foreignCommune = tip("75", "14812", null);
        Map<String, Object> badPhone = tip("75", null, identity("Phạm Văn Nam", "not-a-phone", "075190012345"));
        Map<String, Object> noName = tip("75", null, identity(" ", "0912345678", "075190012345"));
        Map<String, Object> noChannel = tip("75", null, null);
        noChannel.remove("channel");
        Map<String, Object> future = tip("75", null, null);
        future.put("receivedAt", "2999-01-01T00:00:00Z");
        Map<String, Object> badCategory = tip("75", null, null);
        badCategory.put("category", "ROBBERY");
        for (Map<String, Object> body : List.of(legacyProvince, foreignCommune, badPhone, noName, noChannel, future, badCategory)) {
            body.put("summary", marker);
            create(ADMIN, body).then().statusCode(400).contentType("application/problem+json");
        }
        assertEquals(0L, count("select count(*) from tip where summary = '" + marker + "'"));
        assertEquals(0L, count("select count(*) from audit_event where cast(changes as text) like '%" + marker + "%'"));
    }

    @Test
    void tipsAreFoundByWordsWithoutDiacriticsWithinTheScope() {
        String marker = "Kho xăng lậu " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = tip("75", "26068", identity("Trần Văn Khoa", "0912345678", "075190088888"));
        body.put("summary", marker + " ở bến Đò Đá, nghi tàng trữ trái phép");
        long id = create(OFFICER_75, body).then().statusCode(201).extract().jsonPath().getLong("id");
        String query = "kho xang lau " + marker.substring(marker.length() - 8);
        given().auth().oauth2(OFFICER_75).queryParam("q", query).when().get("/api/v1/tips").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains((int) id));
        given().auth().oauth2(OFFICER_75).queryParam("q", "BẾN ĐÒ ĐÁ").when().get("/api/v1/tips").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem((int) id));
        // A LIKE wildcard is a literal character, and the reporter's name is never searchable.
        given().auth().oauth2(OFFICER_75).queryParam("q", "%").when().get("/api/v1/tips").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) id)));
        given().auth().oauth2(OFFICER_75).queryParam("q", "Tran Van Khoa").when().get("/api/v1/tips").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) id)));
        // Another province's officer finds nothing of it.
        given().auth().oauth2(OFFICER_38).queryParam("q", query).when().get("/api/v1/tips").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void aRetriedCreateReturnsTheOriginal() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = tip("75", "26068", identity("Đỗ Thị Mai", "0987654321", "075190099999"));
        body.put("summary", "Tin báo " + key);
        long first = given().auth().oauth2(OFFICER_75).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tips").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(OFFICER_75).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tips").then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) first));
        assertEquals(1L, count("select count(*) from tip where summary = 'Tin báo " + key + "'"));
    }

    @Test
    void concurrentRetriesOfOneCreateMakeOneTipAndAllGetTheSameAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = tip("75", "26068", identity("Phan Thị Lan", "0966554433", "075190077777"));
        body.put("summary", "Tin báo gửi lại nhiều lần " + key);
        int clients = 10;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Response> responses = new ArrayList<>();
        try {
            List<Future<Response>> calls = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(OFFICER_75).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                            .when().post("/api/v1/tips");
                }));
            }
            start.countDown();
            for (Future<Response> call : calls) {
                responses.add(call.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        Response original = responses.stream().filter(r -> r.header("Idempotent-Replayed") == null).findFirst().orElseThrow();
        assertEquals(1, responses.stream().filter(r -> r.header("Idempotent-Replayed") == null).count(), "one request ran the write");
        for (Response response : responses) {
            assertEquals(201, response.statusCode(), response.asString());
            assertEquals(original.asString(), response.asString(), "the same body, byte for byte");
            assertEquals(original.header("Location"), response.header("Location"));
            assertEquals(original.header("ETag"), response.header("ETag"));
            if (response != original) {
                assertEquals("true", response.header("Idempotent-Replayed"));
            }
        }
        String summary = "Tin báo gửi lại nhiều lần " + key;
        assertEquals(1L, count("select count(*) from tip where summary = '" + summary + "'"));
        long id = original.jsonPath().getLong("id");
        assertEquals(1L, count("select count(*) from audit_event where resource_type = 'tip' and action = 'CREATE' and resource_id = '" + id + "'"));
        assertEquals(1L, count("select count(*) from tip_status_change where tip_id = " + id));
        assertEquals(1L, count("select count(*) from idempotency_record where idempotency_key = '" + key + "'"));
    }

    @Test
    void eachRoleSeesAndWritesItsScope() {
        long here = create(OFFICER_75, tip("75", "26068", null)).then().statusCode(201).extract().jsonPath().getLong("id");
        long nextDoor = create(OFFICER_75, tip("75", OTHER_COMMUNE_75, null)).then().statusCode(201).extract().jsonPath().getLong("id");
        long elsewhere = create(OFFICER_38, tip("38", "14812", null)).then().statusCode(201).extract().jsonPath().getLong("id");

        given().auth().oauth2(COMMUNE_26068).when().get("/api/v1/tips/" + here).then().statusCode(200);
        given().auth().oauth2(COMMUNE_26068).when().get("/api/v1/tips/" + nextDoor).then().statusCode(404);
        given().auth().oauth2(COMMUNE_26068).queryParam("size", 100).when().get("/api/v1/tips").then().statusCode(200)
                .body("items.communeCode", everyItem(equalTo("26068")));
        given().auth().oauth2(INVESTIGATOR_75).when().get("/api/v1/tips/" + nextDoor).then().statusCode(200);
        given().auth().oauth2(INVESTIGATOR_75).when().get("/api/v1/tips/" + elsewhere).then().statusCode(404);
        given().auth().oauth2(OFFICER_75).queryParam("size", 100).when().get("/api/v1/tips").then().statusCode(200)
                .body("items.provinceCode", everyItem(equalTo("75"))).body("items.id", not(hasItem((int) elsewhere)));
        given().auth().oauth2(OFFICER_75).queryParam("province", "38").when().get("/api/v1/tips").then().statusCode(200)
                .body("items", hasSize(0));
        given().auth().oauth2(ANALYST).when().get("/api/v1/tips/" + elsewhere).then().statusCode(200);
        given().auth().oauth2(ADMIN).queryParam("province", "38").queryParam("channel", "HOTLINE").queryParam("category", "DRUGS")
                .queryParam("status", "RECEIVED").queryParam("from", "2025-09-12").queryParam("to", "2025-09-12").queryParam("size", 100)
                .when().get("/api/v1/tips").then().statusCode(200).body("items.id", hasItem((int) elsewhere))
                .body("items.provinceCode", everyItem(equalTo("38")));
        given().auth().oauth2(ADMIN).queryParam("province", "38").queryParam("from", "2025-09-13")
                .when().get("/api/v1/tips").then().statusCode(200).body("items.id", not(hasItem((int) elsewhere)));
        given().auth().oauth2(PARTNER).when().get("/api/v1/tips").then().statusCode(403);
        given().auth().oauth2(PARTNER).when().get("/api/v1/tips/" + here).then().statusCode(403);

        create(COMMUNE_26068, tip("75", OTHER_COMMUNE_75, null)).then().statusCode(403);
        create(COMMUNE_26068, tip("75", "26068", null)).then().statusCode(201);
        create(OFFICER_38, tip("75", null, null)).then().statusCode(403);
        create(ANALYST, tip("75", null, null)).then().statusCode(403);
        given().auth().oauth2(COMMUNE_26068).header("Idempotency-Key", UUID.randomUUID().toString()).header("If-Match", etag(nextDoor))
                .contentType(ContentType.JSON).body(transition(TipStatus.VERIFYING))
                .when().post("/api/v1/tips/" + nextDoor + "/status-changes").then().statusCode(404);

        given().auth().oauth2(COMMUNE_26068).queryParam("updatedSince", "2020-01-01T00:00:00Z").queryParam("size", 200)
                .when().get("/api/v1/tips/changes").then().statusCode(200)
                .body("items.id", hasItem((int) here)).body("items.id", not(hasItem((int) nextDoor)));
    }

    private void expectIllegalTransitions(long id, TipStatus from) {
        for (TipStatus target : TipStatus.values()) {
            if (!from.canBecome(target)) {
                change(id, transition(target)).then().statusCode(409).contentType("application/problem+json");
            }
        }
    }

    private Response change(long id, Map<String, Object> body) {
        return given().auth().oauth2(OFFICER_75).header("Idempotency-Key", UUID.randomUUID().toString()).header("If-Match", etag(id))
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/tips/" + id + "/status-changes");
    }

    private String etag(long id) {
        return given().auth().oauth2(ADMIN).when().get("/api/v1/tips/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static Response revealAs(String token, long id, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .when().post("/api/v1/tips/" + id + "/identity-reveals");
    }

    private static Response create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tips");
    }

    private static Map<String, Object> transition(TipStatus status) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status.name());
        body.put("effectiveAt", switch (status) {
            case VERIFYING -> "2025-09-13T08:00:00+07:00";
            case VALUABLE, NOT_VALUABLE -> "2025-09-15T08:00:00+07:00";
            case FORWARDED -> "2025-09-16T08:00:00+07:00";
            default -> "2025-09-20T08:00:00+07:00";
        });
        if (status == TipStatus.NOT_VALUABLE) {
            body.put("notValuableReason", "DUPLICATE");
        }
        if (status == TipStatus.FORWARDED) {
            body.put("forwardedTo", "Phòng Cảnh sát điều tra tội phạm về ma túy");
        }
        return body;
    }

    private static Map<String, Object> update(int casesSolved) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "HOTLINE");
        body.put("category", "DRUGS");
        body.put("summary", "Đã bổ sung thông tin");
        body.put("casesSolved", casesSolved);
        body.put("suspectsArrested", casesSolved == 0 ? 0 : 3);
        body.put("caseRefs", casesSolved == 0 ? List.of() : List.of("VA-12/2025"));
        return body;
    }

    private static Map<String, Object> tip(String province, String commune, Map<String, Object> reporter) {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedAt", "2025-09-12T08:30:00+07:00");
        body.put("channel", "HOTLINE");
        body.put("category", "DRUGS");
        body.put("provinceCode", province);
        if (commune != null) {
            body.put("communeCode", commune);
        }
        body.put("summary", "Nghi có nhóm người sử dụng ma túy tại nhà hoang cuối ấp");
        if (reporter != null) {
            body.put("reporter", reporter);
        }
        return body;
    }

    private static Map<String, Object> identity(String name, String phone, String idNumber) {
        Map<String, Object> identity = new HashMap<>();
        identity.put("name", name);
        identity.put("phone", phone);
        identity.put("idNumber", idNumber);
        identity.put("address", "Ấp 3, xã Tân Phú");
        return identity;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
