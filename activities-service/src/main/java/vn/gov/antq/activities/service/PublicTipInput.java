package vn.gov.antq.activities.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.activities.model.TipCategory;

@Schema(name = "PublicTipInput", description = "A tip a citizen submits without an account; the reporter is optional")
public record PublicTipInput(
        @NotNull @Schema(examples = "FRAUD") TipCategory category,
        @NotNull @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") @Schema(examples = "75") String provinceCode,
        @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") @Schema(examples = "26068") String communeCode,
        @NotBlank @Size(max = 4000) @Schema(examples = "Có người gọi điện giả danh công an yêu cầu chuyển tiền") String summary,
        @Valid ReporterIdentity reporter) {

    @Override
    public String toString() {
        return "PublicTipInput[" + category + ", " + provinceCode + ", reporterIdentified=" + (reporter != null) + "]";
    }
}
