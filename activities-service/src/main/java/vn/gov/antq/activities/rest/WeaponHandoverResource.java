package vn.gov.antq.activities.rest;

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

import vn.gov.antq.activities.model.HandoverSource;
import vn.gov.antq.activities.model.WeaponCategory;
import vn.gov.antq.activities.repository.WeaponHandoverSearch;
import vn.gov.antq.activities.service.WeaponHandoverInput;
import vn.gov.antq.activities.service.WeaponHandoverService;
import vn.gov.antq.activities.service.WeaponHandoverView;
import vn.gov.antq.commons.concurrency.TaggedResponses;
import vn.gov.antq.commons.idempotency.IdempotencyKey;
import vn.gov.antq.commons.idempotency.IdempotentRequests;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.sync.DeltaPage;
import vn.gov.antq.commons.sync.DeltaRequest;

@Path("/api/v1/weapon-handovers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Weapon handovers", description = "Weapons, explosives, support tools and firecrackers handed over or seized "
        + "(thu hồi vũ khí, vật liệu nổ, công cụ hỗ trợ)")
public class WeaponHandoverResource {

    private static final String CONFLICT = "Double counting: a handover tally already counts these categories in this unit and period";

    @Inject
    WeaponHandoverService service;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listWeaponHandovers", summary = "List weapon handovers",
            description = "Filtered to the caller's scope: province officers see their province's handovers, commune officers their commune's.")
    @APIResponse(responseCode = "200", description = "A page of handovers, newest first unless sorted otherwise")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<WeaponHandoverView> listWeaponHandovers(
            @Parameter(description = "Current province code", example = "75") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Commune code", example = "26068") @QueryParam("commune")
            @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") String commune,
            @QueryParam("source") HandoverSource source,
            @Parameter(description = "Handovers with a line of this category") @QueryParam("category") WeaponCategory category,
            @Parameter(description = "Handovers on or after this day") @QueryParam("from") LocalDate from,
            @Parameter(description = "Handovers on or before this day") @QueryParam("to") LocalDate to,
            @Parameter(description = "Words to find in the handing party or the notes, diacritics-insensitive", example = "sung kip")
            @QueryParam("q") @Size(max = 100) String text,
            @Valid @BeanParam PageRequest page) {
        return service.list(new WeaponHandoverSearch(province, commune, source, category, from, to,
                text == null || text.isBlank() ? null : text), page);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listWeaponHandoverChanges", summary = "Handovers changed or deleted since a time (mobile sync)",
            description = "Send the syncedTo of the previous answer as updatedSince; a record may come twice, never not at all.")
    @APIResponse(responseCode = "200", description = "Changed handovers and the ids of deleted ones, within the caller's province or commune")
    @APIResponse(responseCode = "400", description = "updatedSince malformed or in the future, or size out of range")
    public DeltaPage<WeaponHandoverView> listWeaponHandoverChanges(@Valid @BeanParam DeltaRequest delta) {
        return service.changes(delta);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "getWeaponHandover", summary = "One weapon handover")
    @APIResponse(responseCode = "200", description = "The handover")
    @APIResponse(responseCode = "404", description = "No such handover in the caller's scope")
    public Response getWeaponHandover(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        WeaponHandoverView handover = service.get(id);
        return TaggedResponses.read(ifNoneMatch, handover, handover.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "createWeaponHandover", summary = "Record a weapon handover or seizure",
            description = "Commune officers record handovers of their commune; province officers any of their province's. "
                    + "One line per category, in the category's unit (pieces, or kg for explosives and firecrackers).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = WeaponHandoverView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: day, province, commune, lines, quantities, or a tip you cannot link")
    @APIResponse(responseCode = "403", description = "The unit is outside the caller's scope")
    @APIResponse(responseCode = "409", description = CONFLICT)
    @Transactional
    public Response createWeaponHandover(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Valid @NotNull WeaponHandoverInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            WeaponHandoverView created = service.create(input);
            return TaggedResponses.created(URI.create("/api/v1/weapon-handovers/" + created.id()), created, created.version());
        });
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "updateWeaponHandover", summary = "Change a handover's details",
            description = "Province and commune cannot change: a handover filed under the wrong unit is deleted and recorded again.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such handover in the caller's scope")
    @APIResponse(responseCode = "409", description = CONFLICT)
    public Response updateWeaponHandover(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WeaponHandoverInput input) {
        WeaponHandoverView updated = service.update(id, ifMatch, input);
        return TaggedResponses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "deleteWeaponHandover", summary = "Delete a handover recorded in error",
            description = "Sync clients see it among the deletions.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such handover in the caller's scope")
    public void deleteWeaponHandover(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
