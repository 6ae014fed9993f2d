package vn.gov.antq.commons.concurrency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

/** ETags on reads, If-Match on writes, and what happens when two writers race, over HTTP on a real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class OptimisticConcurrencyTest {

    private static final String PATH = "/test-versioned-records";
    private static final String OFFICER = TestTokens.forRole(Roles.PROVINCE_OFFICER);
    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2);

    @Inject
    DataSource dataSource;

    @AfterAll
    static void stopExecutor() {
        EXECUTOR.shutdownNow();
    }

    @Test
    void aReadAnswersAStrongETagThatChangesWithEveryUpdate() {
        Response created = create("Tổ tự quản ấp 1");
        created.then().statusCode(201).header("ETag", "\"0\"").header("Location", containsString(PATH + "/"))
                .body("version", equalTo(0));
        long id = created.jsonPath().getLong("id");

        read(id).then().statusCode(200).header("ETag", "\"0\"").header("Cache-Control", "private, no-cache")
                .body("name", equalTo("Tổ tự quản ấp 1"));
        update(id, "\"0\"", "Tổ tự quản ấp 1 (đổi tên)").then().statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1)).body("name", equalTo("Tổ tự quản ấp 1 (đổi tên)"));
        read(id).then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1));
        update(id, "\"1\"", "Tổ tự quản ấp 1 (lần 2)").then().statusCode(200).header("ETag", "\"2\"");
        assertEquals(new Row("Tổ tự quản ấp 1 (lần 2)", 2), row(id));
    }

    @Test
    void ifNoneMatchWithTheCurrentTagIs304WithoutABody() {
        long id = create("Camera an ninh khu phố 2").jsonPath().getLong("id");
        for (String current : List.of("\"0\"", "W/\"0\"", "\"5\", \"0\"", "*")) {
            given().auth().oauth2(OFFICER).header("If-None-Match", current).when().get(PATH + "/" + id)
                    .then().statusCode(304).header("ETag", "\"0\"").body(emptyString());
        }
        update(id, "\"0\"", "Camera an ninh khu phố 2A").then().statusCode(200);
        given().auth().oauth2(OFFICER).header("If-None-Match", "\"0\"").when().get(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("Camera an ninh khu phố 2A"));
    }

    @Test
    void aChangeWithoutIfMatchIs428AndChangesNothing() {
        long id = create("CLB phòng chống tội phạm").jsonPath().getLong("id");
        problem(given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(input("overwritten"))
                .when().put(PATH + "/" + id), 428, Preconditions.PRECONDITION_REQUIRED_TYPE)
                .body("detail", containsString("If-Match"));
        problem(update(id, "*", "overwritten"), 428, Preconditions.PRECONDITION_REQUIRED_TYPE);
        problem(given().auth().oauth2(OFFICER).when().delete(PATH + "/" + id), 428, Preconditions.PRECONDITION_REQUIRED_TYPE);
        assertEquals(new Row("CLB phòng chống tội phạm", 0), row(id));
        assertEquals(0L, count("select count(*) from tombstone where resource_type = 'versioned-probe' and resource_id = ?", id));
        assertEquals(1L, auditEntries(id), "only the CREATE");
    }

    @Test
    void aStaleIfMatchIs412NamingTheCurrentETagAndChangesNothing() {
        long id = create("Đoạn đường tự quản").jsonPath().getLong("id");
        update(id, "\"0\"", "Đoạn đường tự quản số 1").then().statusCode(200);

        problem(update(id, "\"0\"", "lost update"), 412, Preconditions.PRECONDITION_FAILED_TYPE)
                .header("ETag", "\"1\"")
                .body("detail", containsString("\"1\""));
        problem(update(id, "W/\"1\"", "lost update"), 412, Preconditions.PRECONDITION_FAILED_TYPE);
        problem(given().auth().oauth2(OFFICER).header("If-Match", "\"0\"").when().delete(PATH + "/" + id), 412,
                Preconditions.PRECONDITION_FAILED_TYPE).header("ETag", "\"1\"");
        problem(update(id, "1", "lost update"), 400, "urn:antq:problem:validation-failed")
                .body("errors[0].field", equalTo("If-Match"));

        assertEquals(new Row("Đoạn đường tự quản số 1", 1), row(id));
        assertEquals(2L, auditEntries(id), "CREATE and the one UPDATE");
        assertEquals(0L, count("select count(*) from tombstone where resource_type = 'versioned-probe' and resource_id = ?", id));
        read(id).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void twoUpdatesWithTheSameIfMatchNeverBothSucceed() throws Exception {
        for (int round = 0; round < 5; round++) {
            long id = create("race " + round).jsonPath().getLong("id");
            CountDownLatch start = new CountDownLatch(1);
            List<String> names = List.of("first writer " + round, "second writer " + round);
            List<Future<Response>> calls = new ArrayList<>();
            for (String name : names) {
                calls.add(EXECUTOR.submit(() -> {
                    start.await();
                    return update(id, "\"0\"", name);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            String winner = null;
            for (int i = 0; i < calls.size(); i++) {
                Response response = calls.get(i).get(30, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                if (response.statusCode() == 200) {
                    winner = names.get(i);
                } else {
                    response.then().contentType("application/problem+json");
                }
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one winner: " + statuses);
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 412), "the loser gets 409 or 412: " + statuses);
            assertEquals(new Row(winner, 1), row(id), "the stored record is the winner's, at version 1");
            assertEquals(2L, auditEntries(id), "CREATE and the winner's UPDATE");
        }
    }

    @Test
    void anUpdateThatLosesTheRaceAfterItsCheckIs409AndSavesNothing() throws Exception {
        long id = create("Tổ an ninh nhân dân").jsonPath().getLong("id");
        // Another writer changes the record and holds its lock; our update passes its If-Match check meanwhile (it reads
        // the committed version 0) and then waits at its versioned UPDATE until the other writer commits.
        Response response = whileAnotherWriterHoldsTheRow(id, () -> update(id, "\"0\"", "mine"));
        problem(response, 409, "urn:antq:problem:conflict")
                .body("detail", containsString("Someone else changed this record"))
                .body(not(containsString("versioned_probe")))
                .body(not(containsString("hibernate")))
                .body(not(containsString("Stale")));
        assertEquals(new Row("changed by another writer", 1), row(id));
        assertEquals(1L, auditEntries(id), "the losing UPDATE left no audit entry");
    }

    @Test
    void aDeleteThatLosesTheRaceAtCommitIs409AndLeavesNoTombstone() throws Exception {
        long id = create("Mô hình khu dân cư an toàn").jsonPath().getLong("id");
        // This delete runs its versioned DELETE only at commit: the failure arrives wrapped in the rollback.
        Response response = whileAnotherWriterHoldsTheRow(id,
                () -> given().auth().oauth2(OFFICER).header("If-Match", "\"0\"").when().delete(PATH + "/" + id));
        problem(response, 409, "urn:antq:problem:conflict").body(not(containsString("Rollback")));
        assertEquals(new Row("changed by another writer", 1), row(id));
        assertEquals(0L, count("select count(*) from tombstone where resource_type = 'versioned-probe' and resource_id = ?", id));
        assertEquals(1L, auditEntries(id), "the losing DELETE left no audit entry");
    }

    @Test
    void theOpenApiDocumentDescribesConditionalRequests() {
        String one = "paths.'" + PATH + "/{id}'.";
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(one + "put.responses.keySet()", hasItems("200", "409", "412", "428"))
                .body(one + "put.parameters.find { it.name == 'If-Match' }.required", equalTo(true))
                .body(one + "put.parameters.find { it.name == 'If-Match' }.description", containsString("428"))
                .body(one + "put.responses.'200'.headers.keySet()", hasItems("ETag"))
                .body(one + "put.responses.'412'.content.keySet()", hasItems("application/problem+json"))
                .body(one + "delete.responses.keySet()", hasItems("409", "412", "428"))
                .body(one + "get.parameters.find { it.name == 'If-None-Match' }.description", containsString("304"))
                .body(one + "get.responses.keySet()", hasItems("200", "304"))
                .body(one + "get.responses.'200'.headers.keySet()", hasItems("ETag"))
                .body("paths.'" + PATH + "'.get.parameters.find { it.name == 'updatedSince' }.schema", anyOf(
                        hasEntry("format", "date-time"), hasEntry("$ref", "#/components/schemas/Instant")));
    }

    /**
     * Runs {@code call} while a second connection holds an uncommitted change of the record (name and version 1), and
     * commits that change once the call's own write is waiting for the row lock.
     */
    private Response whileAnotherWriterHoldsTheRow(long id, Callable<Response> call) throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement change = other.prepareStatement(
                    "update versioned_probe set name = 'changed by another writer', version = version + 1, updated_at = now() where id = ?")) {
                change.setLong(1, id);
                assertEquals(1, change.executeUpdate());
            }
            Future<Response> response = EXECUTOR.submit(call);
            awaitAWriterBlockedOnALock();
            other.commit();
            return response.get(30, TimeUnit.SECONDS);
        }
    }

    private void awaitAWriterBlockedOnALock() throws SQLException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        try (Connection observer = dataSource.getConnection();
                PreparedStatement waiting = observer.prepareStatement(
                        "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")) {
            while (true) {
                try (ResultSet rs = waiting.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("the request never reached its write: it did not wait for the row lock");
                }
            }
        }
    }

    private record Row(String name, long version) {
    }

    private Row row(long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select name, version from versioned_probe where id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next(), "row " + id + " exists");
                return new Row(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long auditEntries(long id) {
        return count("select count(*) from audit_event where resource_type = 'versioned-probe' and resource_id = ?", id);
    }

    private long count(String sql, long id) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, String.valueOf(id));
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void behindTheGatewayTheLocationNamesTheAddressTheCallerUsed() {
        // The gateway passes X-Forwarded-Proto/Host/Port on; a client behind it must be sent back to it, not here.
        Response created = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(input("Tổ tự quản ấp 9"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "antq.bocongan.example:8443")
                .header("X-Forwarded-Port", "8443").when().post(PATH);
        created.then().statusCode(201);
        assertEquals("https://antq.bocongan.example:8443" + PATH + "/" + created.jsonPath().getLong("id"), created.header("Location"));
        // Without them, the address this service was called at.
        Response direct = create("Tổ tự quản ấp 10");
        assertTrue(direct.header("Location").startsWith("http://localhost:"), direct.header("Location"));
    }

    private static Response create(String name) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(input(name)).when().post(PATH);
    }

    private static Response read(long id) {
        return given().auth().oauth2(OFFICER).when().get(PATH + "/" + id);
    }

    private static Response update(long id, String ifMatch, String name) {
        return given().auth().oauth2(OFFICER).header("If-Match", ifMatch).contentType(ContentType.JSON).body(input(name))
                .when().put(PATH + "/" + id);
    }

    private static Map<String, Object> input(String name) {
        return Map.of("name", name, "provinceCode", TestTokens.PROVINCE);
    }

    private static ValidatableResponse problem(Response response, int status, String type) {
        return response.then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("type", equalTo(type)).body("requestId", notNullValue())
                .body(not(containsString("Exception")));
    }
}
