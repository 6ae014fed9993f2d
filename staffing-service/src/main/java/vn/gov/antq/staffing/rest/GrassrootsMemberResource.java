package vn.gov.antq.staffing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.antq.commons.concurrency.TaggedResponses;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.sync.DeltaPage;
import vn.gov.antq.commons.sync.DeltaRequest;
import vn.gov.antq.staffing.service.GrassrootsMemberInput;
import vn.gov.antq.staffing.service.GrassrootsMemberService;
import vn.gov.antq.staffing.service.GrassrootsMemberView;

/** Single memberships of grassroots teams; a team's list and new members live under /api/v1/grassroots-teams/{id}/members. */
@Path("/api/v1/grassroots-members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grassroots security force")
public class GrassrootsMemberResource {

    @Inject
    GrassrootsMemberService service;

    @GET
    @Path("/changes")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listGrassrootsMemberChanges", summary = "Memberships changed or deleted since a time (mobile sync)",
            description = "Send the syncedTo of the previous answer as updatedSince; a record may come twice, never not at all.")
    @APIResponse(responseCode = "200", description = "Changed memberships and the ids of deleted ones, within the caller's province or commune")
    @APIResponse(responseCode = "400", description = "updatedSince malformed or in the future, or size out of range")
    public DeltaPage<GrassrootsMemberView> listGrassrootsMemberChanges(@Valid @BeanParam DeltaRequest delta) {
        return service.changes(delta);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "getGrassrootsMember", summary = "One membership")
    @APIResponse(responseCode = "200", description = "The membership")
    @APIResponse(responseCode = "404", description = "No such membership in the caller's scope")
    public Response getGrassrootsMember(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        GrassrootsMemberView member = service.get(id);
        return TaggedResponses.read(ifNoneMatch, member, member.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "updateGrassrootsMember", summary = "Correct a membership, change a role, or record leaving",
            description = "The eligibility rules are checked again on the (corrected) joining date.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid input or not eligible")
    @APIResponse(responseCode = "404", description = "No such membership in the caller's scope")
    @APIResponse(responseCode = "409", description = "The team already has a leader at that time")
    public Response updateGrassrootsMember(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull GrassrootsMemberInput input) {
        GrassrootsMemberView updated = service.update(id, ifMatch, input);
        return TaggedResponses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "deleteGrassrootsMember", summary = "Delete a membership recorded in error",
            description = "Sync clients see it among the deletions. A member who left is kept, with the leftOn date.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such membership in the caller's scope")
    public void deleteGrassrootsMember(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
