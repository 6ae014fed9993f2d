package vn.gov.antq.activities.service;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.activities.model.ActivityForm;

@Schema(name = "ActivityTallyInput", description = "Activity totals a province or commune reported for a period, where no detailed "
        + "activities exist. Give at least one count; leave the others out (absent is 'not reported', not zero).")
public record ActivityTallyInput(
        @NotBlank @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code")
        @Schema(description = "Province code as reported: a pre-2025 code for periods before 2025-07-01", examples = "70") String provinceCode,
        @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code")
        @Schema(description = "Commune code as reported on the period's last day; absent for a province-wide tally") String communeCode,
        @Schema(description = "Form the counts are of; absent: every form together", examples = "COMMUNITY_MEETING") ActivityForm form,
        @NotNull @PastOrPresent @Schema(examples = "2019-01-01") LocalDate periodFrom,
        @NotNull @PastOrPresent @Schema(examples = "2022-12-31") LocalDate periodTo,
        @PositiveOrZero @Schema(description = "Number of activities (meetings, conferences, rallies, …)", examples = "3652") Integer activities,
        @PositiveOrZero @Schema(description = "Attendances", examples = "289148") Integer participants,
        @PositiveOrZero @Schema(description = "Sessions (buổi), e.g. of loudspeaker broadcasts or mobile propaganda", examples = "120000")
        Integer sessions,
        @PositiveOrZero @Schema(description = "Leaflets (tờ rơi) distributed", examples = "110099") Integer leaflets,
        @PositiveOrZero @Schema(description = "Booklets (cuốn tài liệu) distributed", examples = "100747") Integer booklets,
        @PositiveOrZero @Schema(description = "Banners and slogans (băng rôn, khẩu hiệu)", examples = "156") Integer bannersSlogans,
        @PositiveOrZero @Schema(description = "Panels and posters (pa nô, áp phích)", examples = "180") Integer panelsPosters,
        @PositiveOrZero @Schema(description = "Banners, slogans, panels and posters together, where the report does not split them; "
                + "not with bannersSlogans or panelsPosters", examples = "61856") Integer bannersSlogansPanelsPosters,
        @PositiveOrZero @Schema(description = "Minutes of broadcast", examples = "36000") Integer broadcastMinutes,
        @DecimalMin(value = "0", message = "must be greater than or equal to 0")
        @Digits(integer = 8, fraction = 1, message = "must have at most 8 digits and 1 decimal")
        @Schema(description = "Hours of film screening", examples = "5693") BigDecimal screeningHours,
        @NotBlank @Size(max = 500) @Schema(examples = "Báo cáo tổng kết phong trào Toàn dân bảo vệ an ninh Tổ quốc 2019–2022, Công an tỉnh Bình Phước")
        String sourceDocument,
        @Size(max = 4000) String notes) {
}
