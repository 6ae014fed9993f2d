package vn.gov.antq.commons.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.gov.antq.commons.audit.AuditEvent;
import vn.gov.antq.commons.audit.AuditEventRepository;

/**
 * What every service that owns a database must show: it runs on a real PostgreSQL, Flyway built the schema, the
 * entities match it, and rows round-trip. Each such service's test extends this.
 */
public abstract class DatabaseContract {

    @Inject
    protected EntityManager entityManager;

    @Inject
    protected AuditEventRepository auditEvents;

    @Test
    void runsOnRealPostgresql() {
        String version = QuarkusTransaction.requiringNew().call(
                () -> (String) entityManager.createNativeQuery("select version()").getSingleResult());
        assertTrue(version.startsWith("PostgreSQL"), version);
    }

    @Test
    void statementsOfTheServiceRunUnderATimeout() {
        // Set on every pooled connection from antq.db.statement-timeout (30 s by default), so a runaway query is cancelled.
        String timeout = QuarkusTransaction.requiringNew().call(
                () -> (String) entityManager.createNativeQuery("show statement_timeout").getSingleResult());
        assertEquals("30s", timeout);
    }

    @Test
    void flywayAppliedTheSharedMigration() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select version, success from flyway_schema_history where version is not null order by installed_rank")
                .getResultList());
        assertEquals("1", rows.get(0)[0]);
        assertTrue(rows.stream().allMatch(r -> Boolean.TRUE.equals(r[1])), "every migration succeeded");
    }

    /**
     * Each aggregate a compaction function folds keeps its generation (db/commons V1_4), without which the statistics'
     * ETags could repeat after a compaction with other figures.
     */
    @Test
    void everyAggregateKeepsItsGeneration() {
        @SuppressWarnings("unchecked")
        List<Object[]> aggregates = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select substr(p.proname, length('antq_compact_') + 1), (select count(*) from pg_trigger t join pg_class c"
                        + " on c.oid = t.tgrelid where c.relnamespace = n.oid and t.tgname like 'aggregate\\_generation\\_%'"
                        + " and c.relname in (substr(p.proname, length('antq_compact_') + 1),"
                        + " substr(p.proname, length('antq_compact_') + 1) || '_pending'))"
                        + " from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                        + " where n.nspname = current_schema() and p.proname like 'antq\\_compact\\_%' and p.pronargs = 0")
                .getResultList());
        for (Object[] aggregate : aggregates) {
            assertEquals(7L, ((Number) aggregate[1]).longValue(), aggregate[0] + ": call antq_keep_aggregate_generation('"
                    + aggregate[0] + "') in the migration that creates it");
        }
    }

    @Test
    void auditEventsRoundTrip() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Long id = QuarkusTransaction.requiringNew().call(() -> {
            AuditEvent event = new AuditEvent(at, "contract-test", "MINISTRY_ADMIN", "CREATE", "contract", "1", "38", null,
                    "[{\"field\":\"name\",\"old\":null,\"new\":\"Thanh Hóa\"}]", "req-contract");
            auditEvents.persist(event);
            return event.id();
        });
        AuditEvent stored = QuarkusTransaction.requiringNew().call(() -> auditEvents.findById(id));
        assertEquals("contract-test", stored.actorSubject());
        assertEquals(at, stored.occurredAt());
        assertTrue(stored.changes().contains("Thanh Hóa"));
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }
}
