package vn.gov.antq.staffing.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SemiProfessionalTallyInput", description = "A headcount of the semi-professional commune police (Công an xã bán "
        + "chuyên trách) as a province or commune reported it, on a day (asOf) or for a period (periodFrom and periodTo), "
        + "ending before 2024-07-01, when the grassroots security force replaced them.")
public record SemiProfessionalTallyInput(
        @NotBlank @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code")
        @Schema(description = "Province code as reported: the pre-2025 code", examples = "70") String provinceCode,
        @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code")
        @Schema(description = "Commune code as reported (a pre-2025 commune); absent for a province-wide tally", examples = "25207")
        String communeCode,
        @PastOrPresent @Schema(description = "The day of the headcount; instead of periodFrom/periodTo", examples = "2022-10-31")
        LocalDate asOf,
        @PastOrPresent @Schema(description = "First day of the period; with periodTo, instead of asOf") LocalDate periodFrom,
        @PastOrPresent @Schema(description = "Last day of the period; before 2024-07-01") LocalDate periodTo,
        @PositiveOrZero @Schema(description = "Chiefs (Trưởng Công an xã bán chuyên trách), where still reported") Integer chiefs,
        @NotNull @PositiveOrZero @Schema(description = "Deputy chiefs (Phó Trưởng Công an xã)", examples = "24") Integer deputyChiefs,
        @NotNull @PositiveOrZero @Schema(description = "Standing officers (Công an viên thường trực)", examples = "182")
        Integer standingOfficers,
        @NotNull @PositiveOrZero @Schema(description = "Hamlet officers (Công an viên thôn, ấp)", examples = "1009") Integer hamletOfficers,
        @NotBlank @Size(max = 500) @Schema(examples = "Kết quả thực hiện Kết luận số 44-KL/TW, Công an tỉnh Bình Phước, 31/10/2022")
        String sourceDocument,
        @Size(max = 4000) String notes) {
}
