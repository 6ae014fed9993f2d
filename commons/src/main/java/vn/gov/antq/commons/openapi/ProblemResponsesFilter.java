package vn.gov.antq.commons.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import vn.gov.antq.commons.idempotency.IdempotencyKey;
import vn.gov.antq.commons.problem.Problem;

/**
 * Documents the errors every operation can answer with, so no service has to repeat them: 401 and 403 on secured
 * operations, 500 everywhere, all as problem+json; and the 4xx responses an operation documents itself get the
 * problem+json body, so resources state only the status and when it happens.
 *
 * <p>An operation that takes the {@code Idempotency-Key} header ({@code @HeaderParam(IdempotencyKey.HEADER)}) gets
 * the rest of the mechanism documented here: the header as required with its limits, 400 for a missing or malformed
 * key, 422 for a key reused with a different request, and the {@code Idempotent-Replayed} header on success.
 *
 * <p>Operations taking If-Match or If-None-Match get the ETag header and 304/409/412/428 ({@link ConditionalRequestDocs}).
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    operation.setResponses(responses);
                }
                boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
                if (secured) {
                    document(responses, "401", "No valid bearer token: missing, expired, not yet valid, wrongly signed or unknown issuer");
                    document(responses, "403", "The token's role or administrative scope does not allow this operation");
                }
                document(responses, "500", "Unexpected failure; the body carries only the request id to quote");
                document(responses, "503", "The service cannot answer for now (its database saturated, restarting or failing over); nothing was "
                        + "changed. Retry after the Retry-After header's seconds");
                ConditionalRequestDocs.document(operation, responses);
                Parameter idempotencyKey = idempotencyKeyParameter(operation);
                if (idempotencyKey != null) {
                    documentIdempotency(idempotencyKey, responses);
                }
                // Every error an operation documents itself is a problem+json too: resources give only code and description.
                for (Map.Entry<String, APIResponse> documented : Map.copyOf(responses.getAPIResponses()).entrySet()) {
                    if (documented.getKey().startsWith("4") || documented.getKey().startsWith("5")) {
                        document(responses, documented.getKey(), documented.getValue().getDescription());
                    }
                }
            }
        }
    }

    private static Parameter idempotencyKeyParameter(Operation operation) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && IdempotencyKey.HEADER.equalsIgnoreCase(p.getName()))
                .findFirst().orElse(null);
    }

    private static void documentIdempotency(Parameter key, APIResponses responses) {
        key.setRequired(true);
        if (key.getDescription() == null) {
            key.setDescription("A unique key for this request (e.g. a UUID), sent again unchanged when retrying it. A retry"
                    + " gets the original response with Idempotent-Replayed: true and creates nothing new; keys are kept"
                    + " per caller for the retention period (24 hours by default).");
        }
        key.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1)
                .maxLength(IdempotencyKey.MAX_LENGTH).pattern(IdempotencyKey.PATTERN)
                .examples(List.of("5f2b7c1e-8d4a-4c1b-9a0e-2d7f3b6c9e10")));
        String missingKey = "the " + IdempotencyKey.HEADER + " header is missing or malformed";
        document(responses, "400", "Invalid request, or " + missingKey);
        APIResponse invalid = responses.getAPIResponse("400");
        if (invalid.getDescription() == null) {
            invalid.setDescription("Invalid request, or " + missingKey);
        } else if (!invalid.getDescription().contains(IdempotencyKey.HEADER)) {
            invalid.setDescription(invalid.getDescription() + ", or " + missingKey);
        }
        document(responses, "422", "The " + IdempotencyKey.HEADER + " was already used by this caller for a different request");
        if (responses.getAPIResponses() == null) {
            return;
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                Header replayed = OASFactory.createHeader()
                        .description("true when this is the stored response of an earlier request with the same "
                                + IdempotencyKey.HEADER + "; absent otherwise")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("true")));
                response.addHeader(IdempotencyKey.REPLAYED_HEADER, replayed);
            }
        });
    }

    private static void document(APIResponses responses, String status, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        }
        if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        }
    }
}
