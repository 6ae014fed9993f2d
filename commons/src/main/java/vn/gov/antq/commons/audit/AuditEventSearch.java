package vn.gov.antq.commons.audit;

import java.time.Instant;

/** Filters of the audit trail listing; null means "any". */
public record AuditEventSearch(String resourceType, String resourceId, String actor, Instant from, Instant to, String provinceCode) {
}
