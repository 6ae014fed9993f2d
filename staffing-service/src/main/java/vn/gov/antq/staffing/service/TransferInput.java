package vn.gov.antq.staffing.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.staffing.model.PostingPosition;

@Schema(name = "TransferInput", description = "A transfer (điều động): the current posting ends the day before effectiveFrom and the "
        + "new one starts on it, both or neither")
public record TransferInput(
        @NotNull @Schema(description = "First day in the new posting; the current one ends the day before", examples = "2026-01-15")
        LocalDate effectiveFrom,
        @NotNull @Positive @Schema(description = "Unit of the new posting, in the officer's province (may be the same unit for a change "
                + "of position)", examples = "14") Long policeUnitId,
        @NotNull @Schema(examples = "CHIEF") PostingPosition position,
        @Schema(description = "Last day of the new posting, if already known") LocalDate toDate,
        @NotBlank @Size(max = 100) @Schema(description = "Reference of the transfer decision", examples = "2077/QĐ-CAT-PX01")
        String decisionRef,
        @Size(max = 2000) String notes) {
}
