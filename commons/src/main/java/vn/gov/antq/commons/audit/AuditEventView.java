package vn.gov.antq.commons.audit;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit trail entry as the API shows it. */
@Schema(name = "AuditEvent", description = "A recorded write: who did what to which record, and what changed")
public record AuditEventView(
        @Schema(examples = "1042") long id,
        @Schema(examples = "2026-03-14T08:15:30Z") Instant occurredAt,
        @Schema(description = "Token subject of the actor", examples = "officer.binhphuoc@bca") String actor,
        @Schema(description = "Roles of the actor at the time", examples = "[\"PROVINCE_OFFICER\"]") List<String> actorRoles,
        @Schema(examples = "UPDATE") AuditAction action,
        @Schema(examples = "model") String resourceType,
        @Schema(examples = "318") String resourceId,
        @Schema(description = "Current province of the record", examples = "75") String provinceCode,
        @Schema(examples = "25432") String communeCode,
        @Schema(description = "Changed fields with old and new values; personal data shows as [redacted]") List<FieldChange> changes,
        @Schema(description = "Correlation id of the request that made the change") String requestId) {
}
