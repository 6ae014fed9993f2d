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

@Schema(name = "WeaponHandoverTallyInput", description = "Weapons, explosives and firecrackers a province or commune reported as handed over "
        + "or seized in a period, where no detailed handovers exist. Give at least one quantity; leave the others out (absent is "
        + "'not reported', not zero).")
public record WeaponHandoverTallyInput(
        @NotBlank @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code")
        @Schema(description = "Province code as reported: a pre-2025 code for periods before 2025-07-01", examples = "38") String provinceCode,
        @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code")
        @Schema(description = "Commune code as reported on the period's last day; absent for a province-wide tally") String communeCode,
        @NotNull @PastOrPresent @Schema(examples = "2019-01-01") LocalDate periodFrom,
        @NotNull @PastOrPresent @Schema(examples = "2022-12-31") LocalDate periodTo,
        @PositiveOrZero @Schema(description = "Guns (khẩu)", examples = "6237") Integer guns,
        @PositiveOrZero @Schema(description = "Primitive weapons (chiếc)", examples = "3913") Integer primitiveWeapons,
        @PositiveOrZero @Schema(description = "Bombs, mines, grenades (quả)", examples = "258") Integer bombsMinesGrenades,
        @PositiveOrZero @Schema(description = "Rounds of ammunition (viên)", examples = "25991") Integer rounds,
        @DecimalMin(value = "0", message = "must be greater than or equal to 0")
        @Digits(integer = 9, fraction = 3, message = "must have at most 9 digits and 3 decimals")
        @Schema(description = "Explosives and precursors, kg", examples = "667") BigDecimal explosivesKg,
        @PositiveOrZero @Schema(description = "Detonators (chiếc)", examples = "919") Integer detonators,
        @PositiveOrZero @Schema(description = "Support tools (công cụ hỗ trợ)", examples = "858") Integer supportTools,
        @PositiveOrZero @Schema(description = "Dangerous toys", examples = "1848") Integer dangerousToys,
        @DecimalMin(value = "0", message = "must be greater than or equal to 0")
        @Digits(integer = 9, fraction = 3, message = "must have at most 9 digits and 3 decimals")
        @Schema(description = "Firecrackers, kg", examples = "1048") BigDecimal firecrackersKg,
        @NotBlank @Size(max = 500) @Schema(examples = "Báo cáo kết quả 3 năm thực hiện Kết luận 44-KL/TW, Công an tỉnh Thanh Hóa")
        String sourceDocument,
        @Size(max = 4000) String notes) {
}
