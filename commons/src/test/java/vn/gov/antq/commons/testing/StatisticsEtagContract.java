package vn.gov.antq.commons.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.gov.antq.commons.aggregates.AggregateCompaction;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.statistics.ConditionalStatistics;

/**
 * Conditional GET of a service's statistics endpoints (docs/statistics-contract.md, "Conditional requests"), over HTTP
 * on the service's real database: a whole-month window answers a strong ETag, If-None-Match naming it a bodiless 304
 * without computing the figures; the tag follows every change of what the figures are computed from (a record written
 * in SQL, so the triggers alone record it; a compaction; a tally inserted, updated, deleted) and the caller's aggregate
 * scope, never the caller; other windows carry none. Each service's test extends this with its endpoints. The services
 * run their tests with background compaction off, so nothing folds pending rows between two requests but the test.
 */
public abstract class StatisticsEtagContract {

    protected static final String ANALYST = TestTokens.forRole(Roles.MINISTRY_ANALYST);
    private static final String OFFICER = TestTokens.forRole(Roles.PROVINCE_OFFICER);

    /**
     * A statistics endpoint, with SQL that changes its figures in the window {@code from}..{@code to} (whole months).
     *
     * @param path        e.g. /api/v1/model-statistics
     * @param groupings   every groupBy it accepts
     * @param recordWrite statements writing records that change the window's figures (totals or the province table)
     * @param tables      changes of tables the figures read directly (tallies, reference tables)
     */
    public record Endpoint(String path, String from, String to, List<String> groupings, List<String> recordWrite,
            List<TableChange> tables) {

        @Override
        public String toString() {
            return path;
        }
    }

    /**
     * Statements on a table read directly: {@code insert} adds a row the window's figures (groupBy=province) count,
     * {@code update} changes a figure of it, {@code delete} takes it away again.
     */
    public record TableChange(String insert, String update, String delete) {
    }

    @Inject
    protected EntityManager entityManager;

    @Inject
    AggregateCompaction compaction;

    @Inject
    ConditionalStatistics conditional;

    protected abstract List<Endpoint> endpoints();

    @BeforeEach
    void nothingPending() throws SQLException {
        compaction.compactAll();
    }

    @Test
    void aWholeMonthWindowIsTaggedAndA304ComputesNothing() {
        for (Endpoint endpoint : endpoints()) {
            for (String groupBy : groupings(endpoint)) {
                String what = endpoint + " groupBy=" + groupBy;
                Response first = get(endpoint, ANALYST, groupBy, null);
                assertEquals(200, first.statusCode(), what + ": " + first.asString());
                String tag = first.header("ETag");
                assertNotNull(tag, what);
                assertTrue(tag.matches("\"s1-[0-9a-f]{32}\""), what + ": " + tag);
                assertEquals("private, no-cache", first.header("Cache-Control"), what);

                long computed = conditional.bodiesComputed();
                Response again = get(endpoint, ANALYST, groupBy, tag);
                assertEquals(304, again.statusCode(), what);
                assertEquals(tag, again.header("ETag"), what);
                assertEquals("private, no-cache", again.header("Cache-Control"), what);
                assertEquals("", again.asString(), what);
                assertEquals(computed, conditional.bodiesComputed(), what + ": a 304 does not compute the figures");

                Response unchanged = get(endpoint, ANALYST, groupBy, null);
                assertEquals(tag, unchanged.header("ETag"), what + ": nothing changed");
                assertEquals(first.asString(), unchanged.asString(), what);
            }
        }
    }

    @Test
    void ifNoneMatchTakesAListAWeakTagOrTheWildcard() {
        for (Endpoint endpoint : endpoints()) {
            String tag = get(endpoint, ANALYST, "province", null).header("ETag");
            String other = "\"s1-00000000000000000000000000000000\"";
            assertEquals(304, get(endpoint, ANALYST, "province", other + ", " + tag).statusCode(), endpoint + ": a list");
            assertEquals(304, get(endpoint, ANALYST, "province", "W/" + tag).statusCode(), endpoint + ": weak");
            assertEquals(304, get(endpoint, ANALYST, "province", "*").statusCode(), endpoint + ": *");
            Response stale = get(endpoint, ANALYST, "province", other + ", \"3\"");
            assertEquals(200, stale.statusCode(), endpoint + ": other tags");
            assertEquals(tag, stale.header("ETag"), endpoint.path());
            Response malformed = get(endpoint, ANALYST, "province", "s1-unquoted");
            assertEquals(400, malformed.statusCode(), endpoint + ": malformed");
            assertTrue(malformed.contentType().startsWith("application/problem+json"), endpoint + ": " + malformed.contentType());
        }
    }

    @Test
    void aRecordWrittenInSqlChangesTheTagAndTheFigures() {
        for (Endpoint endpoint : endpoints()) {
            Response before = get(endpoint, ANALYST, "province", null);
            endpoint.recordWrite().forEach(this::execute);
            Response after = get(endpoint, ANALYST, "province", before.header("ETag"));
            assertEquals(200, after.statusCode(), endpoint + ": the held tag is stale");
            assertNotEquals(before.header("ETag"), after.header("ETag"), endpoint.path());
            assertNotEquals(before.asString(), after.asString(), endpoint + ": the figures changed");
        }
    }

    @Test
    void aCompactionChangesTheTagButNotTheFigures() throws SQLException {
        for (Endpoint endpoint : endpoints()) {
            endpoint.recordWrite().forEach(this::execute);
            Response pending = get(endpoint, ANALYST, "province", null);
            assertTrue(compaction.compactAll() > 0, endpoint + ": the write left pending rows");
            Response folded = get(endpoint, ANALYST, "province", pending.header("ETag"));
            assertEquals(200, folded.statusCode(), endpoint.path());
            assertNotEquals(pending.header("ETag"), folded.header("ETag"), endpoint.path());
            assertEquals(pending.asString(), folded.asString(), endpoint + ": folding changes no figure");
            assertEquals(0, compaction.compactAll());
            assertEquals(304, get(endpoint, ANALYST, "province", folded.header("ETag")).statusCode(),
                    endpoint + ": a compaction with nothing to fold changes no tag");
        }
    }

    @Test
    void insertingUpdatingAndDeletingATallyOrReferenceRowChangesTheTag() {
        for (Endpoint endpoint : endpoints()) {
            for (TableChange table : endpoint.tables()) {
                String what = endpoint + " " + table.insert();
                List<String> tags = new ArrayList<>();
                List<String> bodies = new ArrayList<>();
                for (String change : new String[] { null, table.insert(), table.update(), table.delete() }) {
                    if (change != null) {
                        execute(change);
                    }
                    Response response = get(endpoint, ANALYST, "province", tags.isEmpty() ? null : tags.get(tags.size() - 1));
                    assertEquals(200, response.statusCode(), what + " then " + change + ": the held tag is stale");
                    tags.add(response.header("ETag"));
                    bodies.add(response.asString());
                }
                assertNotEquals(bodies.get(0), bodies.get(1), what + ": the inserted row counts");
                assertNotEquals(bodies.get(1), bodies.get(2), what + ": the updated figure counts");
                assertEquals(bodies.get(0), bodies.get(3), what + ": the deleted row no longer counts");
                // A tracked table's version is its generation, which every write bumps: the table is back as it was
                // before the insert, but the tag never goes back to one a client may still hold.
                assertEquals(4, Set.copyOf(tags).size(), what + ": " + tags);
            }
        }
    }

    @Test
    void theTagFollowsTheAggregateScopeNotTheCaller() {
        String nationalPartner = TestTokens.forRole(Roles.PARTNER_SYSTEM);
        String communeOfficer = TestTokens.forRole(Roles.COMMUNE_OFFICER);
        String otherOfficer = TestTokens.token(Roles.PROVINCE_OFFICER, TestTokens.OTHER_PROVINCE, TestTokens.OTHER_COMMUNE);
        for (Endpoint endpoint : endpoints()) {
            Response national = get(endpoint, ANALYST, "commune", null);
            Response own = get(endpoint, OFFICER, "commune", null);
            assertNotEquals(national.asString(), own.asString(), endpoint + ": the officer's communes are its province's");
            assertNotEquals(national.header("ETag"), own.header("ETag"), endpoint.path());
            assertEquals(200, get(endpoint, OFFICER, "commune", national.header("ETag")).statusCode(),
                    endpoint + ": the national tag is not the officer's");
            assertNotEquals(own.header("ETag"), get(endpoint, otherOfficer, "commune", null).header("ETag"),
                    endpoint + ": another province's officer");
            // The same scope, another caller: the same answer and tag.
            assertEquals(national.header("ETag"), get(endpoint, nationalPartner, "commune", null).header("ETag"), endpoint.path());
            Response sameProvince = get(endpoint, communeOfficer, "commune", null);
            assertEquals(own.asString(), sameProvince.asString(), endpoint.path());
            assertEquals(own.header("ETag"), sameProvince.header("ETag"), endpoint.path());
            // Figures per province are everyone's.
            assertEquals(get(endpoint, ANALYST, "province", null).header("ETag"), get(endpoint, OFFICER, "province", null).header("ETag"),
                    endpoint.path());
            // Another province's communes: zeros for the officer, that province's communes for the ministry.
            Response outside = request(OFFICER, null).queryParam("from", endpoint.from()).queryParam("to", endpoint.to())
                    .queryParam("groupBy", "commune").queryParam("province", TestTokens.OTHER_PROVINCE).get(endpoint.path());
            Response inside = request(ANALYST, null).queryParam("from", endpoint.from()).queryParam("to", endpoint.to())
                    .queryParam("groupBy", "commune").queryParam("province", TestTokens.OTHER_PROVINCE).get(endpoint.path());
            assertNotNull(outside.header("ETag"), endpoint.path());
            assertNotEquals(outside.header("ETag"), inside.header("ETag"), endpoint.path());
        }
    }

    @Test
    void otherWindowsCarryNoTagAndIgnoreIfNoneMatch() {
        for (Endpoint endpoint : endpoints()) {
            String tag = get(endpoint, ANALYST, "province", null).header("ETag");
            // The window's first day moved by one: no longer whole months, read from the records.
            String from = endpoint.from().substring(0, 8) + "02";
            for (String ifNoneMatch : new String[] { null, tag, "*" }) {
                Response response = request(ANALYST, ifNoneMatch).queryParam("from", from).queryParam("to", endpoint.to())
                        .queryParam("groupBy", "province").get(endpoint.path());
                assertEquals(200, response.statusCode(), endpoint + " If-None-Match " + ifNoneMatch);
                assertNull(response.header("ETag"), endpoint.path());
                assertNull(response.header("Cache-Control"), endpoint.path());
                assertTrue(response.asString().contains("\"totals\""), endpoint.path());
            }
            Response day = request(ANALYST, "*").queryParam("asOf", endpoint.to()).get(endpoint.path());
            assertEquals(200, day.statusCode(), endpoint + ": asOf");
            assertNull(day.header("ETag"), endpoint.path());
        }
    }

    @Test
    void theOperationsDocumentTheTagAnd304() {
        JsonPath document = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        for (Endpoint endpoint : endpoints()) {
            String operation = "paths.'" + endpoint.path() + "'.get";
            assertTrue(document.getList(operation + ".parameters.name").contains("If-None-Match"), endpoint.path());
            assertNotNull(document.get(operation + ".responses.'304'.headers.ETag"), endpoint.path());
            String etag = document.getString(operation + ".responses.'200'.headers.ETag.description");
            assertTrue(etag.startsWith("Only for a window of whole months"), endpoint.path() + ": " + etag);
            assertNotNull(document.get(operation + ".responses.'200'.headers.Cache-Control"), endpoint.path());
            assertNotNull(document.get(operation + ".responses.'200'.content.'application/json'.schema"), endpoint.path());
        }
    }

    private static List<String> groupings(Endpoint endpoint) {
        List<String> groupings = new ArrayList<>();
        groupings.add(null);
        groupings.addAll(endpoint.groupings());
        return groupings;
    }

    /** GET of the endpoint's window. */
    protected static Response get(Endpoint endpoint, String token, String groupBy, String ifNoneMatch) {
        RequestSpecification request = request(token, ifNoneMatch).queryParam("from", endpoint.from()).queryParam("to", endpoint.to());
        if (groupBy != null) {
            request = request.queryParam("groupBy", groupBy);
        }
        return request.get(endpoint.path());
    }

    private static RequestSpecification request(String token, String ifNoneMatch) {
        RequestSpecification request = given().auth().oauth2(token);
        return ifNoneMatch == null ? request : request.header("If-None-Match", ifNoneMatch);
    }

    /** A statement in a transaction of its own, committed before the next request. */
    protected void execute(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }
}
