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

import vn.gov.antq.activities.model.ActivityForm;
import vn.gov.antq.activities.model.ActivityTopic;
import vn.gov.antq.activities.repository.ActivitySearch;
import vn.gov.antq.activities.service.ActivityInput;
import vn.gov.antq.activities.service.ActivityView;
import vn.gov.antq.activities.service.PropagandaActivityService;
import vn.gov.antq.commons.concurrency.TaggedResponses;
import vn.gov.antq.commons.idempotency.IdempotencyKey;
import vn.gov.antq.commons.idempotency.IdempotentRequests;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.sync.DeltaPage;
import vn.gov.antq.commons.sync.DeltaRequest;

@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Propaganda activities", description = "Meetings, broadcasts, leaflets, screenings and other propaganda (tuyên truyền)")
public class PropagandaActivityResource {

    @Inject
    PropagandaActivityService service;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listActivities", summary = "List propaganda activities",
            description = "Filtered to the caller's scope: province officers see their province's activities, commune officers their commune's.")
    @APIResponse(responseCode = "200", description = "A page of activities")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<ActivityView> listActivities(
            @Parameter(description = "Current province code", example = "75") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Commune code", example = "26068") @QueryParam("commune")
            @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") String commune,
            @QueryParam("form") ActivityForm form,
            @Parameter(description = "Activities with this among their topics") @QueryParam("topic") ActivityTopic topic,
            @Parameter(description = "Activities whose day or period ends on or after this date") @QueryParam("from") LocalDate from,
            @Parameter(description = "Activities whose day or period starts on or before this date") @QueryParam("to") LocalDate to,
            @Parameter(description = "Words to find in the title or notes, diacritics-insensitive", example = "hop dan")
            @QueryParam("q") @Size(max = 100) String text,
            @Valid @BeanParam PageRequest page) {
        return service.list(new ActivitySearch(province, commune, form, topic, from, to, text == null || text.isBlank() ? null : text), page);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listActivityChanges", summary = "Activities changed or deleted since a time (mobile sync)",
            description = "Send the syncedTo of the previous answer as updatedSince; a record may come twice, never not at all.")
    @APIResponse(responseCode = "200", description = "Changed activities and the ids of deleted ones, within the caller's province or commune")
    @APIResponse(responseCode = "400", description = "updatedSince malformed or in the future, or size out of range")
    public DeltaPage<ActivityView> listActivityChanges(@Valid @BeanParam DeltaRequest delta) {
        return service.changes(delta);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "getActivity", summary = "One propaganda activity")
    @APIResponse(responseCode = "200", description = "The activity")
    @APIResponse(responseCode = "404", description = "No such activity in the caller's scope")
    public Response getActivity(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ActivityView activity = service.get(id);
        return TaggedResponses.read(ifNoneMatch, activity, activity.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "createActivity", summary = "Record a propaganda activity",
            description = "Commune officers record activities of their commune; province officers any of their province's.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: counts, dates, province, commune")
    @Transactional
    public Response createActivity(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Valid @NotNull ActivityInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            ActivityView created = service.create(input);
            return TaggedResponses.created(URI.create("/api/v1/activities/" + created.id()), created, created.version());
        });
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "updateActivity", summary = "Change an activity's details",
            description = "Province and commune cannot change: an activity filed under the wrong unit is deleted and recorded again.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid input: counts, dates, province, commune")
    @APIResponse(responseCode = "404", description = "No such activity in the caller's scope")
    @APIResponse(responseCode = "409", description = "A tally already counts it, a tip from a slip collected at it was received "
            + "before the new first day, or someone else's change committed while this one was being saved. Nothing was saved.")
    public Response updateActivity(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActivityInput input) {
        ActivityView updated = service.update(id, ifMatch, input);
        return TaggedResponses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "deleteActivity", summary = "Delete an activity recorded in error",
            description = "Sync clients see it among the deletions. Refused while tips from slips collected at it name it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such activity in the caller's scope")
    @APIResponse(responseCode = "409", description = "Tips name it (GET /api/v1/tips?activity={id}), or someone else's change "
            + "committed while this one was being saved. Nothing was deleted.")
    public void deleteActivity(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
