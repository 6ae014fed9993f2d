package vn.gov.antq.activities.rest;

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

import vn.gov.antq.activities.model.TipCategory;
import vn.gov.antq.activities.model.TipChannel;
import vn.gov.antq.activities.model.TipStatus;
import vn.gov.antq.activities.repository.TipSearch;
import vn.gov.antq.activities.service.IdentityRevealView;
import vn.gov.antq.activities.service.RevealInput;
import vn.gov.antq.activities.service.TipAdditionView;
import vn.gov.antq.activities.service.TipInput;
import vn.gov.antq.activities.service.TipService;
import vn.gov.antq.activities.service.TipStatusChangeInput;
import vn.gov.antq.activities.service.TipStatusChangeView;
import vn.gov.antq.activities.service.TipUpdateInput;
import vn.gov.antq.activities.service.TipView;
import vn.gov.antq.commons.communes.CommuneRegistry;
import vn.gov.antq.commons.concurrency.TaggedResponses;
import vn.gov.antq.commons.idempotency.IdempotencyKey;
import vn.gov.antq.commons.idempotency.IdempotentRequests;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.sync.DeltaPage;
import vn.gov.antq.commons.sync.DeltaRequest;

@Path("/api/v1/tips")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tips", description = "Citizens' tip-offs (tin báo, tố giác) with protected tipster identities")
public class TipResource {

    @Inject
    TipService service;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "listTips", summary = "List tips",
            description = "Filtered to the caller's scope; a tip says whether its reporter is identified, never who.")
    @APIResponse(responseCode = "200", description = "A page of tips")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<TipView> listTips(
            @Parameter(description = "Current province code", example = "75") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Commune code", example = "26068") @QueryParam("commune")
            @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") String commune,
            @QueryParam("channel") TipChannel channel,
            @Parameter(description = "Slips collected at this propaganda activity (its id)", example = "512") @QueryParam("activity") Long activity,
            @QueryParam("category") TipCategory category,
            @QueryParam("status") TipStatus status,
            @Parameter(description = "Received on or after (ISO-8601 date, Vietnam time)") @QueryParam("from") LocalDate from,
            @Parameter(description = "Received on or before (ISO-8601 date, Vietnam time)") @QueryParam("to") LocalDate to,
            @Parameter(description = "Words to find in the summary or case references, diacritics-insensitive", example = "ma tuy")
            @QueryParam("q") @Size(max = 100) String text,
            @Valid @BeanParam PageRequest page) {
        return service.list(new TipSearch(province, commune, channel, activity, category, status,
                from == null ? null : from.atStartOfDay(CommuneRegistry.VIETNAM).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(CommuneRegistry.VIETNAM).toInstant().minusNanos(1000),
                text == null || text.isBlank() ? null : text), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "getTip", summary = "One tip, without its reporter's identity")
    @APIResponse(responseCode = "200", description = "The tip")
    @APIResponse(responseCode = "404", description = "No such tip in the caller's scope")
    public Response getTip(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        TipView tip = service.get(id);
        return TaggedResponses.read(ifNoneMatch, tip, tip.version());
    }

    @GET
    @Path("/changes")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "listTipChanges", summary = "Tips changed or deleted since a time (mobile sync)",
            description = "Send the syncedTo of the previous answer as updatedSince; a record may come twice, never not at all.")
    @APIResponse(responseCode = "200", description = "Changed tips and the ids of deleted ones, within the caller's scope")
    @APIResponse(responseCode = "400", description = "updatedSince malformed or in the future, or size out of range")
    public DeltaPage<TipView> listTipChanges(@Valid @BeanParam DeltaRequest delta) {
        return service.changes(delta);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "createTip", summary = "Record a tip",
            description = "With or without the reporter's identity, which is encrypted before it is stored and never returned here.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TipView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: province not current, commune not in it, dates; a slip tip "
            + "without its activity, another channel with one, an activity that is missing, not readable to you, in another province "
            + "or starting after the tip was received")
    @APIResponse(responseCode = "503", description = "An identified tip while no tipster key is configured")
    @Transactional
    public Response createTip(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Valid @NotNull TipInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            TipView created = service.create(input);
            return TaggedResponses.created(URI.create("/api/v1/tips/" + created.id()), created, created.version());
        });
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "updateTip", summary = "Change a tip's details and outcomes",
            description = "Outcomes (cases solved, arrests, wanted persons, case references) only on VALUABLE, FORWARDED or CLOSED tips; "
                    + "the status changes through status-changes.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid input, or the activity link breaks the rules of createTip")
    @APIResponse(responseCode = "404", description = "No such tip in the caller's scope")
    @APIResponse(responseCode = "409", description = "Outcomes on a tip not (yet) of value")
    public Response updateTip(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TipUpdateInput input) {
        TipView updated = service.update(id, ifMatch, input);
        return TaggedResponses.ok(updated, updated.version());
    }

    @GET
    @Path("/{id}/status-changes")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "listTipStatusChanges", summary = "The dated workflow history of a tip")
    @APIResponse(responseCode = "200", description = "Transitions, oldest first")
    @APIResponse(responseCode = "404", description = "No such tip in the caller's scope")
    public List<TipStatusChangeView> listTipStatusChanges(@PathParam("id") long id) {
        return service.history(id);
    }

    @POST
    @Path("/{id}/status-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "changeTipStatus", summary = "Move a tip through its workflow",
            description = "RECEIVED→VERIFYING→VALUABLE|NOT_VALUABLE; VALUABLE→FORWARDED|CLOSED; NOT_VALUABLE, FORWARDED→CLOSED; CLOSED is final.")
    @APIResponse(responseCode = "200", description = "The tip in its new status")
    @APIResponse(responseCode = "400", description = "Invalid input, date, missing reason or agency")
    @APIResponse(responseCode = "404", description = "No such tip in the caller's scope")
    @APIResponse(responseCode = "409", description = "Transition not allowed from the current status")
    @Transactional
    public Response changeTipStatus(@PathParam("id") long id, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TipStatusChangeInput input) {
        return idempotentRequests.once(idempotencyKey, input, () -> {
            TipView changed = service.changeStatus(id, ifMatch, input);
            return TaggedResponses.ok(changed, changed.version());
        });
    }

    @GET
    @Path("/{id}/additions")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "listTipAdditions", summary = "Information the tipster added through the receipt, oldest first")
    @APIResponse(responseCode = "200", description = "The additions")
    @APIResponse(responseCode = "404", description = "No such tip in the caller's scope")
    public List<TipAdditionView> listTipAdditions(@PathParam("id") long id) {
        return service.additions(id);
    }

    /** Not behind Idempotency-Key: the stored replay would keep the decrypted identity in plain text. */
    @POST
    @Path("/{id}/identity-reveals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TIP_INVESTIGATOR)
    @Operation(operationId = "revealTipsterIdentity", summary = "Reveal a tipster's identity, with a stated reason",
            description = "Only for a tip investigator of the tip's province; every reveal is an audit event carrying the reason.")
    @APIResponse(responseCode = "200", description = "The identity", content = @Content(schema = @Schema(implementation = IdentityRevealView.class)))
    @APIResponse(responseCode = "400", description = "Reason missing or shorter than 10 characters")
    @APIResponse(responseCode = "404", description = "No such tip in the caller's scope")
    @APIResponse(responseCode = "409", description = "The tip is anonymous")
    @APIResponse(responseCode = "500", description = "The identity cannot be decrypted: the key it was encrypted with is no longer "
            + "configured (or no longer opens it). Nothing is revealed or recorded; the detail names the key id an operator must restore.")
    public IdentityRevealView revealTipsterIdentity(@PathParam("id") long id, @Valid @NotNull RevealInput input) {
        return service.reveal(id, input);
    }
}
