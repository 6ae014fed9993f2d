package vn.gov.antq.commons.idempotency;

import java.net.URI;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.antq.commons.audit.AuditAction;
import vn.gov.antq.commons.audit.AuditDiff;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.idempotency.IdempotencyProbe.IdempotencyProbeView;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.commons.security.Roles;

/** Test-only resource: a create endpoint protected by Idempotency-Key, written the way domain services write theirs. */
@Path("/test-idempotent-records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdempotencyProbeResource {

    static final String ITEM_KEY = "Item-Key";

    public record IdempotencyProbeInput(@NotBlank String name, @NotNull @Pattern(regexp = "\\d{2}") String provinceCode) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    CallerScope caller;

    @Inject
    AuditTrail auditTrail;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ObjectMapper json;

    @Inject
    ProbeWriteControl control;

    @POST
    @Transactional
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER })
    @Operation(operationId = "createIdempotencyProbe", summary = "Create a probe record (at most once per Idempotency-Key)")
    @APIResponse(responseCode = "201", description = "Created, or the stored response of an earlier request with the same key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdempotencyProbeView.class)))
    public Response createIdempotencyProbe(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull IdempotencyProbeInput input) {
        control.arrived();
        // Authorisation before the key: a replay must not bypass it.
        caller.requireWrite(input.provinceCode(), null);
        return idempotentRequests.once(idempotencyKey, input, () -> write(input));
    }

    /** The same write under a key of the scope "probe-item", as a batch endpoint uses it for each of its items. */
    @POST
    @Path("/scoped")
    @Transactional
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER })
    @Operation(operationId = "createScopedIdempotencyProbe", summary = "Create a probe record (at most once per item key)")
    @APIResponse(responseCode = "201", description = "Created, or the stored response of an earlier request with the same item key")
    public Response createScopedIdempotencyProbe(@HeaderParam(ITEM_KEY) String itemKey, @Valid @NotNull IdempotencyProbeInput input) {
        caller.requireWrite(input.provinceCode(), null);
        return idempotentRequests.onceInScope("probe-item", "itemKey", itemKey, input, () -> write(input));
    }

    private Response write(IdempotencyProbeInput input) {
        if (control.refuse()) {
            return Response.status(Response.Status.CONFLICT).build();
        }
        IdempotencyProbe probe = new IdempotencyProbe();
        probe.name = input.name();
        probe.provinceCode = input.provinceCode();
        entityManager.persist(probe);
        entityManager.flush();
        IdempotencyProbeView created = probe.view();
        auditTrail.record(AuditAction.CREATE, "idempotency-probe", probe.id, probe.provinceCode, null,
                AuditDiff.between(json, null, created, Set.of()));
        control.beforeCommit();
        return Response.created(URI.create("/test-idempotent-records/" + probe.id)).tag("v1-" + probe.id)
                .entity(created).build();
    }
}
