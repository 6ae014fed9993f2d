package vn.gov.antq.commons.audit;

/** Kinds of audited writes. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, STATE_CHANGE, REVEAL_IDENTITY, IMPORT
}
