package vn.gov.antq.activities.rest;

import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.antq.activities.service.TipTallyInput;
import vn.gov.antq.activities.service.TipTallyService;
import vn.gov.antq.activities.service.TipTallyView;
import vn.gov.antq.commons.concurrency.TaggedResponses;
import vn.gov.antq.commons.idempotency.IdempotencyKey;
import vn.gov.antq.commons.idempotency.IdempotentRequests;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.sync.DeltaPage;
import vn.gov.antq.commons.sync.DeltaRequest;

@Path("/api/v1/tip-tallies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tip tallies", description = "Reported tip totals where no detailed tips exist; never counted twice")
public class TipTallyResource {

    private static final String CONFLICT = "Double counting: detailed tips or another tally already give a figure of this unit and period";

    @Inject
    TipTallyService service;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listTipTallies", summary = "List tip tallies",
            description = "Province and commune officers see their current province's tallies.")
    @APIResponse(responseCode = "200", description = "A page of tallies")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<TipTallyView> listTipTallies(
            @Parameter(description = "Current province code", example = "75") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Commune code, current or as reported") @QueryParam("commune")
            @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") String commune,
            @Parameter(description = "Province code as reported (a pre-2025 code for old periods)", example = "74")
            @QueryParam("reportedProvince") @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String reportedProvince,
            @Parameter(description = "Tallies whose period ends on or after this date") @QueryParam("from") LocalDate from,
            @Parameter(description = "Tallies whose period starts on or before this date") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageRequest page) {
        return service.list(province, reportedProvince, commune, from, to, page);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listTipTallyChanges", summary = "Tallies changed or deleted since a time (mobile sync)")
    @APIResponse(responseCode = "200", description = "Changed tallies and the ids of deleted ones, within the caller's province")
    @APIResponse(responseCode = "400", description = "updatedSince malformed or in the future, or size out of range")
    public DeltaPage<TipTallyView> listTipTallyChanges(@Valid @BeanParam DeltaRequest delta) {
        return service.changes(delta);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "getTipTally", summary = "One tip tally")
    @APIResponse(responseCode = "200", description = "The tally")
    @APIResponse(responseCode = "404", description = "No such tally in the caller's scope")
    public Response getTipTally(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        TipTallyView tally = service.get(id);
        return TaggedResponses.read(ifNoneMatch, tally, tally.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "createTipTally", summary = "Record reported tip totals",
            description = "For a period that has ended. The province code is taken as reported (e.g. 74 Bình Dương for 2018: 5,000 valuable tips, "
                    + "2,144 cases solved, 3,630 arrests) and counts under the current province it was merged into (79).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TipTallyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: province or commune unknown for the period, negative or no counts, "
            + "more valuable tips than received, a combined wanted figure beside split ones, a period reversed, not yet ended or spanning 2025-07-01")
    @APIResponse(responseCode = "403", description = "The unit is outside the caller's scope")
    @APIResponse(responseCode = "409", description = CONFLICT)
    @Transactional
    public Response createTipTally(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Valid @NotNull TipTallyInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            TipTallyView created = service.create(input);
            return TaggedResponses.created(URI.create("/api/v1/tip-tallies/" + created.id()), created, created.version());
        });
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "updateTipTally", summary = "Correct a tip tally")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such tally in the caller's scope")
    @APIResponse(responseCode = "409", description = CONFLICT)
    public Response updateTipTally(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TipTallyInput input) {
        TipTallyView updated = service.update(id, ifMatch, input);
        return TaggedResponses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "deleteTipTally", summary = "Delete a tip tally recorded in error")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such tally in the caller's scope")
    public void deleteTipTally(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
