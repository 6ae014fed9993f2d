package vn.gov.antq.commons.concurrency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import vn.gov.antq.commons.concurrency.VersionedProbe.VersionedProbeView;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.sync.DeltaPage;
import vn.gov.antq.commons.sync.DeltaRequest;

/** Test-only resource: reads with ETags, writes with If-Match, deletions with tombstones, delta queries. */
@Path("/test-versioned-records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VersionedProbeResource {

    public record VersionedProbeInput(@NotBlank @Size(max = 100) String name, @NotBlank @Pattern(regexp = "\\d{2}") String provinceCode,
            @Pattern(regexp = "\\d{5}") String communeCode) {
    }

    @Inject
    VersionedProbeService service;

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @APIResponse(responseCode = "200", description = "The record", content = @Content(schema = @Schema(implementation = VersionedProbeView.class)))
    public Response readVersionedProbe(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        VersionedProbeView view = service.read(id);
        return TaggedResponses.read(ifNoneMatch, view, view.version());
    }

    @POST
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = VersionedProbeView.class)))
    public Response createVersionedProbe(@Valid @NotNull VersionedProbeInput input, @Context UriInfo uri) {
        VersionedProbeView view = service.create(input);
        return TaggedResponses.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build(), view, view.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = VersionedProbeView.class)))
    public Response updateVersionedProbe(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VersionedProbeInput input) {
        VersionedProbeView view = service.update(id, ifMatch, input);
        return TaggedResponses.ok(view, view.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    public void deleteVersionedProbe(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    public DeltaPage<VersionedProbeView> listVersionedProbes(@Valid @BeanParam DeltaRequest delta) {
        return service.changes(delta);
    }
}
