package vn.gov.antq.commons.statistics;

import java.sql.Statement;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.gov.antq.commons.audit.AuditTrail;

/**
 * Runs reads in one REPEATABLE READ, READ ONLY transaction of their own: every statement sees the same snapshot, taken
 * at the first, so several queries (a version and the figures it describes, totals and groups) describe one state of the
 * data, never a write committed between two of them. Reads only: a write in it fails.
 */
@ApplicationScoped
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class ReadOnlySnapshot {

    static final String BEGIN = "set transaction isolation level repeatable read, read only";

    @Inject
    EntityManager entityManager;

    /**
     * {@code reads} in a new transaction (one the caller is in waits meanwhile), through the EntityManager, Panache
     * repositories or native queries alike: they all use the transaction's connection.
     */
    public <T> T call(Supplier<T> reads) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // The first statement of the transaction: PostgreSQL refuses to change the isolation level once a query has
            // taken a snapshot, so if anything ever ran before it this fails instead of reading at a weaker level.
            Session session = entityManager.unwrap(Session.class);
            session.doWork(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(BEGIN);
                }
            });
            // Entities loaded here (labels) are never written: no snapshots kept for a dirty check at commit.
            session.setDefaultReadOnly(true);
            return reads.get();
        });
    }
}
