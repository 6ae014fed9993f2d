package vn.gov.antq.activities.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.activities.model.ActivityForm;
import vn.gov.antq.activities.model.ActivityLanguage;
import vn.gov.antq.activities.model.ActivityOrganiser;
import vn.gov.antq.activities.model.ActivityTopic;

/** A propaganda activity as a commune or province records it: held on a day (heldOn) or over a period, not both. */
@Schema(name = "ActivityInput", description = "A propaganda activity: heldOn, or periodFrom with periodTo; never in the future")
public record ActivityInput(
        @NotBlank @Size(max = 300) @Schema(examples = "Họp dân ấp Bàu Sen về phòng, chống lừa đảo qua mạng") String title,
        @NotNull @Schema(examples = "COMMUNITY_MEETING") ActivityForm form,
        @NotEmpty @Size(max = 14) List<@NotNull ActivityTopic> topics,
        @NotBlank @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code")
        @Schema(description = "Current province (one of the 34)", examples = "75") String provinceCode,
        @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code")
        @Schema(description = "Commune of the province in force on the activity's (last) day", examples = "26068") String communeCode,
        @PastOrPresent @Schema(description = "The day of a one-day activity", examples = "2026-03-14") LocalDate heldOn,
        @PastOrPresent @Schema(description = "First day of a period (with periodTo)") LocalDate periodFrom,
        @PastOrPresent @Schema(description = "Last day of a period (with periodFrom)") LocalDate periodTo,
        @NotNull @Schema(examples = "POLICE") ActivityOrganiser organiser,
        @PositiveOrZero @Schema(examples = "1") Integer sessions,
        @PositiveOrZero @Schema(description = "Attendances", examples = "85") Integer participants,
        @PositiveOrZero Integer leaflets,
        @PositiveOrZero Integer booklets,
        @PositiveOrZero Integer bannersSlogans,
        @PositiveOrZero Integer panelsPosters,
        @PositiveOrZero Integer broadcastMinutes,
        @DecimalMin(value = "0", message = "must be greater than or equal to 0")
        @Digits(integer = 6, fraction = 1, message = "must have at most 1 decimal") BigDecimal screeningHours,
        @Size(max = 13) @Schema(description = "Defaults to Vietnamese") List<@NotNull ActivityLanguage> languages,
        @Size(max = 300) @Schema(examples = "Nhà văn hóa ấp Bàu Sen") String location,
        @Size(max = 2000) String notes) {
}
