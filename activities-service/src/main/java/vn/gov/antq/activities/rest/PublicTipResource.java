package vn.gov.antq.activities.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkiverse.bucket4j.runtime.RateLimited;
import io.quarkiverse.bucket4j.runtime.resolver.IpResolver;
import vn.gov.antq.activities.service.PublicSubmissionView;
import vn.gov.antq.activities.service.PublicTipInput;
import vn.gov.antq.activities.service.PublicTipStatusView;
import vn.gov.antq.activities.service.ReceiptCredentials;
import vn.gov.antq.activities.service.TipAdditionInput;
import vn.gov.antq.activities.service.TipReceiptService;
import vn.gov.antq.activities.service.TipService;

/**
 * What citizens reach without an account, limited per client address ({@link PublicRateLimits}). No Idempotency-Key on the submission: a stored replay would keep the
 * receipt's secret in plain text, which must exist only in the one answer.
 */
@Path("/api/v1/public")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Public tips", description = "Anonymous submission and follow-up of tips by receipt, without an account")
public class PublicTipResource {

    @Inject
    TipService tips;

    @Inject
    TipReceiptService receipts;

    @POST
    @Path("/tips")
    @PermitAll
    @RateLimited(bucket = PublicRateLimits.SUBMISSIONS, identityResolver = IpResolver.class)
    @Operation(operationId = "submitPublicTip", summary = "Submit a tip without an account",
            description = "The answer carries a receipt code and a secret, shown this once; together they give the tip's status later.")
    @APIResponse(responseCode = "201", description = "Received", content = @Content(schema = @Schema(implementation = PublicSubmissionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: province not current, commune not in it")
    @APIResponse(responseCode = "429", description = "Too many submissions from your address; nothing was stored. Retry-After says "
            + "when the next one is accepted.", headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public Response submitPublicTip(@Valid @NotNull PublicTipInput input) {
        return Response.status(Response.Status.CREATED).entity(tips.submitPublic(input)).build();
    }

    @POST
    @Path("/tip-receipts/status")
    @PermitAll
    @RateLimited(bucket = PublicRateLimits.RECEIPT_LOOKUPS, identityResolver = IpResolver.class)
    @Operation(operationId = "readTipByReceipt", summary = "The public status of a tip, by receipt code and secret",
            description = "Sent as a POST so the secret stays out of URLs and logs.")
    @APIResponse(responseCode = "200", description = "Where the tip stands")
    @APIResponse(responseCode = "400", description = "Code or secret missing")
    @APIResponse(responseCode = "404", description = "No tip with this code and secret (a wrong secret counts against the receipt)")
    @APIResponse(responseCode = "429", description = "Too many lookups from your address (with Retry-After: seconds to wait; status "
            + "reads and additions count together), or too many wrong secrets for this receipt, which is then locked for a while",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait (address limit only)",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public PublicTipStatusView readTipByReceipt(@Valid @NotNull ReceiptCredentials credentials) {
        return receipts.status(credentials);
    }

    @POST
    @Path("/tip-receipts/additions")
    @PermitAll
    @RateLimited(bucket = PublicRateLimits.RECEIPT_LOOKUPS, identityResolver = IpResolver.class)
    @Operation(operationId = "addTipInformation", summary = "Add information to a tip, by receipt code and secret")
    @APIResponse(responseCode = "200", description = "Added; where the tip stands")
    @APIResponse(responseCode = "400", description = "Code, secret or text missing")
    @APIResponse(responseCode = "404", description = "No tip with this code and secret (a wrong secret counts against the receipt)")
    @APIResponse(responseCode = "429", description = "Too many lookups from your address (with Retry-After: seconds to wait; status "
            + "reads and additions count together), or too many wrong secrets for this receipt, which is then locked for a while",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait (address limit only)",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public PublicTipStatusView addTipInformation(@Valid @NotNull TipAdditionInput input) {
        return receipts.add(input);
    }
}
