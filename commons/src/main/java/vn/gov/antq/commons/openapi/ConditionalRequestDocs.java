package vn.gov.antq.commons.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import vn.gov.antq.commons.concurrency.Preconditions;
import vn.gov.antq.commons.concurrency.TaggedResponses;
import vn.gov.antq.commons.problem.Problem;

/**
 * Documents conditional requests from the headers an operation declares, so resources only write
 * {@code @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch} (or {@code IF_NONE_MATCH}): the header's meaning, the
 * {@code ETag} of successful answers, and 304 / 409 / 412 / 428. What an operation documents itself (the header's
 * description and example, a 304, the ETag and Cache-Control headers of its answers) is kept.
 */
final class ConditionalRequestDocs {

    private static final String IF_MATCH = "If-Match";
    private static final String IF_NONE_MATCH = "If-None-Match";

    private ConditionalRequestDocs() {
    }

    static void document(Operation operation, APIResponses responses) {
        Parameter ifMatch = header(operation, IF_MATCH);
        Parameter ifNoneMatch = header(operation, IF_NONE_MATCH);
        if (ifMatch != null) {
            ifMatch.required(true);
            describe(ifMatch, "ETag of the version you read and changed (GET answers it in the ETag header; list and delta "
                    + "items carry it as version: version 3 is \"3\"). Required: without it the change is refused with 428, "
                    + "with a version that is no longer current with 412.");
            problem(responses, "412", "Precondition Failed (" + Preconditions.PRECONDITION_FAILED_TYPE + "): the record changed "
                    + "since you read it; the detail and the ETag header name the current version. Nothing was saved.");
            problem(responses, "428", "Precondition Required (" + Preconditions.PRECONDITION_REQUIRED_TYPE + "): If-Match is "
                    + "missing (or *). Nothing was saved.");
            problem(responses, "409", "Conflict: someone else's change committed while yours was being saved. Nothing was "
                    + "saved; read the record again and retry.");
        }
        if (ifNoneMatch != null) {
            describe(ifNoneMatch, "ETag of the version you hold: when it is still current the answer is 304 without a body.");
            if (responses.getAPIResponse("304") == null) {
                responses.addAPIResponse("304", OASFactory.createAPIResponse()
                        .description("Not Modified: the version you hold (If-None-Match) is current; no body")
                        .addHeader("ETag", etag()));
            }
        }
        if (ifMatch != null || ifNoneMatch != null) {
            for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
                if (response.getKey().startsWith("2") && !response.getKey().equals("204")) {
                    // Headers the operation documents itself (statistics: a tag for some windows only) are kept.
                    addIfAbsent(response.getValue(), "ETag", etag());
                    addIfAbsent(response.getValue(), "Cache-Control", OASFactory.createHeader()
                            .description("Always " + TaggedResponses.CACHE_CONTROL + ": revalidate with If-None-Match")
                            .schema(string()));
                }
            }
        }
    }

    private static void addIfAbsent(APIResponse response, String name, Header header) {
        if (response.getHeaders() == null || response.getHeaders().keySet().stream().noneMatch(name::equalsIgnoreCase)) {
            response.addHeader(name, header);
        }
    }

    private static Parameter header(Operation operation, String name) {
        List<Parameter> parameters = operation.getParameters();
        if (parameters == null) {
            return null;
        }
        return parameters.stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))
                .findFirst().orElse(null);
    }

    private static void describe(Parameter parameter, String description) {
        if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
            parameter.description(description);
        }
        if (parameter.getExample() == null && (parameter.getExamples() == null || parameter.getExamples().isEmpty())) {
            parameter.example("\"3\"");
        }
    }

    private static void problem(APIResponses responses, String status, String description) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
        }
    }

    private static Header etag() {
        return OASFactory.createHeader()
                .description("Strong entity tag of the record's version, e.g. \"3\": send it as If-Match to change the record, "
                        + "as If-None-Match to revalidate a cached copy")
                .schema(string());
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
