package vn.gov.antq.staffing.service;

import java.sql.SQLException;

import org.hibernate.exception.ConstraintViolationException;

/**
 * Recognises a statement refused by a named constraint, so that a writer who raced past a service's own check gets
 * the same 409 as one who did not. Hibernate names the constraint for unique and foreign-key violations but not for
 * exclusion constraints (SQLSTATE 23P01), whose name PostgreSQL gives only in the message.
 */
final class DatabaseConstraints {

    private DatabaseConstraints() {
    }

    static boolean violated(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().contains(constraint)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")
                    && sql.getMessage() != null && sql.getMessage().contains("\"" + constraint + "\"")) {
                return true;
            }
        }
        return false;
    }
}
