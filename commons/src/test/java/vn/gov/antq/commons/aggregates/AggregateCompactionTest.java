package vn.gov.antq.commons.aggregates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;

/** The probe aggregate of db/test V2_4, kept by triggers as the services keep theirs, folded by the compaction. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class AggregateCompactionTest {

    @Inject
    AggregateCompaction compaction;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void empty() throws SQLException {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from probe_event").executeUpdate());
        compaction.compactAll();
    }

    @Test
    void findsTheSchemasCompactionFunctionsByName() throws SQLException {
        assertTrue(compaction.functions().contains("antq_compact_probe_event_monthly"), compaction.functions().toString());
    }

    @Test
    void foldingPendingChangesChangesNoFigureAndEmptiesThePendingTable() throws SQLException {
        execute("insert into probe_event (province_code, happened_on, amount) values"
                + " ('01', date '2026-01-05', 3), ('01', date '2026-01-20', 4), ('79', date '2026-02-01', 10)");
        execute("update probe_event set amount = amount + 1 where province_code = '01'");
        execute("delete from probe_event where province_code = '79'");
        List<Object[]> before = figures();

        assertTrue(compaction.compactAll() > 0);

        assertEquals(0L, count("select count(*) from probe_event_monthly_pending"));
        List<Object[]> after = figures();
        assertEquals(1, after.size(), "a month whose events were all deleted leaves no aggregate row");
        assertEquals(List.of("01", 2L, 9L), List.of(after.get(0)));
        assertEquals(before.size(), after.size());
        assertEquals(List.of(before.get(0)), List.of(after.get(0)));
        assertEquals(0, compaction.compactAll(), "nothing is left to fold");
    }

    @Test
    void aBulkInsertAddsOnePendingRowPerGroupNotPerRecord() throws SQLException {
        execute("insert into probe_event (province_code, happened_on, amount)"
                + " select '01', date '2026-03-01' + (n % 28), n from generate_series(1, 1000) n");

        assertEquals(1L, count("select count(*) from probe_event_monthly_pending"));
        compaction.compactAll();
        assertEquals(List.of("01", 1000L, 500500L), List.of(figures().get(0)));
    }

    @Test
    void whatChangesTheAggregateOtherThanAPendingInsertBumpsItsGeneration() throws SQLException {
        long start = generation();
        execute("insert into probe_event (province_code, happened_on, amount) values ('01', date '2026-04-01', 5)");
        assertEquals(start, generation(), "writers only insert pending rows, which the count tells");
        assertTrue(compaction.compactAll() > 0);
        long folded = generation();
        assertTrue(folded > start, "a fold deletes pending rows and writes the aggregate");
        assertEquals(0, compaction.compactAll());
        assertEquals(folded, generation(), "a compaction with nothing to fold");
        execute("update probe_event_monthly set amount = amount");
        long updated = generation();
        assertTrue(updated > folded, "any write to the aggregate");
        execute("insert into probe_event (province_code, happened_on, amount) values ('01', date '2026-04-02', 5)");
        execute("update probe_event_monthly_pending set amount = amount");
        long pendingUpdated = generation();
        assertTrue(pendingUpdated > updated, "an update of a pending row");
        compaction.compactAll();
        long compacted = generation();
        // Empty by now, so the figures stay right.
        execute("truncate probe_event_monthly_pending");
        assertTrue(generation() > compacted, "a truncate");
    }

    private long generation() {
        return count("select coalesce((select generation from aggregate_generation where name = 'probe_event_monthly'), 0)");
    }

    /** What a statistics query reads: the aggregate and the pending changes, in one statement (one snapshot). */
    @SuppressWarnings("unchecked")
    private List<Object[]> figures() {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) entityManager.createNativeQuery(
                "select province_code, sum(events), sum(amount) from (select province_code, events, amount from probe_event_monthly"
                        + " union all select province_code, events, amount from probe_event_monthly_pending) x"
                        + " group by 1 having sum(events) <> 0 order by 1").getResultList())
                .stream().map(r -> new Object[] { r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue() }).toList());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private void execute(String sql) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(sql).executeUpdate());
    }
}
