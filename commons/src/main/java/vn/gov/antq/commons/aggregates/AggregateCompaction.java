package vn.gov.antq.commons.aggregates;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import vn.gov.antq.commons.audit.AuditTrail;

/**
 * Folds the pending changes of a service's statistics aggregates into the aggregates.
 *
 * <p>A service keeps each aggregate as two tables filled by its own triggers: the writers only ever <em>insert</em>
 * signed deltas (so concurrent writes of one province and month never wait on one counter row), and a
 * {@code antq_compact_<name>()} SQL function moves them into the aggregate in one statement. Statistics read both,
 * in one snapshot, so compaction changes no figure: it only keeps the pending table short. This bean finds every such
 * function of the service's schema by its name and runs each in its own transaction; a transaction-scoped advisory
 * lock lets one instance of a replicated service do it while the others skip.
 *
 * <p>A fold that moves rows bumps the aggregate's generation in its transaction (db/commons V1_4: triggers the
 * service's migration adds with {@code antq_keep_aggregate_generation('<name>')}), so the ETags of the statistics,
 * which read (generation, pending rows) as the aggregate's version, change with it; a run with nothing to fold changes
 * no tag.
 */
@ApplicationScoped
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class AggregateCompaction {

    /** The name every compaction function starts with; it takes no argument and returns the rows it folded. */
    public static final String FUNCTION_PREFIX = "antq_compact_";

    private static final Logger LOG = Logger.getLogger(AggregateCompaction.class);

    @Inject
    DataSource dataSource;

    /** Injected so the mapping (and its default interval, which the schedule names) is registered. */
    @Inject
    AggregatesConfig config;

    @Scheduled(identity = "aggregate-compaction", every = "{antq.aggregates.compact-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            compactAll();
        } catch (SQLException e) {
            // The next run tries again; statistics stay right meanwhile, they read the pending rows too.
            LOG.warnf(e, "Compacting the statistics aggregates failed");
        }
    }

    /** Runs every compaction function of the schema (the ones another instance is running are skipped); the rows folded. */
    public long compactAll() throws SQLException {
        long folded = 0;
        for (String function : functions()) {
            folded += compact(function);
        }
        if (folded > 0) {
            LOG.debugf("Folded %d pending aggregate rows", folded);
        }
        return folded;
    }

    /** The schema's compaction functions (looked up at every run: one catalogue query, and tests may add some). */
    public List<String> functions() throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select p.proname from pg_proc p"
                        + " join pg_namespace n on n.oid = p.pronamespace where n.nspname = current_schema()"
                        + " and p.proname like ? and p.pronargs = 0 order by 1")) {
            statement.setString(1, FUNCTION_PREFIX.replace("_", "\\_") + "%");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return List.copyOf(found);
    }

    private long compact(String function) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                long folded = 0;
                try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(hashtext(?))")) {
                    lock.setString(1, function);
                    try (ResultSet locked = lock.executeQuery()) {
                        locked.next();
                        if (locked.getBoolean(1)) {
                            // The name comes from pg_proc and matched the prefix: no caller input reaches this statement.
                            try (PreparedStatement run = connection.prepareStatement("select " + function + "()");
                                    ResultSet result = run.executeQuery()) {
                                result.next();
                                folded = result.getLong(1);
                            }
                        }
                    }
                }
                connection.commit();
                return folded;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
