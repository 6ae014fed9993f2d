package vn.gov.antq.models.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.antq.commons.concurrency.TaggedResponses;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.models.service.ModelReviewService;
import vn.gov.antq.models.service.ReviewInput;
import vn.gov.antq.models.service.ReviewView;

@Path("/api/v1/model-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Interim and final reviews of models, ratings and exemplar recognition")
public class ModelReviewResource {

    @Inject
    ModelReviewService service;

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "getModelReview", summary = "One review")
    @APIResponse(responseCode = "200", description = "The review")
    @APIResponse(responseCode = "404", description = "No such review in the caller's scope")
    public Response getModelReview(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ReviewView review = service.get(id);
        return TaggedResponses.read(ifNoneMatch, review, review.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER })
    @Operation(operationId = "updateModelReview", summary = "Correct a review")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid input or period")
    @APIResponse(responseCode = "404", description = "No such review in the caller's scope")
    @APIResponse(responseCode = "409", description = "A review of this kind exists for the period")
    public Response updateModelReview(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReviewInput input) {
        ReviewView updated = service.update(id, ifMatch, input);
        return TaggedResponses.ok(updated, updated.version());
    }
}
