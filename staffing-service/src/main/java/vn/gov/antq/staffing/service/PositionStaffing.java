package vn.gov.antq.staffing.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.staffing.model.PostingPosition;

@Schema(name = "PositionStaffing", description = "One position of a unit as of a day: the norm, the officers posted, what is missing or over")
public record PositionStaffing(
        PostingPosition position,
        @Schema(examples = "Phó Trưởng Công an xã") String labelVi,
        @Schema(description = "EXACTLY for the chief, AT_LEAST for deputies and officers", examples = "AT_LEAST") String rule,
        @Schema(description = "The norm of the commune's type", examples = "1") int norm,
        @Schema(description = "Officers posted on the day", examples = "2") int filled,
        @Schema(description = "Missing against the norm", examples = "0") int vacancies,
        @Schema(description = "Beyond an exact norm (a second chief); always 0 for minimums", examples = "0") int excess) {
}
