package vn.gov.antq.models.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TallyInput", description = "Totals a province or commune reported for a period, where no detailed records exist. "
        + "Give at least one count; leave the others out (absent is 'not reported', not zero).")
public record TallyInput(
        @NotBlank @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code")
        @Schema(description = "Province code as reported: a pre-2025 code for periods before 2025-07-01", examples = "70") String provinceCode,
        @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code")
        @Schema(description = "Commune code as reported on the period's last day; absent for a province-wide tally", examples = "25210")
        String communeCode,
        @Size(max = 60) @Schema(description = "Model type the counts are of; absent: all types together", examples = "PEOPLES_SECURITY_TEAM")
        String typeCode,
        @NotNull @PastOrPresent @Schema(examples = "2019-01-01") LocalDate periodFrom,
        @NotNull @Schema(examples = "2022-10-31") LocalDate periodTo,
        @PositiveOrZero @Schema(description = "Number of model types (only for a tally over all types)", examples = "42") Integer modelTypes,
        @PositiveOrZero @Schema(examples = "499") Integer models,
        @PositiveOrZero @Schema(description = "Sites (điểm): places where the models are applied") Integer sites,
        @PositiveOrZero @Schema(examples = "1611") Integer teams,
        @PositiveOrZero Integer members,
        @PositiveOrZero @Schema(description = "Security cameras installed under the models", examples = "1600") Integer cameras,
        @NotBlank @Size(max = 500) @Schema(examples = "Báo cáo kết quả 3 năm thực hiện Kết luận 44-KL/TW, Công an tỉnh Bình Phước")
        String sourceDocument,
        @Size(max = 4000) String notes) {
}
