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
import vn.gov.antq.staffing.model.TraineeGroup;
import vn.gov.antq.staffing.model.TrainingKind;
import vn.gov.antq.staffing.repository.TrainingSearch;
import vn.gov.antq.staffing.service.TrainingInput;
import vn.gov.antq.staffing.service.TrainingService;
import vn.gov.antq.staffing.service.TrainingView;

@Path("/api/v1/trainings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trainings", description = "Training courses (tập huấn) for steering committees, commune police and the grassroots force, "
        + "guards; single courses or reported totals")
public class TrainingResource {

    private static final String CONFLICT = "Double counting: a reported total of the same or a nested unit, trainee group and "
            + "overlapping period already counts this training, or this total would count trainings recorded beside it";

    @Inject
    TrainingService service;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listTrainings", summary = "List trainings",
            description = "Filtered to the caller's scope: province and commune officers see their province's trainings.")
    @APIResponse(responseCode = "200", description = "A page of trainings")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<TrainingView> listTrainings(
            @Parameter(description = "Current province the training counts under", example = "38") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Province code as reported (pre-2025 codes for earlier periods)") @QueryParam("reportedProvince")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String reportedProvince,
            @Parameter(description = "Commune code, current or as reported") @QueryParam("commune")
            @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") String commune,
            @QueryParam("traineeGroup") TraineeGroup traineeGroup,
            @QueryParam("kind") TrainingKind kind,
            @Parameter(description = "Trainings ending on or after this date") @QueryParam("from") LocalDate from,
            @Parameter(description = "Trainings starting on or before this date") @QueryParam("to") LocalDate to,
            @Parameter(description = "Words in the course name or notes, diacritics-insensitive", example = "tap huan nghiep vu")
            @QueryParam("q") @Size(max = 100) String text,
            @Valid @BeanParam PageRequest page) {
        return service.list(new TrainingSearch(province, reportedProvince, commune, traineeGroup, kind, from, to, text), page);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listTrainingChanges", summary = "Trainings changed or deleted since a time (mobile sync)",
            description = "Send the syncedTo of the previous answer as updatedSince; a record may come twice, never not at all.")
    @APIResponse(responseCode = "200", description = "Changed trainings and the ids of deleted ones, within the caller's province")
    @APIResponse(responseCode = "400", description = "updatedSince malformed or in the future, or size out of range")
    public DeltaPage<TrainingView> listTrainingChanges(@Valid @BeanParam DeltaRequest delta) {
        return service.changes(delta);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "getTraining", summary = "One training")
    @APIResponse(responseCode = "200", description = "The training")
    @APIResponse(responseCode = "404", description = "No such training in the caller's scope")
    public Response getTraining(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        TrainingView training = service.get(id);
        return TaggedResponses.read(ifNoneMatch, training, training.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "createTraining", summary = "Record a training course or reported training totals",
            description = "The organising province (and commune) is taken as reported for the period's last day (a pre-2025 code "
                    + "before 2025-07-01) and counts under the current province. Province officers write their current province's "
                    + "trainings, commune officers their commune's.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TrainingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: dates reversed or spanning 2025-07-01, unit unknown for the "
            + "period, semi-professional police trained after they ended, a reported total without its source")
    @APIResponse(responseCode = "403", description = "The unit is outside the caller's scope")
    @APIResponse(responseCode = "409", description = CONFLICT)
    @Transactional
    public Response createTraining(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Valid @NotNull TrainingInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            TrainingView created = service.create(input);
            return TaggedResponses.created(URI.create("/api/v1/trainings/" + created.id()), created, created.version());
        });
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "updateTraining", summary = "Correct a training")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "The new unit is outside the caller's scope")
    @APIResponse(responseCode = "404", description = "No such training in the caller's scope")
    @APIResponse(responseCode = "409", description = CONFLICT)
    public Response updateTraining(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TrainingInput input) {
        TrainingView updated = service.update(id, ifMatch, input);
        return TaggedResponses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "deleteTraining", summary = "Delete a training recorded in error",
            description = "Sync clients see it among the deletions.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such training in the caller's scope")
    public void deleteTraining(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
