package vn.gov.antq.models.service;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.models.model.RecognitionResult;
import vn.gov.antq.models.model.SafeUnitKind;

@Schema(name = "SafeUnitRecognitionInput", description = "A yearly \"An toàn về an ninh, trật tự\" verdict on a unit")
public record RecognitionInput(
        @NotNull @Schema(examples = "RESIDENTIAL_AREA") SafeUnitKind unitKind,
        @NotBlank @Size(max = 300) @Schema(examples = "Khu dân cư ấp Bàu Sen") String unitName,
        @NotBlank @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code")
        @Schema(description = "Commune of the unit as it was when the verdict was given (a pre-reform code for verdicts before "
                + "2025-07-01); its province is derived from it; cannot change once recorded", examples = "26068") String communeCode,
        @NotNull @Min(value = 2000, message = "must be 2000 or later") @Schema(description = "Year the verdict is for; not in the future",
                examples = "2025") Integer year,
        @NotNull @Schema(examples = "PASSED") RecognitionResult result,
        @Size(max = 100) @Schema(examples = "1234/QĐ-UBND") String decisionRef,
        @PastOrPresent @Schema(description = "Date of the decision; not before the year it decides on", examples = "2025-12-20")
        LocalDate decidedOn,
        @Size(max = 2000) String notes) {
}
