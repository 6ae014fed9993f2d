package vn.gov.antq.staffing.rest;

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

import vn.gov.antq.commons.concurrency.TaggedResponses;
import vn.gov.antq.commons.idempotency.IdempotencyKey;
import vn.gov.antq.commons.idempotency.IdempotentRequests;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.sync.DeltaPage;
import vn.gov.antq.commons.sync.DeltaRequest;
import vn.gov.antq.staffing.repository.TallySearch;
import vn.gov.antq.staffing.service.RegularPoliceTallyInput;
import vn.gov.antq.staffing.service.RegularPoliceTallyService;
import vn.gov.antq.staffing.service.RegularPoliceTallyView;

@Path("/api/v1/regular-police-tallies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regular police tallies", description = "Reported headcounts of the regular commune police (Công an xã chính quy) for units "
        + "whose postings are not recorded: before the 2025-07-01 reform, or units without postings")
public class RegularPoliceTallyResource {

    private static final String CONFLICT = "Double counting: a tally of the same or a nested unit on the same day, postings covering "
            + "the unit on the day, or (with communesWithRegularPolice) police units regular on it (the detail names them)";

    @Inject
    RegularPoliceTallyService service;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listRegularPoliceTallies", summary = "List regular police tallies",
            description = "Filtered to the caller's scope: province and commune officers see their province's tallies.")
    @APIResponse(responseCode = "200", description = "A page of tallies")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<RegularPoliceTallyView> listRegularPoliceTallies(
            @Parameter(description = "Current province the figures count under", example = "75") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Province code as reported", example = "70") @QueryParam("reportedProvince")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String reportedProvince,
            @Parameter(description = "Commune code, current or as reported") @QueryParam("commune")
            @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") String commune,
            @Parameter(description = "Headcounts of this day or later", example = "2019-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Headcounts of this day or earlier", example = "2022-12-31") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageRequest page) {
        return service.list(new TallySearch(province, reportedProvince, commune, from, to), page);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listRegularPoliceTallyChanges", summary = "Tallies changed or deleted since a time (mobile sync)",
            description = "Send the syncedTo of the previous answer as updatedSince; a record may come twice, never not at all.")
    @APIResponse(responseCode = "200", description = "Changed tallies and the ids of deleted ones, within the caller's province")
    @APIResponse(responseCode = "400", description = "updatedSince malformed or in the future, or size out of range")
    public DeltaPage<RegularPoliceTallyView> listRegularPoliceTallyChanges(@Valid @BeanParam DeltaRequest delta) {
        return service.changes(delta);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "getRegularPoliceTally", summary = "One regular police tally")
    @APIResponse(responseCode = "200", description = "The tally")
    @APIResponse(responseCode = "404", description = "No such tally in the caller's scope")
    public Response getRegularPoliceTally(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        RegularPoliceTallyView tally = service.get(id);
        return TaggedResponses.read(ifNoneMatch, tally, tally.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "createRegularPoliceTally", summary = "Record a reported headcount of the regular commune police",
            description = "The province (and commune) is taken as reported on the day (e.g. 70 Bình Phước on 2022-10-31) and counts under "
                    + "the current unit it is or went into. Province officers write their current province's tallies, commune officers "
                    + "their commune's.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RegularPoliceTallyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: unit unknown for the day, a commune split by the reform, negative "
            + "counts, more than one commune for a commune")
    @APIResponse(responseCode = "403", description = "The unit is outside the caller's scope")
    @APIResponse(responseCode = "409", description = CONFLICT)
    @Transactional
    public Response createRegularPoliceTally(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull RegularPoliceTallyInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            RegularPoliceTallyView created = service.create(input);
            return TaggedResponses.created(URI.create("/api/v1/regular-police-tallies/" + created.id()), created, created.version());
        });
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "updateRegularPoliceTally", summary = "Correct a regular police tally")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "The new unit is outside the caller's scope")
    @APIResponse(responseCode = "404", description = "No such tally in the caller's scope")
    @APIResponse(responseCode = "409", description = CONFLICT)
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public Response updateRegularPoliceTally(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RegularPoliceTallyInput input) {
        RegularPoliceTallyView updated = service.update(id, ifMatch, input);
        return TaggedResponses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "deleteRegularPoliceTally", summary = "Delete a tally recorded in error",
            description = "Sync clients see it among the deletions.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such tally in the caller's scope")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public void deleteRegularPoliceTally(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
