package vn.gov.antq.commons.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * SQL a test runs on the service's database past its REST layer and repositories: to write what no endpoint may
 * (records as another system or a migration would write them, deltas for the triggers to take) and to read what
 * the database holds. Each call is its own transaction unless it says otherwise; SQL errors surface as
 * {@link IllegalStateException}, so a test fails on them without declaring them.
 */
public final class DirectSql {

    private final DataSource dataSource;

    public DirectSql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Each statement in its own transaction, in order. */
    public void execute(String... statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statements in one transaction: all of them or none. */
    public void inOneTransaction(String... statements) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row as a number; 0 for SQL null. */
    public long count(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return count(statement, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #count(String)} on a statement of the caller's own (open) transaction. */
    public static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The first column of the first row as text. */
    public String string(String sql) {
        List<List<Object>> rows = rows(sql);
        return rows.isEmpty() || rows.get(0).get(0) == null ? null : rows.get(0).get(0).toString();
    }

    /** The first column of every row, as numbers. */
    public List<Long> longs(String sql) {
        return rows(sql).stream().map(row -> (Long) row.get(0)).toList();
    }

    /** Every row, integers of any SQL type as {@code Long} so rows of differently typed queries compare equal. */
    public List<List<Object>> rows(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            int width = rows.getMetaData().getColumnCount();
            List<List<Object>> result = new ArrayList<>();
            while (rows.next()) {
                List<Object> row = new ArrayList<>(width);
                for (int column = 1; column <= width; column++) {
                    Object value = rows.getObject(column);
                    row.add(value instanceof Number number && !(value instanceof java.math.BigDecimal decimal && decimal.scale() > 0)
                            ? (Object) number.longValue() : value);
                }
                result.add(row);
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
