package vn.gov.antq.models.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.antq.commons.concurrency.TaggedResponses;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.sync.DeltaPage;
import vn.gov.antq.commons.sync.DeltaRequest;
import vn.gov.antq.models.model.PlaceKind;
import vn.gov.antq.models.repository.ModelSiteSearch;
import vn.gov.antq.models.service.ModelSiteService;
import vn.gov.antq.models.service.SiteInput;
import vn.gov.antq.models.service.SiteView;

/** Sites across models; a model's own list and creation live under /api/v1/models/{modelId}/sites (SecurityModelResource). */
@Path("/api/v1/model-sites")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sites", description = "Places where models are applied (điểm): hamlets, agencies, enterprises, schools")
public class ModelSiteResource {

    @Inject
    ModelSiteService service;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listModelSites", summary = "List sites across models",
            description = "Filtered to the caller's scope: province officers see their province's sites, commune officers their commune's.")
    @APIResponse(responseCode = "200", description = "A page of sites")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<SiteView> listModelSites(
            @Parameter(description = "Current province code", example = "75") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Commune code", example = "26068") @QueryParam("commune")
            @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") String commune,
            @Parameter(description = "Model id") @QueryParam("model") @Positive Long model,
            @Parameter(description = "Model type code", example = "PEOPLES_SECURITY_TEAM") @QueryParam("type") @Size(max = 60) String type,
            @QueryParam("placeKind") PlaceKind placeKind,
            @Parameter(description = "Sites running on that day: established on or before it, not dissolved by it (ISO-8601 date)")
            @QueryParam("activeOn") LocalDate activeOn,
            @Parameter(description = "Words to find in the place name, diacritics-insensitive", example = "bau sen")
            @QueryParam("q") @Size(max = 100) String text,
            @Valid @BeanParam PageRequest page) {
        return service.list(new ModelSiteSearch(model, province, commune, type, placeKind, activeOn,
                text == null || text.isBlank() ? null : text), page);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listModelSiteChanges", summary = "Sites changed or deleted since a time (mobile sync)",
            description = "Send the syncedTo of the previous answer as updatedSince; a record may come twice, never not at all.")
    @APIResponse(responseCode = "200", description = "Changed sites and the ids of deleted ones, within the caller's province or commune")
    @APIResponse(responseCode = "400", description = "updatedSince malformed or in the future, or size out of range")
    public DeltaPage<SiteView> listModelSiteChanges(@Valid @BeanParam DeltaRequest delta) {
        return service.changes(delta);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "getModelSite", summary = "One site")
    @APIResponse(responseCode = "200", description = "The site")
    @APIResponse(responseCode = "404", description = "No such site in the caller's scope")
    public Response getModelSite(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        SiteView site = service.get(id);
        return TaggedResponses.read(ifNoneMatch, site, site.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "updateModelSite", summary = "Change a site's details",
            description = "The commune cannot change: a site filed under the wrong commune is deleted and recorded again.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid input: counts, dates, location, commune")
    @APIResponse(responseCode = "404", description = "No such site in the caller's scope")
    public Response updateModelSite(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SiteInput input) {
        SiteView updated = service.update(id, ifMatch, input);
        return TaggedResponses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "deleteModelSite", summary = "Delete a site recorded in error",
            description = "Sync clients see it among the deletions. A site that stopped is kept, with its dissolvedOn.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such site in the caller's scope")
    public void deleteModelSite(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
