package vn.gov.antq.staffing.rest;

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
import vn.gov.antq.staffing.repository.PoliceUnitSearch;
import vn.gov.antq.staffing.service.PoliceUnitInput;
import vn.gov.antq.staffing.service.PoliceUnitService;
import vn.gov.antq.staffing.service.PoliceUnitView;
import vn.gov.antq.staffing.service.StaffingService;
import vn.gov.antq.staffing.service.StaffingView;

@Path("/api/v1/police-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Police units", description = "Commune police units (Công an xã, phường, đặc khu), one per current commune, and their staffing")
public class PoliceUnitResource {

    @Inject
    PoliceUnitService service;

    @Inject
    StaffingService staffing;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listPoliceUnits", summary = "List commune police units",
            description = "Filtered to the caller's scope: province officers see their province's units, commune officers their commune's.")
    @APIResponse(responseCode = "200", description = "A page of units, by commune code unless sorted otherwise")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<PoliceUnitView> listPoliceUnits(
            @Parameter(description = "Current province code", example = "75") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Commune code", example = "26068") @QueryParam("commune")
            @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") String commune,
            @Parameter(description = "true: units fully regular (chính quy) on asOf; false: units not (yet) regular on asOf",
                    schema = @Schema(implementation = Boolean.class)) @QueryParam("regular")
            @Pattern(regexp = "true|false", message = "must be true or false") String regular,
            @Parameter(description = "The day the regular filter is judged on (ISO-8601 date); today by default", example = "2025-12-31")
            @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Words to find in the name or address, diacritics-insensitive", example = "bien hoa")
            @QueryParam("q") @Size(max = 100) String text,
            @Valid @BeanParam PageRequest page) {
        return service.list(new PoliceUnitSearch(province, commune, regular == null ? null : Boolean.valueOf(regular), asOf,
                text == null || text.isBlank() ? null : text), page);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listPoliceUnitChanges", summary = "Units changed or deleted since a time (mobile sync)",
            description = "Send the syncedTo of the previous answer as updatedSince; a record may come twice, never not at all.")
    @APIResponse(responseCode = "200", description = "Changed units and the ids of deleted ones, within the caller's province or commune")
    @APIResponse(responseCode = "400", description = "updatedSince malformed or in the future, or size out of range")
    public DeltaPage<PoliceUnitView> listPoliceUnitChanges(@Valid @BeanParam DeltaRequest delta) {
        return service.changes(delta);
    }

    @GET
    @Path("/staffing")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.PARTNER_SYSTEM,
            Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "listPoliceUnitStaffing", summary = "Staffing of the units of a province or commune as of a day",
            description = "Each unit's officers posted on the day by position, vacancies against the norm of its commune's type on that "
                    + "day, and whether it meets the norm. Figures only, no names: national for the ministry and partner systems, the "
                    + "own province for everyone else.")
    @APIResponse(responseCode = "200", description = "A page of units' staffing, by commune code")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging, or a day before 2025-07-01")
    public PageResponse<StaffingView> listPoliceUnitStaffing(
            @Parameter(description = "Current province code", example = "75") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Commune code", example = "25270") @QueryParam("commune")
            @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") String commune,
            @Parameter(description = "The day (ISO-8601 date, from 2025-07-01); today by default", example = "2026-10-01")
            @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "true: only units meeting the norm; false: only units short of it (or with a second chief)",
                    schema = @Schema(implementation = Boolean.class)) @QueryParam("meetsNorm")
            @Pattern(regexp = "true|false", message = "must be true or false") String meetsNorm,
            @Valid @BeanParam PageRequest page) {
        return staffing.list(province, commune, asOf, meetsNorm == null ? null : Boolean.valueOf(meetsNorm), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "getPoliceUnit", summary = "One police unit")
    @APIResponse(responseCode = "200", description = "The unit")
    @APIResponse(responseCode = "404", description = "No such unit in the caller's scope")
    public Response getPoliceUnit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        PoliceUnitView unit = service.get(id);
        return TaggedResponses.read(ifNoneMatch, unit, unit.version());
    }

    @GET
    @Path("/{id}/staffing")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.PARTNER_SYSTEM,
            Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "getPoliceUnitStaffing", summary = "A unit's staffing as of a day",
            description = "Officers posted on the day by position (a posting counts from its first to its last day), vacancies against "
                    + "the norm of the commune's type on that day (exactly the chiefs, at least the deputies and officers), and whether "
                    + "the unit meets it. Figures only, no names.")
    @APIResponse(responseCode = "200", description = "The unit's staffing")
    @APIResponse(responseCode = "400", description = "A day before 2025-07-01, or one the unit's commune is not in force on")
    @APIResponse(responseCode = "404", description = "No such unit in the caller's aggregate scope")
    public StaffingView getPoliceUnitStaffing(@PathParam("id") long id,
            @Parameter(description = "The day (ISO-8601 date, from 2025-07-01); today by default", example = "2026-10-01")
            @QueryParam("asOf") LocalDate asOf) {
        return staffing.ofUnit(id, asOf);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "createPoliceUnit", summary = "Record a commune's police unit",
            description = "One unit per current commune; its province is the commune's. Commune officers record their own commune's.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PoliceUnitView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: commune unknown or not in force today, phone not Vietnamese, date in the future")
    @APIResponse(responseCode = "409", description = "The commune already has its unit")
    @Transactional
    public Response createPoliceUnit(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Valid @NotNull PoliceUnitInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            PoliceUnitView created = service.create(input);
            return TaggedResponses.created(URI.create("/api/v1/police-units/" + created.id()), created, created.version());
        });
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "updatePoliceUnit", summary = "Change a unit's details",
            description = "The commune cannot change: a unit filed under the wrong commune is deleted and recorded again.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such unit in the caller's scope")
    public Response updatePoliceUnit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PoliceUnitInput input) {
        PoliceUnitView updated = service.update(id, ifMatch, input);
        return TaggedResponses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "deletePoliceUnit", summary = "Delete a unit recorded in error",
            description = "Refused (409) while postings refer to it. Sync clients see it among the deletions.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such unit in the caller's scope")
    @APIResponse(responseCode = "409", description = "The unit has postings, or it changed while being deleted")
    public void deletePoliceUnit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
