package vn.gov.antq.commons.audit;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.arc.properties.IfBuildProperty;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.security.Roles;

/** The audit trail of this service's database; read-only by design (there is no way to change it through the API). */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Every write to this service's records: who, when, what changed")
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class AuditEventResource {

    @Inject
    AuditTrail auditTrail;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER })
    @Operation(operationId = "listAuditEvents", summary = "List audit events",
            description = "Newest first by default. MINISTRY_ADMIN sees all; PROVINCE_OFFICER only events of its province.")
    @APIResponse(responseCode = "200", description = "A page of audit events")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<AuditEventView> listAuditEvents(
            @Parameter(description = "Resource type, e.g. model, site, tip") @QueryParam("resourceType") @Size(max = 80) String resourceType,
            @Parameter(description = "Id of the record") @QueryParam("resourceId") @Size(max = 100) String resourceId,
            @Parameter(description = "Token subject of the actor") @QueryParam("actor") @Size(max = 200) String actor,
            @Parameter(description = "Only events at or after this instant (ISO-8601)", example = "2026-01-01T00:00:00Z")
            @QueryParam("from") Instant from,
            @Parameter(description = "Only events before this instant (ISO-8601)") @QueryParam("to") Instant to,
            @Parameter(description = "Current province code of the records") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @Valid @BeanParam PageRequest page) {
        return auditTrail.search(new AuditEventSearch(resourceType, resourceId, actor, from, to, province), page);
    }
}
