package vn.gov.antq.staffing.rest;

import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
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
import vn.gov.antq.staffing.model.Gender;
import vn.gov.antq.staffing.model.PoliceRank;
import vn.gov.antq.staffing.repository.OfficerSearch;
import vn.gov.antq.staffing.service.OfficerInput;
import vn.gov.antq.staffing.service.OfficerService;
import vn.gov.antq.staffing.service.OfficerView;
import vn.gov.antq.staffing.service.PostingInput;
import vn.gov.antq.staffing.service.PostingService;
import vn.gov.antq.staffing.service.PostingView;

@Path("/api/v1/officers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Officers", description = "Regular police officers of a province (Công an chính quy) and their postings. Personal data only "
        + "within the caller's scope; ministry analysts get pseudonymous views; partner systems get no officer data")
public class OfficerResource {

    @Inject
    OfficerService service;

    @Inject
    PostingService postings;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listOfficers", summary = "List officers",
            description = "Province officers see their province's officers, commune officers those of their province ever posted to their "
                    + "commune, both with personal data; ministry analysts see every officer pseudonymously and may not search or sort by "
                    + "name or birth year (403).")
    @APIResponse(responseCode = "200", description = "A page of officers")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<OfficerView> listOfficers(
            @Parameter(description = "Current province code", example = "75") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @QueryParam("rank") PoliceRank rank,
            @QueryParam("gender") Gender gender,
            @Parameter(description = "Officers posted to this unit on asOf") @QueryParam("policeUnit") @Positive Long policeUnit,
            @Parameter(description = "The day for policeUnit (ISO-8601 date); today by default") @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Words to find in the name, diacritics-insensitive (personal data: not for pseudonymous readers)",
                    example = "nguyen van an") @QueryParam("q") @Size(max = 100) String text,
            @Valid @BeanParam PageRequest page) {
        return service.list(new OfficerSearch(province, rank, gender, policeUnit, asOf, text == null || text.isBlank() ? null : text, null),
                page);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER })
    @Operation(operationId = "listOfficerChanges", summary = "Officers changed or deleted since a time (sync)",
            description = "Officers are province records: province officers get their province's, analysts every officer pseudonymously. "
                    + "Commune clients list their unit's officers (policeUnit filter) and sync its postings instead.")
    @APIResponse(responseCode = "200", description = "Changed officers and the ids of deleted ones")
    @APIResponse(responseCode = "400", description = "updatedSince malformed or in the future, or size out of range")
    public DeltaPage<OfficerView> listOfficerChanges(@Valid @BeanParam DeltaRequest delta) {
        return service.changes(delta);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "getOfficer", summary = "One officer", description = "With personal data within the caller's scope, "
            + "pseudonymous for ministry analysts.")
    @APIResponse(responseCode = "200", description = "The officer")
    @APIResponse(responseCode = "404", description = "No such officer in the caller's scope")
    public Response getOfficer(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        OfficerView officer = service.get(id);
        return TaggedResponses.read(ifNoneMatch, officer, officer.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER })
    @Operation(operationId = "createOfficer", summary = "Record an officer of a province's police")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = OfficerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: province not current, birth year out of range, identity number or phone malformed")
    @APIResponse(responseCode = "409", description = "Another officer has this identity number")
    @Transactional
    public Response createOfficer(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Valid @NotNull OfficerInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            OfficerView created = service.create(input);
            return TaggedResponses.created(URI.create("/api/v1/officers/" + created.id()), created, created.version());
        });
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER })
    @Operation(operationId = "updateOfficer", summary = "Change an officer's record (a promotion, a correction)",
            description = "A move to another province needs the ministry (or an officer of both provinces) and no current or future posting.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such officer in the caller's scope")
    public Response updateOfficer(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OfficerInput input) {
        OfficerView updated = service.update(id, ifMatch, input);
        return TaggedResponses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER })
    @Operation(operationId = "deleteOfficer", summary = "Delete an officer recorded in error",
            description = "Refused (409) while postings refer to the officer.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such officer in the caller's scope")
    @APIResponse(responseCode = "409", description = "The officer has postings, or changed while being deleted")
    public void deleteOfficer(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("/{id}/postings")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listOfficerPostings", summary = "An officer's postings",
            description = "Those in the caller's scope (a commune officer: the ones in its commune), oldest first.")
    @APIResponse(responseCode = "200", description = "A page of postings")
    @APIResponse(responseCode = "400", description = "Invalid paging or sort")
    @APIResponse(responseCode = "404", description = "No such officer in the caller's scope")
    public PageResponse<PostingView> listOfficerPostings(@PathParam("id") long id, @Valid @BeanParam PageRequest page) {
        return postings.listForOfficer(id, page);
    }

    @POST
    @Path("/{id}/postings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER })
    @Operation(operationId = "createPosting", summary = "Post the officer to a unit of its province",
            description = "An officer serves in one place at a time: a posting sharing a day with another of the officer's is a 409.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: unit unknown or of another province, dates reversed, before the "
            + "unit's commune is in force, more than a year ahead, or the officer under 18")
    @APIResponse(responseCode = "404", description = "No such officer in the caller's scope")
    @APIResponse(responseCode = "409", description = "The officer is posted elsewhere on some of these days")
    @Transactional
    public Response createPosting(@PathParam("id") long id, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull PostingInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            PostingView created = postings.create(id, input);
            return TaggedResponses.created(URI.create("/api/v1/postings/" + created.id()), created, created.version());
        });
    }
}
