package vn.gov.antq.commons.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import vn.gov.antq.commons.problem.Problem;

/**
 * Documents the errors every operation can answer with, so no service has to repeat them: 401 and 403 on secured
 * operations, 500 everywhere, all as problem+json; and, for operations taking If-Match or If-None-Match, the ETag and
 * 304/409/412/428 ({@link ConditionalRequestDocs}). Operations keep their own, more specific, 4xx documentation.
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
                ConditionalRequestDocs.document(operation, responses);
            }
        }
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
