package vn.gov.antq.activities.service;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WeaponHandoverOldProvinceTallies", description = "The counted handover tallies of pre-2025 periods for one province as "
        + "reported. A figure is absent when none of its tallies reported it.")
public record WeaponHandoverOldProvinceTallies(
        @Schema(examples = "74") String reportedProvinceCode,
        @Schema(examples = "Bình Dương") String reportedProvinceName,
        @Schema(description = "Current province these figures count under", examples = "79") String provinceCode,
        @Schema(examples = "Hồ Chí Minh") String provinceName,
        @Schema(description = "Number of tallies counted", examples = "1") long tallies,
        Long guns,
        Long primitiveWeapons,
        Long bombsMinesGrenades,
        Long rounds,
        BigDecimal explosivesKg,
        Long detonators,
        Long supportTools,
        Long dangerousToys,
        BigDecimal firecrackersKg) {
}
