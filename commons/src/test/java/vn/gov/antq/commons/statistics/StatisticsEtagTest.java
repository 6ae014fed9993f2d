package vn.gov.antq.commons.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import vn.gov.antq.commons.concurrency.Preconditions;
import vn.gov.antq.commons.problem.ProblemException;

/** The tag, the If-None-Match rules and the version SQL on their own; ConditionalStatisticsTest runs them on PostgreSQL. */
class StatisticsEtagTest {

    private static final String TAG = StatisticsEtag.of(List.of("model-statistics", "2026-01-01"));

    @Test
    void aTagIsAStrongQuotedPrefixedHash() {
        assertTrue(TAG.matches("\"s1-[0-9a-f]{32}\""), TAG);
        assertEquals(TAG, StatisticsEtag.of(List.of("model-statistics", "2026-01-01")), "the same parts, the same tag");
        assertNotEquals(TAG, StatisticsEtag.of(List.of("model-statistics", "2026-01-02")));
    }

    @Test
    void partsNeverRunIntoEachOther() {
        assertNotEquals(StatisticsEtag.of(List.of("ab", "c")), StatisticsEtag.of(List.of("a", "bc")));
        assertNotEquals(StatisticsEtag.of(Arrays.asList("a", null)), StatisticsEtag.of(List.of("a", "")));
        assertNotEquals(StatisticsEtag.of(Arrays.asList("a", null)), StatisticsEtag.of(List.of("a")));
        assertNotEquals(StatisticsEtag.of(List.of("", "")), StatisticsEtag.of(List.of("")));
    }

    @Test
    void theRequestKeyIsCanonicalAndKeepsTheScope() {
        StatisticsWindow window = StatisticsWindow.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"), null);
        StatisticsRequest national = new StatisticsRequest("x", window, null, "commune", new StatisticsScope(null, false));
        StatisticsRequest own = new StatisticsRequest("x", window, null, "commune", new StatisticsScope("75", false));
        StatisticsRequest outside = new StatisticsRequest("x", window, "01", "commune", new StatisticsScope("01", true));
        StatisticsRequest asked = new StatisticsRequest("x", window, "01", "commune", new StatisticsScope("01", false));
        assertEquals(national.parts(), new StatisticsRequest("x", window, null, "commune", new StatisticsScope(null, false), null).parts());
        assertNotEquals(national.parts(), own.parts());
        assertNotEquals(outside.parts(), asked.parts());
        assertNotEquals(national.parts(), new StatisticsRequest("x", window, null, "commune", new StatisticsScope(null, false), "n").parts());
        // asOf is the window of one day: the same key as from = to.
        assertEquals(new StatisticsRequest("x", StatisticsWindow.of(null, null, LocalDate.parse("2026-01-31")), null, null,
                new StatisticsScope(null, false)).parts(),
                new StatisticsRequest("x", StatisticsWindow.of(LocalDate.parse("2026-01-31"), LocalDate.parse("2026-01-31"), null), null,
                        null, new StatisticsScope(null, false)).parts());
    }

    @Test
    void ifNoneMatchNamesTheTagAloneInAListWeaklyOrByWildcard() {
        String other = StatisticsEtag.of(List.of("other"));
        assertTrue(Preconditions.ifNoneMatch(TAG).test(TAG));
        assertTrue(Preconditions.ifNoneMatch(other + ", " + TAG).test(TAG));
        assertTrue(Preconditions.ifNoneMatch(" " + other + " ,\t" + TAG + " ").test(TAG));
        assertTrue(Preconditions.ifNoneMatch("W/" + TAG).test(TAG));
        assertTrue(Preconditions.ifNoneMatch("*").test(TAG));
        assertFalse(Preconditions.ifNoneMatch(other).test(TAG));
        assertFalse(Preconditions.ifNoneMatch(TAG.toUpperCase()).test(TAG), "opaque tags compare exactly");
        assertFalse(Preconditions.ifNoneMatch("\"3\"").test(TAG));
        assertFalse(Preconditions.ifNoneMatch(null).test(TAG));
        assertFalse(Preconditions.ifNoneMatch(" ").test(TAG));
    }

    @Test
    void aMalformedIfNoneMatchIsRefusedWhenParsedBeforeAnyComparison() {
        for (String bad : List.of("s1-abc", "\"s1-abc", "W/s1-abc", "\"a\" \"b\"", "*, \"a\"")) {
            ProblemException e = assertThrows(ProblemException.class, () -> Preconditions.ifNoneMatch(bad), bad);
            assertEquals(400, e.status(), bad);
            assertEquals("If-None-Match", e.errors().get(0).field(), bad);
        }
        Predicate<String> held = Preconditions.ifNoneMatch(TAG);
        assertThrows(IllegalArgumentException.class, () -> held.test("s1-unquoted"));
    }

    @Test
    void answersCarryTheTagAndCacheControlAndA304NoBody() {
        Response ok = StatisticsEtag.ok("figures", TAG);
        assertEquals(200, ok.getStatus());
        assertEquals(TAG, ok.getHeaderString("ETag"));
        assertEquals("private, no-cache", ok.getHeaderString("Cache-Control"));
        assertEquals("figures", ok.getEntity());
        Response notModified = StatisticsEtag.notModified(TAG);
        assertEquals(304, notModified.getStatus());
        assertEquals(TAG, notModified.getHeaderString("ETag"));
        assertEquals("private, no-cache", notModified.getHeaderString("Cache-Control"));
        assertNull(notModified.getEntity());
    }

    @Test
    void inputsReadEveryVersionInOneStatement() {
        StatisticsInputs inputs = StatisticsInputs.of(StatisticsInputs.aggregate("x_monthly"), StatisticsInputs.records("x_tally"))
                .and(StatisticsInputs.rows("commune"), StatisticsInputs.records("x_tally"),
                        StatisticsInputs.records("training", "t.kind = 'REPORTED_TOTAL'"), StatisticsInputs.tracked("police_unit"),
                        StatisticsInputs.tracked("police_unit"));
        assertEquals(5, inputs.inputs().size(), "each input once");
        assertEquals(List.of("commune", "police_unit", "training", "x_monthly", "x_monthly_pending", "x_tally"), List.copyOf(inputs.tables()));
        String sql = inputs.versionSql();
        assertTrue(sql.startsWith("select concat_ws("), sql);
        assertTrue(sql.contains("from aggregate_generation g where g.name = 'x_monthly'"), sql);
        assertTrue(sql.contains("(select count(*) from x_monthly_pending)"), sql);
        assertTrue(sql.contains("coalesce(sum(t.id), 0) || ' ' || coalesce(sum(t.version), 0) || ' ' || coalesce(sum(t.xmin::text::bigint), 0)"
                + " from x_tally t)"), sql);
        assertTrue(sql.contains("(select 'commune ' || count(*) || ' ' || coalesce(sum(t.xmin::text::bigint), 0) from commune t)"), sql);
        assertTrue(sql.contains("from training t where t.kind = 'REPORTED_TOTAL')"), sql);
        assertTrue(sql.contains("'police_unit ' || coalesce((select g.generation from aggregate_generation g where g.name = 'police_unit'),"
                + " antq_untracked_input('police_unit'))"), sql);
        assertThrows(IllegalArgumentException.class, () -> StatisticsInputs.rows("commune; drop table x"));
        assertThrows(IllegalArgumentException.class, () -> StatisticsInputs.tracked("Commune"));
        assertEquals("select ''", StatisticsInputs.NONE.versionSql());
    }
}
