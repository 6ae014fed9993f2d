package vn.gov.antq.staffing.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.staffing.model.PostingPosition;

@Schema(name = "Posting", description = "An officer's posting to a commune police unit (no personal data: the officer by id)")
public record PostingView(
        @Schema(examples = "88") long id,
        @Schema(examples = "431") long officerId,
        @Schema(examples = "12") long policeUnitId,
        @Schema(description = "The unit's current province", examples = "75") String provinceCode,
        @Schema(description = "The unit's commune", examples = "26068") String communeCode,
        PostingPosition position,
        @Schema(examples = "2025-07-01") LocalDate fromDate,
        @Schema(description = "Last day (included); null while serving") LocalDate toDate,
        @Schema(examples = "1234/QĐ-CAT-PX01") String decisionRef,
        @Schema(description = "The posting this one was opened by a transfer from") Long transferredFromId,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Send as If-Match (in quotes) to change or transfer from this posting", examples = "0") long version) {
}
