package vn.gov.antq.models.rest;

import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import vn.gov.antq.commons.concurrency.TaggedResponses;
import vn.gov.antq.commons.idempotency.IdempotencyKey;
import vn.gov.antq.commons.idempotency.IdempotentRequests;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.sync.DeltaPage;
import vn.gov.antq.commons.sync.DeltaRequest;
import vn.gov.antq.models.repository.ModelTallySearch;
import vn.gov.antq.models.service.ModelTallyService;
import vn.gov.antq.models.service.TallyInput;
import vn.gov.antq.models.service.TallyView;

@Path("/api/v1/model-tallies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tallies", description = "Totals reported for a period where no detailed records exist; never overlapping detailed records")
public class ModelTallyResource {

    private static final String CONFLICT = "Double counting: the tally would overlap another tally or detailed models/sites of the same "
            + "unit, type and period (the detail names them)";

    @Inject
    ModelTallyService service;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listModelTallies", summary = "List tallies",
            description = "Filtered to the caller's scope: province and commune officers see their province's tallies.")
    @APIResponse(responseCode = "200", description = "A page of tallies")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<TallyView> listModelTallies(
            @Parameter(description = "Current province the figures count under", example = "75") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Province code as reported (pre-2025 codes for earlier periods)", example = "70")
            @QueryParam("reportedProvince") @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String reportedProvince,
            @Parameter(description = "Commune code, current or as reported") @QueryParam("commune")
            @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") String commune,
            @Parameter(description = "Model type code") @QueryParam("type") @Size(max = 60) String type,
            @Parameter(description = "Periods ending on or after this date") @QueryParam("from") LocalDate from,
            @Parameter(description = "Periods starting on or before this date") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageRequest page) {
        return service.list(new ModelTallySearch(province, reportedProvince, commune, type, from, to), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "getModelTally", summary = "One tally")
    @APIResponse(responseCode = "200", description = "The tally")
    @APIResponse(responseCode = "404", description = "No such tally in the caller's scope")
    public Response getModelTally(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        TallyView tally = service.get(id);
        return TaggedResponses.read(ifNoneMatch, tally, tally.version());
    }

    @GET
    @Path("/changes")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listModelTallyChanges", summary = "Tallies changed or deleted since a time (mobile sync)",
            description = "Send the syncedTo of the previous answer as updatedSince; a record may come twice, never not at all.")
    @APIResponse(responseCode = "200", description = "Changed tallies and the ids of deleted ones, within the caller's province")
    @APIResponse(responseCode = "400", description = "updatedSince malformed or in the future, or size out of range")
    public DeltaPage<TallyView> listModelTallyChanges(@Valid @BeanParam DeltaRequest delta) {
        return service.changes(delta);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "createModelTally", summary = "Record reported totals",
            description = "The province code is taken as reported for the period (e.g. 70 Bình Phước for 2019–2022) and counts under "
                    + "the current province it was merged into. Province officers write their current province's tallies, commune "
                    + "officers their commune's.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TallyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: province or commune unknown for the period, unknown type, "
            + "negative or no counts, period reversed or spanning 2025-07-01")
    @APIResponse(responseCode = "403", description = "The unit is outside the caller's scope")
    @APIResponse(responseCode = "409", description = CONFLICT)
    @Transactional
    public Response createModelTally(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Valid @NotNull TallyInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            TallyView created = service.create(input);
            return TaggedResponses.created(URI.create("/api/v1/model-tallies/" + created.id()), created, created.version());
        });
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "updateModelTally", summary = "Correct a tally")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "The new unit is outside the caller's scope")
    @APIResponse(responseCode = "404", description = "No such tally in the caller's scope")
    @APIResponse(responseCode = "409", description = CONFLICT)
    public Response updateModelTally(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TallyInput input) {
        TallyView updated = service.update(id, ifMatch, input);
        return TaggedResponses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "deleteModelTally", summary = "Delete a tally recorded in error",
            description = "Sync clients see it among the deletions.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such tally in the caller's scope")
    public void deleteModelTally(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
