package vn.gov.antq.commons.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.antq.commons.aggregates.AggregateCompaction;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;

/**
 * The mechanics the statistics endpoints share, on the probe aggregate of db/test V2_4 (generation kept as V2_5 asks):
 * one read-only snapshot for the version and the figures, the tag following every change of the data, 304 without
 * computing, and the check that the figures read nothing the inputs leave out (antq.statistics.verify-inputs is on).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ConditionalStatisticsTest {

    private static final StatisticsInputs PROBE = StatisticsInputs.of(StatisticsInputs.aggregate("probe_event_monthly"));
    private static final StatisticsWindow WINDOW = StatisticsWindow.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), null);

    @Inject
    ConditionalStatistics statistics;

    @Inject
    ReadOnlySnapshot snapshot;

    @Inject
    AggregateCompaction compaction;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void empty() throws SQLException {
        execute("delete from probe_event");
        compaction.compactAll();
    }

    @Test
    void theSnapshotIsRepeatableReadAndReadOnlyFromItsFirstStatement() {
        List<?> settings = snapshot.call(() -> List.of(sql("select current_setting('transaction_isolation')"),
                sql("select current_setting('transaction_read_only')")));
        assertEquals(List.of("repeatable read", "on"), settings);
        RuntimeException write = assertThrows(RuntimeException.class, () -> snapshot.call(
                () -> entityManager.createNativeQuery("insert into probe_event (province_code, happened_on, amount)"
                        + " values ('01', date '2026-01-05', 1)").executeUpdate()));
        assertTrue(String.valueOf(rootCause(write).getMessage()).contains("read-only transaction"), rootCause(write).toString());
    }

    @Test
    void everyStatementOfTheSnapshotSeesTheStateOfItsFirst() {
        List<Object> counts = snapshot.call(() -> {
            Object before = sql("select count(*) from probe_event");
            // Committed by another transaction after the snapshot was taken.
            execute("insert into probe_event (province_code, happened_on, amount) values ('01', date '2026-01-05', 1)");
            return List.of(before, sql("select count(*) from probe_event"));
        });
        assertEquals(counts.get(0), counts.get(1));
        assertEquals(1L, ((Number) sql("select count(*) from probe_event")).longValue(), "the write did commit");
    }

    @Test
    void theTagFollowsTheDataAndA304ComputesNothing() throws SQLException {
        StatisticsRequest request = request(new StatisticsScope(null, false));
        Response first = answer(request, null);
        String tag = first.getHeaderString("ETag");
        assertTrue(tag.matches("\"s1-[0-9a-f]{32}\""), tag);
        assertEquals("private, no-cache", first.getHeaderString("Cache-Control"));
        assertEquals(List.of(0L, 0L), first.getEntity());

        long computed = statistics.bodiesComputed();
        Response again = answer(request, tag);
        assertEquals(304, again.getStatus());
        assertEquals(tag, again.getHeaderString("ETag"));
        assertEquals("private, no-cache", again.getHeaderString("Cache-Control"));
        assertNull(again.getEntity());
        assertEquals(computed, statistics.bodiesComputed(), "a 304 does not compute the figures");
        assertEquals(304, answer(request, "\"s1-0\", W/" + tag).getStatus());
        assertEquals(304, answer(request, "*").getStatus());
        assertEquals(200, answer(request, "\"s1-0\"").getStatus());
        assertEquals(computed + 1, statistics.bodiesComputed());

        execute("insert into probe_event (province_code, happened_on, amount) values ('01', date '2026-01-05', 3)");
        Response written = answer(request, tag);
        assertEquals(200, written.getStatus(), "a committed write is a new version");
        assertEquals(List.of(1L, 3L), written.getEntity());
        String writtenTag = written.getHeaderString("ETag");
        assertNotEquals(tag, writtenTag);

        assertTrue(compaction.compactAll() > 0);
        Response compacted = answer(request, writtenTag);
        assertEquals(200, compacted.getStatus(), "folding the pending rows in is a new version, the same figures");
        assertEquals(written.getEntity(), compacted.getEntity());
        String compactedTag = compacted.getHeaderString("ETag");
        assertNotEquals(writtenTag, compactedTag);
        assertNotEquals(tag, compactedTag);

        assertEquals(0, compaction.compactAll());
        assertEquals(304, answer(request, compactedTag).getStatus(), "a compaction with nothing to fold changes nothing");
        // Even a write undone before the next read is a new version: the tag never goes back.
        execute("update probe_event set amount = amount + 1");
        execute("update probe_event set amount = amount - 1");
        assertEquals(200, answer(request, compactedTag).getStatus());
    }

    @Test
    void aTrackedTableIsVersionedByItsGenerationWhichEveryChangeBumps() {
        StatisticsInputs inputs = PROBE.and(StatisticsInputs.tracked("probe_tally"));
        Supplier<Object> tallies = () -> sql("select count(*) from probe_tally");
        StatisticsRequest request = request(new StatisticsScope(null, false));
        String tag = statistics.answer(request, null, inputs, tallies).getHeaderString("ETag");
        assertEquals(304, statistics.answer(request, tag, inputs, tallies).getStatus());

        String tally = "insert into probe_tally (reported_province_code, province_code, period_from, period_to, meetings)"
                + " values ('38', '38', date '2026-02-01', date '2026-02-28', %d)";
        execute(String.format(tally, 4));
        Response inserted = statistics.answer(request, tag, inputs, tallies);
        assertEquals(200, inserted.getStatus(), "an insert is a new version");
        String insertedTag = inserted.getHeaderString("ETag");
        execute("update probe_tally set meetings = meetings where false");
        execute("delete from probe_tally where false");
        assertEquals(304, statistics.answer(request, insertedTag, inputs, tallies).getStatus(), "statements changing no row change nothing");
        // Even an update writing the same values: the row was written again.
        execute("update probe_tally set meetings = meetings");
        Response updated = statistics.answer(request, insertedTag, inputs, tallies);
        assertEquals(200, updated.getStatus());
        String updatedTag = updated.getHeaderString("ETag");
        execute("delete from probe_tally");
        Response deleted = statistics.answer(request, updatedTag, inputs, tallies);
        assertEquals(200, deleted.getStatus());
        assertNotEquals(tag, deleted.getHeaderString("ETag"), "the tag never goes back, though the rows did");
        execute("truncate probe_tally");
        assertEquals(200, statistics.answer(request, deleted.getHeaderString("ETag"), inputs, tallies).getStatus(), "a truncate");
    }

    @Test
    void aTableListedAsTrackedThatKeepsNoGenerationFailsInsteadOfNeverChanging() {
        StatisticsInputs inputs = PROBE.and(StatisticsInputs.tracked("probe_detail"));
        RuntimeException untracked = assertThrows(RuntimeException.class, () -> statistics.answer(request(new StatisticsScope(null,
                false)), null, inputs, () -> sql("select count(*) from probe_detail")));
        assertTrue(String.valueOf(rootCause(untracked).getMessage()).contains("antq_keep_table_generation('probe_detail')"),
                rootCause(untracked).toString());
    }

    @Test
    void theScopeAndTheWindowArePartOfTheTag() {
        String national = answer(request(new StatisticsScope(null, false)), null).getHeaderString("ETag");
        String ownProvince = answer(request(new StatisticsScope("75", false)), null).getHeaderString("ETag");
        assertNotEquals(national, ownProvince);
        StatisticsWindow quarter = StatisticsWindow.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"), null);
        assertNotEquals(national, answer(new StatisticsRequest("probe-statistics", quarter, null, "commune", new StatisticsScope(null, false)),
                null).getHeaderString("ETag"));
        assertNotEquals(national, answer(new StatisticsRequest("other-statistics", WINDOW, null, "commune", new StatisticsScope(null, false)),
                null).getHeaderString("ETag"));
        StatisticsRequest outside = new StatisticsRequest("probe-statistics", WINDOW, "01", "commune", new StatisticsScope("01", true));
        // As the services answer it: all zeros, read from nothing.
        Supplier<List<Long>> noFigures = () -> List.of(0L, 0L);
        String zeros = statistics.answer(outside, null, PROBE, noFigures).getHeaderString("ETag");
        execute("insert into probe_event (province_code, happened_on, amount) values ('01', date '2026-01-05', 3)");
        assertEquals(zeros, statistics.answer(outside, null, PROBE, noFigures).getHeaderString("ETag"),
                "an answer outside the scope reads no data, so no write changes it");
        assertNotEquals(national, answer(request(new StatisticsScope(null, false)), null).getHeaderString("ETag"));
    }

    @Test
    void withoutInputsThereIsNoTagAndIfNoneMatchIsIgnored() {
        Response plain = statistics.answer(request(new StatisticsScope(null, false)), "*", null, this::figures);
        assertEquals(200, plain.getStatus());
        assertNull(plain.getHeaderString("ETag"));
        assertNull(plain.getHeaderString("Cache-Control"));
        assertEquals(List.of(0L, 0L), plain.getEntity());
    }

    @Test
    void aTableTheInputsDoNotListFailsTheCheck() {
        IllegalStateException unlisted = assertThrows(IllegalStateException.class, () -> statistics.answer(request(new StatisticsScope(null,
                false)), null, PROBE, () -> sql("select count(*) from probe_event")));
        assertTrue(unlisted.getMessage().contains("[probe_event]"), unlisted.getMessage());
        Response listed = statistics.answer(request(new StatisticsScope(null, false)), null,
                PROBE.and(StatisticsInputs.rows("probe_event")), () -> sql("select count(*) from probe_event"));
        assertEquals(200, listed.getStatus());
    }

    private Response answer(StatisticsRequest request, String ifNoneMatch) {
        return statistics.answer(request, ifNoneMatch, PROBE, this::figures);
    }

    private static StatisticsRequest request(StatisticsScope scope) {
        return new StatisticsRequest("probe-statistics", WINDOW, null, "commune", scope);
    }

    /** What a statistics query reads: the aggregate and its pending rows in one statement. */
    private List<Long> figures() {
        Object[] row = (Object[]) entityManager.createNativeQuery("select coalesce(sum(events), 0), coalesce(sum(amount), 0) from ("
                + "select events, amount from probe_event_monthly union all select events, amount from probe_event_monthly_pending) x")
                .getSingleResult();
        return List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    private Object sql(String query) {
        return entityManager.createNativeQuery(query).getSingleResult();
    }

    private void execute(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
