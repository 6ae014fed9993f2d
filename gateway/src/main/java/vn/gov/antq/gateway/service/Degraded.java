package vn.gov.antq.gateway.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A part of a view that could not be had: its figures are {@code null} in the view, and this says why. */
@Schema(name = "DegradedPart", description = "A part of the view that is missing, and why; its figures are null, never 0")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Degraded(
        @Schema(description = "The statistics part: models, activities, tips, handovers or staffing", examples = "staffing") String part,
        @Schema(examples = "staffing-service") String service,
        @Schema(examples = "/api/v1/staffing-statistics") String endpoint,
        @Schema(description = "TIMEOUT, CIRCUIT_OPEN (the service failed repeatedly; not asked for a while), UNREACHABLE, "
                + "SERVICE_ERROR (5xx), REJECTED (4xx) or INVALID_ANSWER", examples = "TIMEOUT") Reason reason,
        @Schema(examples = "no answer within 4000 ms") String detail,
        @Schema(description = "For trends: the period the point is missing for", examples = "2025-Q3") String period) {

    public enum Reason {
        TIMEOUT, CIRCUIT_OPEN, UNREACHABLE, SERVICE_ERROR, REJECTED, INVALID_ANSWER
    }
}
