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
import vn.gov.antq.staffing.model.PostingPosition;
import vn.gov.antq.staffing.repository.PostingSearch;
import vn.gov.antq.staffing.service.PostingInput;
import vn.gov.antq.staffing.service.PostingService;
import vn.gov.antq.staffing.service.PostingView;
import vn.gov.antq.staffing.service.TransferInput;
import vn.gov.antq.staffing.service.TransferView;

@Path("/api/v1/postings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Postings", description = "Regular officers' postings to commune police units (chief, deputy, officer) and transfers")
public class PostingResource {

    @Inject
    PostingService service;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listPostings", summary = "List postings",
            description = "Filtered to the caller's scope by the unit: province officers see their province's, commune officers their "
                    + "commune's. Postings name officers by id only.")
    @APIResponse(responseCode = "200", description = "A page of postings, oldest first unless sorted otherwise")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<PostingView> listPostings(
            @Parameter(description = "Current province code of the unit", example = "75") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Commune code of the unit", example = "26068") @QueryParam("commune")
            @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") String commune,
            @Parameter(description = "Police unit id") @QueryParam("policeUnit") @Positive Long policeUnit,
            @Parameter(description = "Officer id") @QueryParam("officer") @Positive Long officer,
            @QueryParam("position") PostingPosition position,
            @Parameter(description = "Postings covering that day (ISO-8601 date)", example = "2026-01-01") @QueryParam("activeOn") LocalDate activeOn,
            @Valid @BeanParam PageRequest page) {
        return service.list(new PostingSearch(province, commune, policeUnit, officer, position, activeOn), page);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listPostingChanges", summary = "Postings changed or deleted since a time (mobile sync)",
            description = "Send the syncedTo of the previous answer as updatedSince; a record may come twice, never not at all.")
    @APIResponse(responseCode = "200", description = "Changed postings and the ids of deleted ones, within the caller's province or commune")
    @APIResponse(responseCode = "400", description = "updatedSince malformed or in the future, or size out of range")
    public DeltaPage<PostingView> listPostingChanges(@Valid @BeanParam DeltaRequest delta) {
        return service.changes(delta);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "getPosting", summary = "One posting")
    @APIResponse(responseCode = "200", description = "The posting")
    @APIResponse(responseCode = "404", description = "No such posting in the caller's scope")
    public Response getPosting(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        PostingView posting = service.get(id);
        return TaggedResponses.read(ifNoneMatch, posting, posting.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER })
    @Operation(operationId = "updatePosting", summary = "Correct or end a posting",
            description = "Ending a posting is sending it with its last day in toDate. The officer and the unit cannot change: a move "
                    + "to another unit or position is a transfer.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid input, or another unit")
    @APIResponse(responseCode = "404", description = "No such posting in the caller's scope")
    public Response updatePosting(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PostingInput input) {
        PostingView updated = service.update(id, ifMatch, input);
        return TaggedResponses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER })
    @Operation(operationId = "deletePosting", summary = "Delete a posting recorded in error",
            description = "A posting that ended keeps its toDate instead. Sync clients see it among the deletions.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such posting in the caller's scope")
    @APIResponse(responseCode = "409", description = "A later posting was opened by a transfer from this one, or it changed while being deleted")
    public void deletePosting(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @POST
    @Path("/{id}/transfers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER })
    @Operation(operationId = "transferPosting", summary = "Transfer the officer: end this posting and open the next, atomically",
            description = "The posting ends the day before effectiveFrom and the new one (another unit of the province, or another "
                    + "position) starts on it, in one transaction: if the new posting is refused, this one stays as it was. Send the "
                    + "posting's ETag in If-Match and an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Transferred: the closed and the opened posting; Location and ETag are the new one's",
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: effectiveFrom not after the posting's start, unit unknown or of another "
            + "province, the same unit and position, dates")
    @APIResponse(responseCode = "404", description = "No such posting in the caller's scope")
    @APIResponse(responseCode = "409", description = "The posting had already ended, or the new posting overlaps another of the officer's")
    @Transactional
    public Response transferPosting(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Valid @NotNull TransferInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            TransferView transfer = service.transfer(id, ifMatch, input);
            return TaggedResponses.created(URI.create("/api/v1/postings/" + transfer.opened().id()), transfer,
                    transfer.opened().version());
        });
    }
}
