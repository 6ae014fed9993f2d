package vn.gov.antq.commons.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import vn.gov.antq.commons.aggregates.AggregateCompaction;

/**
 * A test's say over the scheduled aggregate compaction: keep it off while pending deltas must stay pending, or fold
 * everything now. Both take the advisory locks the compaction functions run under, as another instance would.
 */
public final class CompactionControl {

    private final DataSource dataSource;
    private final AggregateCompaction compaction;

    public CompactionControl(DataSource dataSource, AggregateCompaction compaction) {
        this.dataSource = dataSource;
        this.compaction = compaction;
    }

    /** A hold on every compaction function of the schema until closed; the scheduled runs skip them meanwhile. */
    public Held hold() throws SQLException {
        return hold(compaction.functions());
    }

    /**
     * A hold on these functions until closed. The locks live in one pooled session, and closing releases them before
     * the pool takes the session back.
     */
    public Held hold(List<String> functions) throws SQLException {
        Connection holder = dataSource.getConnection();
        try (PreparedStatement lock = holder.prepareStatement("select pg_advisory_lock(hashtext(?))")) {
            for (String function : functions) {
                lock.setString(1, function);
                lock.execute();
            }
        } catch (SQLException e) {
            holder.close();
            throw e;
        }
        return () -> {
            try (holder; Statement unlock = holder.createStatement()) {
                unlock.execute("select pg_advisory_unlock_all()");
            }
        };
    }

    /** Runs work under {@link #hold()}. */
    public void holding(Work work) throws SQLException {
        try (Held held = hold()) {
            work.run();
        }
    }

    /**
     * Folds every pending delta now; unlike {@link AggregateCompaction#compactAll()}, which skips a function a scheduled
     * run is folding, it waits for that run, so nothing is pending afterwards. The rows folded.
     */
    public long compactNow() throws SQLException {
        long folded = 0;
        for (String function : compaction.functions()) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
                        lock.setString(1, function);
                        lock.execute();
                    }
                    try (Statement run = connection.createStatement();
                            ResultSet result = run.executeQuery("select " + function + "()")) {
                        result.next();
                        folded += result.getLong(1);
                    }
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        }
        return folded;
    }

    /** Closing gives the compaction its functions back. */
    public interface Held extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    @FunctionalInterface
    public interface Work {
        void run() throws SQLException;
    }
}
