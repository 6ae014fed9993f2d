package vn.gov.antq.models.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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
import vn.gov.antq.models.model.LeadOrganisation;
import vn.gov.antq.models.model.ModelStatus;
import vn.gov.antq.models.repository.SecurityModelSearch;
import vn.gov.antq.models.service.ModelInput;
import vn.gov.antq.models.service.ModelReviewService;
import vn.gov.antq.models.service.ModelSiteService;
import vn.gov.antq.models.service.ModelView;
import vn.gov.antq.models.service.ReviewInput;
import vn.gov.antq.models.service.ReviewView;
import vn.gov.antq.models.service.SecurityModelService;
import vn.gov.antq.models.service.SiteInput;
import vn.gov.antq.models.service.SiteView;
import vn.gov.antq.models.service.StatusChangeInput;
import vn.gov.antq.models.service.StatusChangeView;

@Path("/api/v1/models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Models", description = "Self-management (community security) models and their lifecycle")
public class SecurityModelResource {

    @Inject
    SecurityModelService service;

    @Inject
    ModelReviewService reviewService;

    @Inject
    ModelSiteService siteService;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listModels", summary = "List models",
            description = "Filtered to the caller's scope: province and commune officers see their province's models.")
    @APIResponse(responseCode = "200", description = "A page of models")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<ModelView> listModels(
            @Parameter(description = "Current province code", example = "75") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Model type code") @QueryParam("type") @Size(max = 60) String type,
            @QueryParam("status") ModelStatus status,
            @QueryParam("leadOrganisation") LeadOrganisation leadOrganisation,
            @Parameter(description = "Started on or after (ISO-8601 date)") @QueryParam("startedFrom") LocalDate startedFrom,
            @Parameter(description = "Started on or before (ISO-8601 date)") @QueryParam("startedTo") LocalDate startedTo,
            @Parameter(description = "Words to find in the name, diacritics-insensitive", example = "to an ninh")
            @QueryParam("q") @Size(max = 100) String text,
            @Valid @BeanParam PageRequest page) {
        return service.list(new SecurityModelSearch(province, type, status, leadOrganisation, startedFrom, startedTo,
                text == null || text.isBlank() ? null : text), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "getModel", summary = "One model")
    @APIResponse(responseCode = "200", description = "The model")
    @APIResponse(responseCode = "404", description = "No such model in the caller's scope")
    public Response getModel(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ModelView model = service.get(id);
        return TaggedResponses.read(ifNoneMatch, model, model.version());
    }

    @GET
    @Path("/changes")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listModelChanges", summary = "Models changed or deleted since a time (mobile sync)",
            description = "Send the syncedTo of the previous answer as updatedSince; a record may come twice, never not at all.")
    @APIResponse(responseCode = "200", description = "Changed models and the ids of deleted ones, within the caller's province")
    @APIResponse(responseCode = "400", description = "updatedSince malformed or in the future, or size out of range")
    public DeltaPage<ModelView> listModelChanges(@Valid @BeanParam DeltaRequest delta) {
        return service.changes(delta);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER })
    @Operation(operationId = "createModel", summary = "Record a model")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ModelView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: unknown type, province not current, dates")
    @APIResponse(responseCode = "409", description = "A tally of the province already counts models of this type for its period")
    @Transactional
    public Response createModel(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Valid @NotNull ModelInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            ModelView created = service.create(input);
            return TaggedResponses.created(URI.create("/api/v1/models/" + created.id()), created, created.version());
        });
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER })
    @Operation(operationId = "updateModel", summary = "Change a model's details",
            description = "The status is changed through status-changes, not here.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such model in the caller's scope")
    @APIResponse(responseCode = "409", description = "A tally already counts the model or its sites for the new type, province or dates")
    public Response updateModel(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ModelInput input) {
        ModelView updated = service.update(id, ifMatch, input);
        return TaggedResponses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER })
    @Operation(operationId = "deleteModel", summary = "Delete a model recorded in error",
            description = "Its reviews and history go with it; sync clients see it among the deletions.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such model in the caller's scope")
    @APIResponse(responseCode = "409", description = "Other models were replicated from it")
    public void deleteModel(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("/{id}/status-changes")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listModelStatusChanges", summary = "The dated lifecycle history of a model")
    @APIResponse(responseCode = "200", description = "Transitions, oldest first")
    @APIResponse(responseCode = "404", description = "No such model in the caller's scope")
    public List<StatusChangeView> listModelStatusChanges(@PathParam("id") long id) {
        return service.history(id);
    }

    @POST
    @Path("/{id}/status-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER })
    @Operation(operationId = "changeModelStatus", summary = "Move a model through its lifecycle",
            description = "PILOT→ACTIVE|DISSOLVED, ACTIVE→SUSPENDED|DISSOLVED, SUSPENDED→ACTIVE|DISSOLVED; DISSOLVED is final.")
    @APIResponse(responseCode = "200", description = "The model in its new status")
    @APIResponse(responseCode = "400", description = "Invalid input or date")
    @APIResponse(responseCode = "404", description = "No such model in the caller's scope")
    @APIResponse(responseCode = "409", description = "Transition not allowed from the current status")
    @Transactional
    public Response changeModelStatus(@PathParam("id") long id, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatusChangeInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            ModelView changed = service.changeStatus(id, ifMatch, input);
            return TaggedResponses.ok(changed, changed.version());
        });
    }

    @GET
    @Path("/{modelId}/reviews")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listModelReviews", summary = "Reviews of a model, newest period first")
    @APIResponse(responseCode = "200", description = "The reviews")
    @APIResponse(responseCode = "404", description = "No such model in the caller's scope")
    public List<ReviewView> listModelReviews(@PathParam("modelId") long modelId) {
        return reviewService.listForModel(modelId);
    }

    @POST
    @Path("/{modelId}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER })
    @Operation(operationId = "createModelReview", summary = "Record a review of a model")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input or period")
    @APIResponse(responseCode = "404", description = "No such model in the caller's scope")
    @APIResponse(responseCode = "409", description = "A review of this kind exists for the period")
    @Transactional
    public Response createModelReview(@PathParam("modelId") long modelId, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull ReviewInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            ReviewView created = reviewService.create(modelId, input);
            return TaggedResponses.created(URI.create("/api/v1/model-reviews/" + created.id()), created, created.version());
        });
    }

    @GET
    @Path("/{modelId}/sites")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listSitesOfModel", summary = "Sites of a model",
            description = "Commune officers see the sites in their commune only.")
    @APIResponse(responseCode = "200", description = "A page of the model's sites")
    @APIResponse(responseCode = "400", description = "Invalid paging or sort")
    @APIResponse(responseCode = "404", description = "No such model in the caller's scope")
    public PageResponse<SiteView> listSitesOfModel(@PathParam("modelId") long modelId, @Valid @BeanParam PageRequest page) {
        return siteService.listForModel(modelId, page);
    }

    @POST
    @Path("/{modelId}/sites")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "createModelSite", summary = "Record a site where a model is applied",
            description = "In a current commune of the model's province; a commune officer records sites in its own commune only.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: counts, dates, location, commune")
    @APIResponse(responseCode = "404", description = "No such model in the caller's scope")
    @APIResponse(responseCode = "409", description = "The model is dissolved")
    @Transactional
    public Response createModelSite(@PathParam("modelId") long modelId, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull SiteInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            SiteView created = siteService.create(modelId, input);
            return TaggedResponses.created(URI.create("/api/v1/model-sites/" + created.id()), created, created.version());
        });
    }
}
