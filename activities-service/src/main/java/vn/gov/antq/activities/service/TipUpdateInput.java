package vn.gov.antq.activities.service;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.activities.model.TipCategory;
import vn.gov.antq.activities.model.TipChannel;

/** A tip's editable details and outcomes; province and commune are fixed (commune-scoped sync clients could not follow a move). */
@Schema(name = "TipUpdateInput", description = "Details and outcomes of a tip; outcomes other than zero only on VALUABLE, FORWARDED or CLOSED tips")
public record TipUpdateInput(
        @NotNull @Schema(examples = "HOTLINE") TipChannel channel,
        @Schema(description = "Required for channel PROPAGANDA_SESSION_SLIP (the activity whose session collected the slip), "
                + "refused otherwise", examples = "512") Long activityId,
        @NotNull @Schema(examples = "DRUGS") TipCategory category,
        @NotBlank @Size(max = 4000) String summary,
        @Min(0) @Schema(examples = "1") int casesSolved,
        @Min(0) @Schema(examples = "3") int suspectsArrested,
        @Min(0) @Schema(examples = "0") int wantedCaught,
        @Min(0) @Schema(examples = "0") int wantedSurrendered,
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> caseRefs) {

    boolean hasOutcomes() {
        return casesSolved > 0 || suspectsArrested > 0 || wantedCaught > 0 || wantedSurrendered > 0
                || (caseRefs != null && !caseRefs.isEmpty());
    }
}
