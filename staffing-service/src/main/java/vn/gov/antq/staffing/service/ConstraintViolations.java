package vn.gov.antq.staffing.service;

import java.sql.SQLException;

import org.hibernate.exception.ConstraintViolationException;

/** Recognises a database constraint a write broke, for writers that raced past a service's own check. */
final class ConstraintViolations {

    /** PostgreSQL's exclusion_violation, which Hibernate reports without the constraint's name. */
    private static final String EXCLUSION_VIOLATION = "23P01";

    private ConstraintViolations() {
    }

    static boolean violates(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().contains(constraint)) {
                return true;
            }
            if (t instanceof SQLException sql && (EXCLUSION_VIOLATION.equals(sql.getSQLState()) || "23505".equals(sql.getSQLState()))
                    && sql.getMessage() != null && sql.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
