package vn.gov.antq.activities.service;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.activities.model.TipCategory;
import vn.gov.antq.activities.model.TipChannel;

@Schema(name = "TipInput", description = "A new tip; without a reporter it is anonymous")
public record TipInput(
        @NotNull @PastOrPresent @Schema(examples = "2025-09-12T08:30:00+07:00") Instant receivedAt,
        @NotNull @Schema(examples = "HOTLINE") TipChannel channel,
        @Schema(description = "The propaganda activity (same province, readable by you) whose session collected the slip: "
                + "required for channel PROPAGANDA_SESSION_SLIP, refused for every other channel; the tip cannot be received "
                + "before the activity's (first) day", examples = "512") Long activityId,
        @NotNull @Schema(examples = "DRUGS") TipCategory category,
        @NotNull @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") @Schema(examples = "75") String provinceCode,
        @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") @Schema(examples = "26068") String communeCode,
        @NotBlank @Size(max = 4000) @Schema(examples = "Nghi có nhóm người tụ tập sử dụng ma túy tại nhà hoang cuối ấp 3") String summary,
        @Valid ReporterIdentity reporter) {

    /** The same tip naming this activity (a batch resolves a reference to an activity it created). */
    public TipInput withActivityId(Long activity) {
        return new TipInput(receivedAt, channel, activity, category, provinceCode, communeCode, summary, reporter);
    }

    @Override
    public String toString() {
        return "TipInput[" + channel + (activityId == null ? "" : " at activity " + activityId) + ", " + category + ", " + provinceCode + ", reporterIdentified=" + (reporter != null) + "]";
    }
}
