package vn.gov.antq.commons.sync;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

/** Delta queries (updatedSince): changes and deletions since a watermark, within the caller's scope, never missing one. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class DeltaSyncTest {

    private static final String PATH = "/test-versioned-records";
    private static final Duration SAFETY_WINDOW = Duration.ofSeconds(5);
    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    private static final String PROVINCE_OFFICER = TestTokens.forRole(Roles.PROVINCE_OFFICER);
    private static final String COMMUNE_OFFICER = TestTokens.forRole(Roles.COMMUNE_OFFICER);

    @Inject
    DataSource dataSource;

    @Test
    void aDeltaHoldsExactlyTheChangesAndDeletionsSinceTheWatermarkWithinTheCallersScope() {
        long a = create("A", "75", null);
        long b = create("B", "75", null);
        long c = create("C", "75", null);
        long f = create("F", "75", TestTokens.COMMUNE);
        long h = create("H", "75", TestTokens.COMMUNE);
        long e = create("E", "38", null);
        long x = create("X", "38", null);
        // Everything so far happened a minute ago, so the watermarks below (a few seconds before now) lie after it.
        execute("update versioned_probe set updated_at = updated_at - interval '1 minute'");
        execute("update tombstone set deleted_at = deleted_at - interval '1 minute'");

        Instant provinceMark = fullSync(PROVINCE_OFFICER, "75", null);
        Instant communeMark = fullSync(COMMUNE_OFFICER, "75", TestTokens.COMMUNE);
        Instant nationalMark = fullSync(ADMIN, null, null);

        update(a, "A2");
        delete(b);
        long g = create("G", "75", null);
        update(f, "F2");
        delete(h);
        update(e, "E2");
        delete(x);

        JsonPath province = delta(PROVINCE_OFFICER, provinceMark, 200);
        assertEquals(ids(a, g, f), idSet(province, "items.id"));
        assertEquals(ids(b, h), idSet(province, "deleted.id"), "a province officer of 75 never learns of deletions in 38");
        assertEquals(List.of("A2", "G", "F2"), province.getList("items.name"), "oldest change first");
        assertEquals(1, province.getInt("items.find { it.name == 'A2' }.version"), "items carry their version (next If-Match)");
        assertFalse(province.getBoolean("more"));

        JsonPath commune = delta(COMMUNE_OFFICER, communeMark, 200);
        assertEquals(ids(f), idSet(commune, "items.id"));
        assertEquals(ids(h), idSet(commune, "deleted.id"));

        JsonPath national = delta(ADMIN, nationalMark, 200);
        assertEquals(ids(a, g, f, e), idSet(national, "items.id"));
        assertEquals(ids(b, h, x), idSet(national, "deleted.id"));
        for (String deletedAt : national.<String>getList("deleted.deletedAt")) {
            assertTrue(Instant.parse(deletedAt).isAfter(nationalMark));
        }
        assertFalse(idSet(national, "items.id").contains(String.valueOf(c)), "unchanged records are not sent again");
    }

    @Test
    void theWatermarkLiesASafetyWindowBeforeTheQuerySoRecentChangesComeAgain() {
        long id = create("recent", "75", null);
        Instant before = Instant.now();
        JsonPath first = delta(ADMIN, before.minusSeconds(10), 200);
        Instant after = Instant.now();
        assertFalse(first.getBoolean("more"));
        Instant syncedTo = Instant.parse(first.getString("syncedTo"));
        assertFalse(syncedTo.isBefore(before.minus(SAFETY_WINDOW)), syncedTo + " vs " + before);
        assertFalse(syncedTo.isAfter(after.minus(SAFETY_WINDOW)), syncedTo + " vs " + after);
        assertTrue(idSet(first, "items.id").contains(String.valueOf(id)));
        // Changed within the window before the query: the next delta sends it again rather than risk missing it.
        assertTrue(idSet(delta(ADMIN, syncedTo, 200), "items.id").contains(String.valueOf(id)));
    }

    @Test
    void aWriteStampedBeforeTheQueryButCommittedAfterItIsNotMissed() throws SQLException {
        long id = create("before the late write", "75", null);
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            Instant stamp = Instant.now().truncatedTo(ChronoUnit.MICROS);
            try (PreparedStatement change = writer.prepareStatement(
                    "update versioned_probe set name = 'late', version = version + 1, updated_at = ? where id = ?")) {
                change.setObject(1, OffsetDateTime.ofInstant(stamp, ZoneOffset.UTC));
                change.setLong(2, id);
                assertEquals(1, change.executeUpdate());
            }
            Instant queried = Instant.now();
            assertTrue(stamp.isBefore(queried), "stamped before the query runs");
            JsonPath during = delta(ADMIN, stamp.minusSeconds(30), 200);
            assertFalse(during.getList("items.name").contains("late"), "not committed yet, so invisible");
            Instant syncedTo = Instant.parse(during.getString("syncedTo"));
            assertTrue(syncedTo.isBefore(stamp), "a watermark at the query time would lie after the stamp and skip the write");
            writer.commit();

            JsonPath next = delta(ADMIN, syncedTo, 200);
            assertEquals("late", next.getString("items.find { it.id == " + id + " }.name"));
            assertEquals(1, next.getInt("items.find { it.id == " + id + " }.version"));
        }
    }

    @Test
    void pagesFollowTheWatermarkAndNeverSplitRecordsChangedAtTheSameInstant() {
        String commune = "99201";
        String token = TestTokens.token(Roles.COMMUNE_OFFICER, "75", commune);
        List<Long> rows = new ArrayList<>();
        for (String name : List.of("r1", "r2", "r3", "r4", "r5")) {
            rows.add(create(name, "75", commune));
        }
        Instant base = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MICROS);
        setUpdatedAt(rows.get(0), base);
        // r2..r4 as one bulk update would stamp them: the same instant.
        setUpdatedAt(rows.get(1), base.plusSeconds(1));
        setUpdatedAt(rows.get(2), base.plusSeconds(1));
        setUpdatedAt(rows.get(3), base.plusSeconds(1));
        setUpdatedAt(rows.get(4), base.plusSeconds(2));

        JsonPath page1 = delta(token, base.minusSeconds(1), 2);
        assertEquals(List.of("r1"), page1.getList("items.name"), "r2 shares its instant with r3, which does not fit: both wait");
        assertTrue(page1.getBoolean("more"));
        assertEquals(base, Instant.parse(page1.getString("syncedTo")));

        JsonPath page2 = delta(token, base, 2);
        assertEquals(List.of("r2", "r3", "r4"), page2.getList("items.name"), "a group larger than a page comes whole");
        assertTrue(page2.getBoolean("more"));
        assertEquals(base.plusSeconds(1), Instant.parse(page2.getString("syncedTo")));

        JsonPath page3 = delta(token, base.plusSeconds(1), 2);
        assertEquals(List.of("r5"), page3.getList("items.name"));
        assertFalse(page3.getBoolean("more"));
    }

    @Test
    void deletionsArePagedToo() {
        String commune = "99202";
        String token = TestTokens.token(Roles.COMMUNE_OFFICER, "75", commune);
        List<String> deleted = new ArrayList<>();
        for (String name : List.of("d1", "d2", "d3")) {
            long id = create(name, "75", commune);
            delete(id);
            deleted.add(String.valueOf(id));
        }
        Instant base = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MICROS);
        for (int i = 0; i < deleted.size(); i++) {
            setDeletedAt(deleted.get(i), base.plusSeconds(i));
        }
        JsonPath page1 = delta(token, base.minusSeconds(1), 2);
        assertEquals(deleted.subList(0, 2), page1.getList("deleted.id"));
        assertTrue(page1.getBoolean("more"));
        assertEquals(base.plusSeconds(1), Instant.parse(page1.getString("syncedTo")));
        JsonPath page2 = delta(token, base.plusSeconds(1), 2);
        assertEquals(deleted.subList(2, 3), page2.getList("deleted.id"));
        assertFalse(page2.getBoolean("more"));
    }

    @Test
    void aFullPageOfChangesFromTheLastSecondsDoesNotMakeTheClientAskAgainAtOnce() {
        String commune = "99203";
        String token = TestTokens.token(Roles.COMMUNE_OFFICER, "75", commune);
        List<Long> fresh = List.of(create("n1", "75", commune), create("n2", "75", commune), create("n3", "75", commune));
        Instant before = Instant.now();
        JsonPath page = delta(token, before.minusSeconds(60), 2);
        Instant after = Instant.now();
        assertEquals(List.of("n1", "n2"), page.getList("items.name"));
        // The watermark cannot pass the window's start (n3 may have a late-committing neighbour), so asking again at
        // once would bring the same page: the client is told to wait for its next poll instead.
        assertFalse(page.getBoolean("more"));
        Instant syncedTo = Instant.parse(page.getString("syncedTo"));
        assertFalse(syncedTo.isBefore(before.minus(SAFETY_WINDOW)));
        assertFalse(syncedTo.isAfter(after.minus(SAFETY_WINDOW)));
        Instant n3 = Instant.parse(given().auth().oauth2(token).when().get(PATH + "/" + fresh.get(2)).then().statusCode(200)
                .extract().jsonPath().getString("updatedAt"));
        assertTrue(n3.isAfter(syncedTo), "n3 comes with the next poll");
    }

    @Test
    void aMalformedOrFutureUpdatedSinceIs400NamingTheParameter() {
        for (String malformed : List.of("yesterday", "2026-13-45T00:00:00Z", "2026-03-14")) {
            given().auth().oauth2(ADMIN).queryParam("updatedSince", malformed).when().get(PATH)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:antq:problem:validation-failed"))
                    .body("errors[0].field", equalTo("updatedSince"))
                    .body("errors[0].message", containsString("ISO-8601 instant"));
        }
        given().auth().oauth2(ADMIN).queryParam("updatedSince", Instant.now().plus(Duration.ofHours(1)).toString()).when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("updatedSince"))
                .body("errors[0].message", equalTo("must not be in the future"));
        given().auth().oauth2(ADMIN).queryParam("updatedSince", "2026-01-01T07:00:00+07:00").queryParam("size", 1).when().get(PATH)
                .then().statusCode(200);
        given().auth().oauth2(ADMIN).queryParam("size", 0).when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    /** Pages through a first sync (no updatedSince) and returns the final watermark; checks the scope on the way. */
    private static Instant fullSync(String token, String province, String commune) {
        JsonPath page = given().auth().oauth2(token).queryParam("size", 200).when().get(PATH)
                .then().statusCode(200).extract().jsonPath();
        assertTrue(page.getList("deleted").isEmpty(), "a first sync has nothing to delete");
        while (true) {
            if (province != null) {
                assertTrue(page.<String>getList("items.provinceCode").stream().allMatch(province::equals));
            }
            if (commune != null) {
                assertTrue(page.<String>getList("items.communeCode").stream().allMatch(commune::equals));
            }
            if (!page.getBoolean("more")) {
                return Instant.parse(page.getString("syncedTo"));
            }
            page = delta(token, Instant.parse(page.getString("syncedTo")), 200);
        }
    }

    private static JsonPath delta(String token, Instant updatedSince, int size) {
        return given().auth().oauth2(token).queryParam("updatedSince", updatedSince.toString()).queryParam("size", size)
                .when().get(PATH).then().statusCode(200).extract().jsonPath();
    }

    private static long create(String name, String province, String commune) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("provinceCode", province);
        body.put("communeCode", commune);
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void update(long id, String name) {
        Response current = given().auth().oauth2(ADMIN).when().get(PATH + "/" + id);
        JsonPath record = current.jsonPath();
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("provinceCode", record.getString("provinceCode"));
        body.put("communeCode", record.getString("communeCode"));
        given().auth().oauth2(ADMIN).header("If-Match", current.header("ETag")).contentType(ContentType.JSON).body(body)
                .when().put(PATH + "/" + id).then().statusCode(200);
    }

    private static void delete(long id) {
        String etag = given().auth().oauth2(ADMIN).when().get(PATH + "/" + id).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(ADMIN).header("If-Match", etag).when().delete(PATH + "/" + id).then().statusCode(204);
    }

    private static Set<String> ids(long... ids) {
        Set<String> set = new TreeSet<>();
        for (long id : ids) {
            set.add(String.valueOf(id));
        }
        return set;
    }

    private static Set<String> idSet(JsonPath page, String path) {
        Set<String> set = new TreeSet<>();
        for (Object id : page.getList(path)) {
            set.add(String.valueOf(id));
        }
        return set;
    }

    private void setUpdatedAt(long id, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update versioned_probe set updated_at = ? where id = ?")) {
            update.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void setDeletedAt(String resourceId, Instant at) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "update tombstone set deleted_at = ? where resource_type = 'versioned-probe' and resource_id = ?")) {
            update.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            update.setString(2, resourceId);
            assertEquals(1, update.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
