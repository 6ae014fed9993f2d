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
import vn.gov.antq.staffing.model.MemberRole;
import vn.gov.antq.staffing.repository.GrassrootsMemberSearch;
import vn.gov.antq.staffing.repository.GrassrootsTeamSearch;
import vn.gov.antq.staffing.service.GrassrootsMemberInput;
import vn.gov.antq.staffing.service.GrassrootsMemberService;
import vn.gov.antq.staffing.service.GrassrootsMemberView;
import vn.gov.antq.staffing.service.GrassrootsTeamInput;
import vn.gov.antq.staffing.service.GrassrootsTeamService;
import vn.gov.antq.staffing.service.GrassrootsTeamView;

/** Teams of the grassroots security force, and each team's members (single memberships live at /api/v1/grassroots-members). */
@Path("/api/v1/grassroots-teams")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grassroots security force", description = "From 2024-07-01 (Law 30/2023/QH15): one team per hamlet or residential "
        + "group of a commune, with a leader, deputies and members")
public class GrassrootsTeamResource {

    @Inject
    GrassrootsTeamService service;

    @Inject
    GrassrootsMemberService memberService;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listGrassrootsTeams", summary = "List grassroots teams",
            description = "Filtered to the caller's scope: province officers see their province's teams, commune officers their commune's.")
    @APIResponse(responseCode = "200", description = "A page of teams")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<GrassrootsTeamView> listGrassrootsTeams(
            @Parameter(description = "Current province code", example = "75") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Current commune code", example = "26068") @QueryParam("commune")
            @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") String commune,
            @Parameter(description = "A hamlet or residential group, its whole name without case or diacritics", example = "ap bau sen")
            @QueryParam("hamlet") @Size(max = 200) String hamlet,
            @Parameter(description = "Teams existing on that day: established on or before it, not dissolved by it")
            @QueryParam("activeOn") LocalDate activeOn,
            @Parameter(description = "Words in the hamlet name, decision or notes, diacritics-insensitive", example = "bau sen")
            @QueryParam("q") @Size(max = 100) String text,
            @Valid @BeanParam PageRequest page) {
        return service.list(new GrassrootsTeamSearch(province, commune, hamlet, activeOn, text), page);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listGrassrootsTeamChanges", summary = "Teams changed or deleted since a time (mobile sync)",
            description = "Send the syncedTo of the previous answer as updatedSince; a record may come twice, never not at all.")
    @APIResponse(responseCode = "200", description = "Changed teams and the ids of deleted ones, within the caller's province or commune")
    @APIResponse(responseCode = "400", description = "updatedSince malformed or in the future, or size out of range")
    public DeltaPage<GrassrootsTeamView> listGrassrootsTeamChanges(@Valid @BeanParam DeltaRequest delta) {
        return service.changes(delta);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "getGrassrootsTeam", summary = "One grassroots team")
    @APIResponse(responseCode = "200", description = "The team")
    @APIResponse(responseCode = "404", description = "No such team in the caller's scope")
    public Response getGrassrootsTeam(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        GrassrootsTeamView team = service.get(id);
        return TaggedResponses.read(ifNoneMatch, team, team.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "createGrassrootsTeam", summary = "Record a grassroots team",
            description = "Of a hamlet or residential group of a current commune, established on or after 2024-07-01. A commune "
                    + "officer records teams of its own commune only.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = GrassrootsTeamView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: commune, dates (established before 2024-07-01, dissolved not after it)")
    @APIResponse(responseCode = "403", description = "The commune is outside the caller's scope")
    @APIResponse(responseCode = "409", description = "The hamlet already has a team at that time")
    @Transactional
    public Response createGrassrootsTeam(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Valid @NotNull GrassrootsTeamInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            GrassrootsTeamView created = service.create(input);
            return TaggedResponses.created(URI.create("/api/v1/grassroots-teams/" + created.id()), created, created.version());
        });
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "updateGrassrootsTeam", summary = "Correct a team, or record its dissolution",
            description = "The commune cannot change: a team filed under the wrong commune is deleted and recorded again.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid input, or another commune")
    @APIResponse(responseCode = "404", description = "No such team in the caller's scope")
    @APIResponse(responseCode = "409", description = "The hamlet has another team at that time, or members would lie outside the "
            + "team's new dates")
    public Response updateGrassrootsTeam(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull GrassrootsTeamInput input) {
        GrassrootsTeamView updated = service.update(id, ifMatch, input);
        return TaggedResponses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "deleteGrassrootsTeam", summary = "Delete a team recorded in error, with its members",
            description = "Sync clients see the team and its members among the deletions. A team that stopped is kept, with its dissolvedOn.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such team in the caller's scope")
    public void deleteGrassrootsTeam(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("/{id}/members")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "listGrassrootsTeamMembers", summary = "Members of a team",
            description = "Personal data: for the ministry and the officers of the team's province or commune only.")
    @APIResponse(responseCode = "200", description = "A page of the team's memberships, past and present unless activeOn is given")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    @APIResponse(responseCode = "404", description = "No such team in the caller's scope")
    public PageResponse<GrassrootsMemberView> listGrassrootsTeamMembers(@PathParam("id") long id,
            @QueryParam("role") MemberRole role,
            @Parameter(description = "Members on that day: joined on or before it, not left by it") @QueryParam("activeOn") LocalDate activeOn,
            @Parameter(description = "Words of the name, diacritics-insensitive", example = "nguyen van an")
            @QueryParam("q") @Size(max = 100) String text,
            @Valid @BeanParam PageRequest page) {
        return memberService.listOfTeam(new GrassrootsMemberSearch(id, role, activeOn, text), page);
    }

    @POST
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "createGrassrootsMember", summary = "Record a member joining a team",
            description = "Eligibility on the joining date: 18 to 70 years old (over 70 only with an exception decision: "
                    + "ageExceptionRef and ageExceptionDate), and living in the commune for at least 1 year. At most one leader at a time.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = GrassrootsMemberView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input or not eligible: each broken rule (age rule, residence rule, "
            + "dates outside the team's life) as a field error")
    @APIResponse(responseCode = "404", description = "No such team in the caller's scope")
    @APIResponse(responseCode = "409", description = "The team already has a leader at that time")
    @Transactional
    public Response createGrassrootsMember(@PathParam("id") long id, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull GrassrootsMemberInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            GrassrootsMemberView created = memberService.create(id, input);
            return TaggedResponses.created(URI.create("/api/v1/grassroots-members/" + created.id()), created, created.version());
        });
    }
}
