package vn.gov.antq.models.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.gov.antq.models.model.RecognitionResult;
import vn.gov.antq.models.model.SafeUnitKind;
import vn.gov.antq.models.repository.SafeUnitRecognitionSearch;
import vn.gov.antq.models.service.RecognitionInput;
import vn.gov.antq.models.service.RecognitionView;
import vn.gov.antq.models.service.SafeUnitRecognitionService;

@Path("/api/v1/safe-unit-recognitions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Safe-unit recognitions", description = "Yearly \"An toàn về an ninh, trật tự\" verdicts on residential areas, communes, "
        + "agencies, enterprises and schools")
public class SafeUnitRecognitionResource {

    @Inject
    SafeUnitRecognitionService service;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listSafeUnitRecognitions", summary = "List safe-unit verdicts",
            description = "Filtered to the caller's scope: province officers see their province's verdicts, commune officers their commune's.")
    @APIResponse(responseCode = "200", description = "A page of verdicts, newest year first by default")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<RecognitionView> listSafeUnitRecognitions(
            @Parameter(description = "Current province code", example = "75") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Commune code", example = "26068") @QueryParam("commune")
            @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") String commune,
            @Parameter(description = "Year the verdict is for", example = "2025") @QueryParam("year")
            @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year,
            @QueryParam("unitKind") SafeUnitKind unitKind,
            @QueryParam("result") RecognitionResult result,
            @Parameter(description = "Words to find in the unit name, diacritics-insensitive", example = "bau sen")
            @QueryParam("q") @Size(max = 100) String text,
            @Valid @BeanParam PageRequest page) {
        return service.list(new SafeUnitRecognitionSearch(province, commune, year, unitKind, result,
                text == null || text.isBlank() ? null : text), page);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listSafeUnitRecognitionChanges", summary = "Verdicts changed or deleted since a time (mobile sync)",
            description = "Send the syncedTo of the previous answer as updatedSince; a record may come twice, never not at all.")
    @APIResponse(responseCode = "200", description = "Changed verdicts and the ids of deleted ones, within the caller's province or commune")
    @APIResponse(responseCode = "400", description = "updatedSince malformed or in the future, or size out of range")
    public DeltaPage<RecognitionView> listSafeUnitRecognitionChanges(@Valid @BeanParam DeltaRequest delta) {
        return service.changes(delta);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "getSafeUnitRecognition", summary = "One verdict")
    @APIResponse(responseCode = "200", description = "The verdict")
    @APIResponse(responseCode = "404", description = "No such verdict in the caller's scope")
    public Response getSafeUnitRecognition(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        RecognitionView recognition = service.get(id);
        return TaggedResponses.read(ifNoneMatch, recognition, recognition.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "createSafeUnitRecognition", summary = "Record a yearly verdict on a unit")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = RecognitionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: year in the future, decision before the year, commune unknown on that date")
    @APIResponse(responseCode = "409", description = "The unit already has a verdict for that year")
    @Transactional
    public Response createSafeUnitRecognition(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull RecognitionInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            RecognitionView created = service.create(input);
            return TaggedResponses.created(URI.create("/api/v1/safe-unit-recognitions/" + created.id()), created, created.version());
        });
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "updateSafeUnitRecognition", summary = "Correct a verdict",
            description = "The commune cannot change: a verdict filed under the wrong commune is deleted and recorded again.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such verdict in the caller's scope")
    @APIResponse(responseCode = "409", description = "The unit already has another verdict for that year")
    public Response updateSafeUnitRecognition(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RecognitionInput input) {
        RecognitionView updated = service.update(id, ifMatch, input);
        return TaggedResponses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "deleteSafeUnitRecognition", summary = "Delete a verdict recorded in error",
            description = "Sync clients see it among the deletions.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such verdict in the caller's scope")
    public void deleteSafeUnitRecognition(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
