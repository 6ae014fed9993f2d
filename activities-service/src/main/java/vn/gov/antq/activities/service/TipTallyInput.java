package vn.gov.antq.activities.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TipTallyInput", description = "Tips and their outcomes a province or commune reported for a period that has ended, where no "
        + "detailed tips exist. Give at least one count; leave the others out (absent is 'not reported', not zero).")
public record TipTallyInput(
        @NotBlank @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code")
        @Schema(description = "Province code as reported: a pre-2025 code for periods before 2025-07-01", examples = "38") String provinceCode,
        @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code")
        @Schema(description = "Commune code as reported on the period's last day; absent for a province-wide tally") String communeCode,
        @NotNull @Past @Schema(examples = "2019-01-01") LocalDate periodFrom,
        @NotNull @Past(message = "must be a past date: a tally reports a period that has ended")
        @Schema(description = "Before today: tips still arriving today would fall into the tally", examples = "2022-12-31") LocalDate periodTo,
        @PositiveOrZero @Schema(description = "Tips received (nguồn tin)", examples = "39500") Integer received,
        @PositiveOrZero @Schema(description = "Tips of value (tin có giá trị); at most received", examples = "18170") Integer valuable,
        @PositiveOrZero @Schema(description = "Cases solved thanks to the tips", examples = "2144") Integer casesSolved,
        @PositiveOrZero @Schema(description = "Suspects arrested", examples = "3630") Integer suspectsArrested,
        @PositiveOrZero @Schema(description = "Wanted persons caught") Integer wantedCaught,
        @PositiveOrZero @Schema(description = "Wanted persons who surrendered") Integer wantedSurrendered,
        @PositiveOrZero @Schema(description = "Wanted persons caught or persuaded to surrender, where the report does not split them; "
                + "not with wantedCaught or wantedSurrendered", examples = "723") Integer wantedCaughtOrSurrendered,
        @NotBlank @Size(max = 500) @Schema(examples = "Báo cáo kết quả 3 năm thực hiện Kết luận 44-KL/TW, Công an tỉnh Thanh Hóa")
        String sourceDocument,
        @Size(max = 4000) String notes) {
}
