package vn.gov.antq.commons.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

/**
 * Two transactions writing at once, in the order that shows whether the second one's triggers wait for the first:
 * the first writes and stays open, the second writes, and only once PostgreSQL reports the second blocked by another
 * session does the first commit. A second writer that finishes without waiting fails the test. Closing the
 * connections rolls back whatever a failure left open.
 */
public final class ConcurrentWriters {

    private ConcurrentWriters() {
    }

    public static void secondWaitsForFirst(DataSource dataSource, String first, String second) throws Exception {
        DirectSql sql = new DirectSql(dataSource);
        try (Connection firstWriter = dataSource.getConnection(); Connection secondWriter = dataSource.getConnection()) {
            firstWriter.setAutoCommit(false);
            secondWriter.setAutoCommit(false);
            try (Statement statement = firstWriter.createStatement()) {
                statement.executeUpdate(first);
            }
            long secondPid;
            try (Statement statement = secondWriter.createStatement()) {
                secondPid = DirectSql.count(statement, "select pg_backend_pid()");
            }
            CompletableFuture<Void> secondWrite = CompletableFuture.runAsync(() -> {
                try (Statement statement = secondWriter.createStatement()) {
                    statement.executeUpdate(second);
                    secondWriter.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            while (sql.count("select cardinality(pg_blocking_pids(" + secondPid + "))") == 0) {
                assertFalse(secondWrite.isDone(), "the second writer finished without waiting for the first");
                Thread.sleep(20);
            }
            firstWriter.commit();
            secondWrite.get(60, TimeUnit.SECONDS);
        }
    }
}
