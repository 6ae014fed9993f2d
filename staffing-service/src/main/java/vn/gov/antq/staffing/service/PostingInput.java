package vn.gov.antq.staffing.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.staffing.model.PostingPosition;

@Schema(name = "PostingInput", description = "An officer's posting to a commune police unit. To end it, send it again with toDate")
public record PostingInput(
        @NotNull @Positive @Schema(description = "A unit of the officer's province; cannot change once recorded (use a transfer)",
                examples = "12") Long policeUnitId,
        @NotNull @Schema(examples = "DEPUTY") PostingPosition position,
        @NotNull @Schema(description = "First day of service; the unit's commune must be in force then (so not before 2025-07-01), "
                + "at most a year ahead", examples = "2025-07-01") LocalDate fromDate,
        @Schema(description = "Last day of service (included); absent while the officer still serves there", examples = "2026-03-31")
        LocalDate toDate,
        @NotBlank @Size(max = 100) @Schema(description = "Reference of the decision (quyết định) making the posting",
                examples = "1234/QĐ-CAT-PX01") String decisionRef,
        @Size(max = 2000) String notes) {
}
