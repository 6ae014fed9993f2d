package vn.gov.antq.commons.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

/** Idempotent POSTs over HTTP, through a test-only create endpoint that uses the mechanism as domain services do. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class IdempotentRequestsTest {

    private static final String PATH = "/test-idempotent-records";
    private static final String OFFICER = TestTokens.forRole(Roles.PROVINCE_OFFICER);
    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    private static final String OFFICER_SUBJECT = "test-" + Roles.PROVINCE_OFFICER.toLowerCase();

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    IdempotencyConfig config;

    @Inject
    ProbeWriteControl control;

    @Inject
    Scheduler scheduler;

    @TestHTTPResource(PATH)
    URI endpoint;

    @Test
    void aReplayGetsTheOriginalResponseAndCreatesNothing() {
        String key = newKey();
        String name = uniqueName();
        Response first = post(OFFICER, key, "{\"name\":\"" + name + "\",\"provinceCode\":\"75\"}");
        first.then().statusCode(201).contentType(ContentType.JSON).body("name", equalTo(name)).body("provinceCode", equalTo("75"));
        long id = first.jsonPath().getLong("id");
        assertTrue(first.header("Location").endsWith(PATH + "/" + id), first.header("Location"));
        assertEquals("\"v1-" + id + "\"", first.header("ETag"));
        assertNull(first.header(IdempotencyKey.REPLAYED_HEADER), "a first execution is not a replay");

        // Same content with other whitespace and property order is the same request.
        Response replay = post(OFFICER, key, "{ \"provinceCode\": \"75\",\n  \"name\": \"" + name + "\" }");
        replay.then().statusCode(201).contentType(ContentType.JSON).header(IdempotencyKey.REPLAYED_HEADER, "true");
        assertEquals(first.asString(), replay.asString());
        assertEquals(first.header("Location"), replay.header("Location"));
        assertEquals(first.header("ETag"), replay.header("ETag"));

        assertEquals(1, rowsNamed(name));
        assertEquals(1, auditEntriesFor(id), "the replay is not audited as a second write");
        assertEquals(1, count("select count(*) from idempotency_record where idempotency_key = ?1 and response_status = 201", key));
    }

    @Test
    void theSameKeyForADifferentRequestIs422AndStoresNothing() {
        String key = newKey();
        String name = uniqueName();
        String original = post(OFFICER, key, body(name)).then().statusCode(201).extract().asString();
        String fingerprint = fingerprintOf(OFFICER_SUBJECT, key);

        String other = uniqueName();
        post(OFFICER, key, body(other)).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:antq:problem:idempotency-key-reused"))
                .body("status", equalTo(422))
                .body("detail", containsString("already used for a different request"))
                .body("errors[0].field", equalTo(IdempotencyKey.HEADER))
                .body("instance", equalTo(PATH));
        // Another path (here: a query string) with the same key and body is another request too.
        request(OFFICER, key).body(body(name)).when().post(PATH + "?variant=2").then().statusCode(422);

        assertEquals(0, rowsNamed(other));
        assertEquals(1, rowsNamed(name));
        assertEquals(fingerprint, fingerprintOf(OFFICER_SUBJECT, key), "the record is unchanged");
        post(OFFICER, key, body(name)).then().statusCode(201).header(IdempotencyKey.REPLAYED_HEADER, "true")
                .body(equalTo(original));
    }

    @Test
    void aMissingOrEmptyKeyIs400NamingTheHeader() {
        String name = uniqueName();
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body(name)).when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:antq:problem:validation-failed"))
                .body("errors[0].field", equalTo(IdempotencyKey.HEADER))
                .body("errors[0].message", containsString("header is required"));
        post(OFFICER, "", body(name)).then().statusCode(400)
                .body("errors[0].field", equalTo(IdempotencyKey.HEADER))
                .body("errors[0].message", containsString("header is required"));
        assertEquals(0, rowsNamed(name));
    }

    @Test
    void aMalformedKeyIs400AndALongestValidOneIsAccepted() {
        String name = uniqueName();
        for (String bad : List.of("k".repeat(IdempotencyKey.MAX_LENGTH + 1), "khóa-" + UUID.randomUUID())) {
            post(OFFICER, bad, body(name)).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(IdempotencyKey.HEADER))
                    .body("errors[0].message", equalTo("must be 1 to 200 printable ASCII characters"));
        }
        assertEquals(0, rowsNamed(name));
        assertEquals(0, count("select count(*) from idempotency_record where length(idempotency_key) > 200"));

        String longest = UUID.randomUUID() + "~".repeat(IdempotencyKey.MAX_LENGTH - 36);
        post(OFFICER, longest, body(name)).then().statusCode(201);
        assertEquals(1, rowsNamed(name));
    }

    @Test
    void keysArePerCaller() {
        String key = newKey();
        String name = uniqueName();
        Response officer = post(OFFICER, key, body(name));
        Response admin = post(ADMIN, key, body(name));
        officer.then().statusCode(201);
        admin.then().statusCode(201);
        assertNull(admin.header(IdempotencyKey.REPLAYED_HEADER));
        assertNotEquals(officer.jsonPath().getLong("id"), admin.jsonPath().getLong("id"));
        assertEquals(2, rowsNamed(name));
        assertEquals(2, count("select count(distinct subject) from idempotency_record where idempotency_key = ?1", key));
        // And each caller gets its own response back.
        post(ADMIN, key, body(name)).then().statusCode(201).header(IdempotencyKey.REPLAYED_HEADER, "true")
                .body("id", equalTo(admin.jsonPath().getInt("id")));
    }

    @Test
    void aFailedWriteLeavesNoRecordAndARetryRunsAgain() {
        String key = newKey();
        String name = uniqueName();
        long auditBefore = count("select count(*) from audit_event where resource_type = 'idempotency-probe'");
        control.failNextWrite();
        post(OFFICER, key, body(name)).then().statusCode(500).contentType("application/problem+json");
        assertEquals(0, rowsNamed(name));
        assertEquals(0, count("select count(*) from idempotency_record where idempotency_key = ?1", key));
        assertEquals(auditBefore, count("select count(*) from audit_event where resource_type = 'idempotency-probe'"));

        Response retry = post(OFFICER, key, body(name));
        retry.then().statusCode(201).body("name", equalTo(name));
        assertNull(retry.header(IdempotencyKey.REPLAYED_HEADER), "the retry ran the write");
        assertEquals(1, rowsNamed(name));
        post(OFFICER, key, body(name)).then().statusCode(201).header(IdempotencyKey.REPLAYED_HEADER, "true")
                .body(equalTo(retry.asString()));
    }

    @Test
    void anErrorResponseIsNotRememberedSoARetryRunsAgain() {
        String key = newKey();
        String name = uniqueName();
        control.refuseNextWrite();
        post(OFFICER, key, body(name)).then().statusCode(409);
        assertEquals(0, count("select count(*) from idempotency_record where idempotency_key = ?1", key));

        Response retry = post(OFFICER, key, body(name));
        retry.then().statusCode(201);
        assertNull(retry.header(IdempotencyKey.REPLAYED_HEADER), "the retry ran the write");
        assertEquals(1, rowsNamed(name));
    }

    @Test
    void concurrentIdenticalRequestsWriteOnceAndAllGetTheSameResponse() throws Exception {
        int clients = 16;
        String key = newKey();
        String name = uniqueName();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + OFFICER).header("Content-Type", "application/json")
                .header(IdempotencyKey.HEADER, key).POST(HttpRequest.BodyPublishers.ofString(body(name))).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        // The write that runs first waits until every request is in flight, so the others meet its uncommitted key.
        control.holdWritesUntilArrived(clients);
        List<HttpResponse<String>> responses = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get(90, TimeUnit.SECONDS));
            }
        } finally {
            control.release();
            pool.shutdownNow();
        }

        assertEquals(Set.of(201), responses.stream().map(HttpResponse::statusCode).collect(Collectors.toSet()),
                () -> responses.stream().map(HttpResponse::body).toList().toString());
        assertEquals(1, responses.stream().map(HttpResponse::body).distinct().count(), "every client got the same body");
        assertEquals(1, responses.stream().map(r -> r.headers().firstValue("Location").orElse("")).distinct().count());
        assertEquals(clients - 1, responses.stream()
                .filter(r -> r.headers().firstValue(IdempotencyKey.REPLAYED_HEADER).isPresent()).count(),
                "all but the one that wrote got the replay");
        assertEquals(1, rowsNamed(name));
        assertEquals(1, count("select count(*) from idempotency_record where idempotency_key = ?1", key));
    }

    @Test
    void anExpiredKeyMayBeUsedForANewRequest() {
        String key = newKey();
        String before = uniqueName();
        long firstId = post(OFFICER, key, body(before)).then().statusCode(201).extract().jsonPath().getLong("id");
        age(key);

        String after = uniqueName();
        Response reused = post(OFFICER, key, body(after));
        reused.then().statusCode(201).body("name", equalTo(after));
        assertNull(reused.header(IdempotencyKey.REPLAYED_HEADER));
        assertNotEquals(firstId, reused.jsonPath().getLong("id"));
        assertEquals(1, rowsNamed(before));
        assertEquals(1, rowsNamed(after));
        assertEquals(1, count("select count(*) from idempotency_record where idempotency_key = ?1", key));
        post(OFFICER, key, body(after)).then().statusCode(201).header(IdempotencyKey.REPLAYED_HEADER, "true")
                .body(equalTo(reused.asString()));
    }

    @Test
    void thePurgeDeletesExpiredRecordsOnly() {
        String expired = newKey();
        String fresh = newKey();
        post(OFFICER, expired, body(uniqueName())).then().statusCode(201);
        post(OFFICER, fresh, body(uniqueName())).then().statusCode(201);
        age(expired);

        assertTrue(idempotentRequests.purgeExpired() >= 1);
        assertEquals(0, count("select count(*) from idempotency_record where idempotency_key = ?1", expired));
        assertEquals(1, count("select count(*) from idempotency_record where idempotency_key = ?1", fresh));
        assertNotNull(scheduler.getScheduledJob("idempotency-record-purge"), "the purge runs on a schedule");
    }

    @Test
    void theMechanismRefusesToRunOutsideATransaction() {
        AtomicBoolean ran = new AtomicBoolean();
        assertThrows(TransactionalException.class, () -> idempotentRequests.once(newKey(), null, () -> {
            ran.set(true);
            return jakarta.ws.rs.core.Response.status(Status.CREATED).build();
        }));
        assertFalse(ran.get());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentDescribesTheHeaderAndItsErrors() {
        Map<String, Object> operation = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths.'" + PATH + "'.post");
        Map<String, Object> header = ((List<Map<String, Object>>) operation.get("parameters")).stream()
                .filter(p -> IdempotencyKey.HEADER.equals(p.get("name"))).findFirst().orElseThrow();
        assertEquals("header", header.get("in"));
        assertEquals(Boolean.TRUE, header.get("required"));
        assertEquals(IdempotencyKey.MAX_LENGTH, ((Map<String, Object>) header.get("schema")).get("maxLength"));
        Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
        assertTrue(String.valueOf(responses.get("422")).contains("application/problem+json"), String.valueOf(responses.get("422")));
        assertTrue(String.valueOf(responses.get("400")).contains("application/problem+json"), String.valueOf(responses.get("400")));
        assertTrue(String.valueOf(((Map<String, Object>) responses.get("400")).get("description")).contains(IdempotencyKey.HEADER));
        assertTrue(((Map<String, Object>) ((Map<String, Object>) responses.get("201")).get("headers"))
                .containsKey(IdempotencyKey.REPLAYED_HEADER));
    }

    @Test
    void aScopedKeyNeverMeetsAHeaderKeyAndReplaysWithinItsScope() {
        String key = newKey();
        String name = uniqueName();
        Response header = post(OFFICER, key, body(name));
        header.then().statusCode(201);
        // The same key as an item key is another key: a new write, not a replay nor a 422.
        Response scoped = postScoped(OFFICER, key, body(name));
        scoped.then().statusCode(201);
        assertNull(scoped.header(IdempotencyKey.REPLAYED_HEADER));
        assertNotEquals(header.jsonPath().getLong("id"), scoped.jsonPath().getLong("id"));
        postScoped(OFFICER, key, body(name)).then().statusCode(201).header(IdempotencyKey.REPLAYED_HEADER, "true")
                .body(equalTo(scoped.asString()));
        assertEquals(2, rowsNamed(name));
        // Stored under the scope and a digest of the key, which no header key can equal.
        assertEquals(1, count("select count(*) from idempotency_record where idempotency_key like ?1", "probe-item\u241F%"));
        assertEquals(0, count("select count(*) from idempotency_record where idempotency_key like ?1", "%\u241F" + key));

        postScoped(OFFICER, key, body(uniqueName())).then().statusCode(422)
                .body("errors[0].field", equalTo("itemKey")).body("detail", containsString("itemKey '" + key + "' was already used"));
        postScoped(OFFICER, "khóa", body(uniqueName())).then().statusCode(400).body("errors[0].field", equalTo("itemKey"));
        // A key of the longest length a header allows still fits once scoped.
        String longest = "~".repeat(IdempotencyKey.MAX_LENGTH);
        postScoped(OFFICER, longest, body(uniqueName())).then().statusCode(201);
    }

    private Response postScoped(String token, String key, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header(IdempotencyProbeResource.ITEM_KEY, key).body(body)
                .when().post(PATH + "/scoped");
    }

    private RequestSpecification request(String token, String key) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header(IdempotencyKey.HEADER, key);
    }

    private Response post(String token, String key, String body) {
        return request(token, key).body(body).when().post(PATH);
    }

    private static String body(String name) {
        return "{\"name\":\"" + name + "\",\"provinceCode\":\"" + TestTokens.PROVINCE + "\"}";
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static String uniqueName() {
        return "probe-" + UUID.randomUUID();
    }

    /** Makes the key's record older than the retention period. */
    private void age(String key) {
        long seconds = config.retention().plusMinutes(1).toSeconds();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update idempotency_record set created_at = created_at - ?1 * interval '1 second' where idempotency_key = ?2")
                .setParameter(1, seconds).setParameter(2, key).executeUpdate());
    }

    private long rowsNamed(String name) {
        return count("select count(*) from idempotency_probe where name = ?1", name);
    }

    private long auditEntriesFor(long id) {
        return count("select count(*) from audit_event where resource_type = 'idempotency-probe' and resource_id = ?1",
                String.valueOf(id));
    }

    private String fingerprintOf(String subject, String key) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select request_fingerprint from idempotency_record where subject = ?1 and idempotency_key = ?2")
                .setParameter(1, subject).setParameter(2, key).getSingleResult());
    }

    private long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
