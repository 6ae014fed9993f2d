package vn.gov.antq.models.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import vn.gov.antq.models.model.ModelSetting;
import vn.gov.antq.models.service.ModelTypeInput;
import vn.gov.antq.models.service.ModelTypeService;
import vn.gov.antq.models.service.ModelTypeView;

@Path("/api/v1/model-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model types", description = "The catalog of self-management model types (loại mô hình): everyone reads it, the ministry maintains it")
public class ModelTypeResource {

    @Inject
    ModelTypeService service;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.PARTNER_SYSTEM,
            Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "listModelTypes", summary = "List model types",
            description = "Filter by setting, active flag, or text (diacritics-insensitive: \"to an ninh\" finds \"Tổ an ninh nhân dân\").")
    @APIResponse(responseCode = "200", description = "A page of model types")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<ModelTypeView> listModelTypes(@QueryParam("setting") ModelSetting setting,
            @QueryParam("active") Boolean active,
            @Parameter(description = "Words to find in the Vietnamese or English name or the code", example = "to an ninh")
            @QueryParam("q") @Size(max = 100) String text,
            @Valid @BeanParam PageRequest page) {
        return service.list(setting, active, text, page);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.PARTNER_SYSTEM,
            Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "getModelType", summary = "One model type")
    @APIResponse(responseCode = "200", description = "The model type")
    @APIResponse(responseCode = "404", description = "No such model type")
    public Response getModelType(@Parameter(example = "PEOPLES_SECURITY_TEAM") @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ModelTypeView type = service.get(code);
        return TaggedResponses.read(ifNoneMatch, type, type.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MINISTRY_ADMIN)
    @Operation(operationId = "createModelType", summary = "Add a model type to the catalog")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ModelTypeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "409", description = "The code exists already")
    @Transactional
    public Response createModelType(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Valid @NotNull ModelTypeInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            ModelTypeView created = service.create(input);
            return TaggedResponses.created(URI.create("/api/v1/model-types/" + created.code()), created, created.version());
        });
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MINISTRY_ADMIN)
    @Operation(operationId = "updateModelType", summary = "Change a model type", description = "Set active=false to retire it.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such model type")
    public Response updateModelType(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ModelTypeInput input) {
        ModelTypeView updated = service.update(code, ifMatch, input);
        return TaggedResponses.ok(updated, updated.version());
    }
}
