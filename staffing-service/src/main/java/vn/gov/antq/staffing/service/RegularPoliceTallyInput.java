package vn.gov.antq.staffing.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegularPoliceTallyInput", description = "A headcount of the regular commune police (Công an xã chính quy) on a day, "
        + "as a province or commune reported it, for units whose postings are not recorded in detail.")
public record RegularPoliceTallyInput(
        @NotBlank @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code")
        @Schema(description = "Province code as reported on the day: the pre-2025 code before 2025-07-01", examples = "70")
        String provinceCode,
        @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code")
        @Schema(description = "Commune code as reported on the day; absent for a province-wide tally", examples = "25207")
        String communeCode,
        @NotNull @PastOrPresent @Schema(description = "The day of the headcount", examples = "2022-10-31") LocalDate asOf,
        @PositiveOrZero @Schema(description = "Communes of the unit with regular police on the day (0 or 1 for a commune); absent when "
                + "not reported", examples = "90") Integer communesWithRegularPolice,
        @NotNull @PositiveOrZero @Schema(description = "Chiefs (Trưởng Công an xã)", examples = "90") Integer chiefs,
        @NotNull @PositiveOrZero @Schema(description = "Deputy chiefs (Phó Trưởng Công an xã)", examples = "91") Integer deputies,
        @NotNull @PositiveOrZero @Schema(description = "Officers (Công an viên chính quy)", examples = "273") Integer officers,
        @NotBlank @Size(max = 500) @Schema(examples = "Kết quả thực hiện Kết luận số 44-KL/TW, Công an tỉnh Bình Phước, 31/10/2022")
        String sourceDocument,
        @Size(max = 4000) String notes) {
}
