package vn.gov.antq.activities.service;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.activities.model.NotValuableReason;
import vn.gov.antq.activities.model.TipStatus;

@Schema(name = "TipStatusChangeInput", description = "RECEIVED→VERIFYING→VALUABLE|NOT_VALUABLE (with a reason); VALUABLE→FORWARDED (to an agency)|CLOSED; NOT_VALUABLE, FORWARDED→CLOSED")
public record TipStatusChangeInput(
        @NotNull @Schema(examples = "FORWARDED") TipStatus status,
        @NotNull @PastOrPresent @Schema(examples = "2025-09-20T10:00:00+07:00") Instant effectiveAt,
        @Schema(description = "Required for NOT_VALUABLE", examples = "DUPLICATE") NotValuableReason notValuableReason,
        @Size(max = 300) @Schema(description = "Required for FORWARDED", examples = "Phòng Cảnh sát điều tra tội phạm về ma túy") String forwardedTo,
        @Size(max = 1000) @Schema(examples = "Đã xác minh tại hiện trường") String note) {
}
