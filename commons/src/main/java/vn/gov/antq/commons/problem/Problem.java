package vn.gov.antq.commons.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the one error body every service returns, as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details, returned as application/problem+json for every 4xx and 5xx")
public record Problem(
        @Schema(description = "Problem type: about:blank for plain HTTP errors, otherwise a urn:antq:problem:… identifier",
                examples = "urn:antq:problem:validation-failed") String type,
        @Schema(description = "Short, human-readable summary of the problem type", examples = "Request validation failed") String title,
        @Schema(description = "HTTP status code", examples = "400") int status,
        @Schema(description = "Explanation specific to this occurrence", examples = "2 fields are invalid") String detail,
        @Schema(description = "Path of the request that failed", examples = "/api/v1/models") String instance,
        @Schema(description = "Correlation id of the request (also in the X-Request-Id response header); quote it when reporting a fault",
                examples = "5b0c7a4e-2f0c-4b7e-9a51-3c1f0f6f2b1d") String requestId,
        @Schema(description = "Field-level validation errors") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError", description = "One invalid field or parameter")
    public record FieldError(
            @Schema(description = "Field path in the request body, or the name of the query/path parameter", examples = "sites[0].communeCode") String field,
            @Schema(description = "What is wrong with it", examples = "must not be blank") String message) {
    }
}
