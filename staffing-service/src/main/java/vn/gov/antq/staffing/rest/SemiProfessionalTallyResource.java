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
import vn.gov.antq.staffing.service.SemiProfessionalTallyInput;
import vn.gov.antq.staffing.service.SemiProfessionalTallyService;
import vn.gov.antq.staffing.service.SemiProfessionalTallyView;

@Path("/api/v1/semi-professional-tallies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Semi-professional police", description = "Reported headcounts of the semi-professional commune police (Công an xã bán "
        + "chuyên trách) before 2024-07-01, by role")
public class SemiProfessionalTallyResource {

    private static final String CONFLICT = "Double counting: another tally of the same or a nested unit (a province and its communes) "
            + "overlaps in time (the detail names it)";

    @Inject
    SemiProfessionalTallyService service;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listSemiProfessionalTallies", summary = "List semi-professional police tallies",
            description = "Filtered to the caller's scope: province and commune officers see their province's tallies.")
    @APIResponse(responseCode = "200", description = "A page of tallies")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<SemiProfessionalTallyView> listSemiProfessionalTallies(
            @Parameter(description = "Current province the figures count under", example = "75") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Province code as reported (pre-2025)", example = "70") @QueryParam("reportedProvince")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String reportedProvince,
            @Parameter(description = "Commune code, current or as reported") @QueryParam("commune")
            @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") String commune,
            @Parameter(description = "Tallies whose dates end on or after this date") @QueryParam("from") LocalDate from,
            @Parameter(description = "Tallies whose dates start on or before this date") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageRequest page) {
        return service.list(new TallySearch(province, reportedProvince, commune, from, to), page);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listSemiProfessionalTallyChanges", summary = "Tallies changed or deleted since a time (mobile sync)",
            description = "Send the syncedTo of the previous answer as updatedSince; a record may come twice, never not at all.")
    @APIResponse(responseCode = "200", description = "Changed tallies and the ids of deleted ones, within the caller's province")
    @APIResponse(responseCode = "400", description = "updatedSince malformed or in the future, or size out of range")
    public DeltaPage<SemiProfessionalTallyView> listSemiProfessionalTallyChanges(@Valid @BeanParam DeltaRequest delta) {
        return service.changes(delta);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "getSemiProfessionalTally", summary = "One semi-professional police tally")
    @APIResponse(responseCode = "200", description = "The tally")
    @APIResponse(responseCode = "404", description = "No such tally in the caller's scope")
    public Response getSemiProfessionalTally(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        SemiProfessionalTallyView tally = service.get(id);
        return TaggedResponses.read(ifNoneMatch, tally, tally.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "createSemiProfessionalTally", summary = "Record a reported headcount of the semi-professional police",
            description = "The province (and commune) is taken as reported for the date (e.g. 70 Bình Phước on 2022-10-31) and counts "
                    + "under the current unit it went into. Province officers write their current province's tallies, commune officers "
                    + "their commune's.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = SemiProfessionalTallyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: neither asOf nor a period, dates from 2024-07-01, unit unknown "
            + "for the date, a commune split by the reform, negative counts")
    @APIResponse(responseCode = "403", description = "The unit is outside the caller's scope")
    @APIResponse(responseCode = "409", description = CONFLICT)
    @Transactional
    public Response createSemiProfessionalTally(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull SemiProfessionalTallyInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            SemiProfessionalTallyView created = service.create(input);
            return TaggedResponses.created(URI.create("/api/v1/semi-professional-tallies/" + created.id()), created, created.version());
        });
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "updateSemiProfessionalTally", summary = "Correct a semi-professional police tally")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "The new unit is outside the caller's scope")
    @APIResponse(responseCode = "404", description = "No such tally in the caller's scope")
    @APIResponse(responseCode = "409", description = CONFLICT)
    public Response updateSemiProfessionalTally(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SemiProfessionalTallyInput input) {
        SemiProfessionalTallyView updated = service.update(id, ifMatch, input);
        return TaggedResponses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "deleteSemiProfessionalTally", summary = "Delete a tally recorded in error",
            description = "Sync clients see it among the deletions.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such tally in the caller's scope")
    public void deleteSemiProfessionalTally(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
