package vn.gov.antq.activities.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WeaponHandoverTally", description = "Reported handover totals for a unit and period; counted under the current province")
public record WeaponHandoverTallyView(
        @Schema(examples = "4") long id,
        @Schema(description = "Province code as reported", examples = "38") String reportedProvinceCode,
        @Schema(description = "Current province the figures count under", examples = "38") String provinceCode,
        @Schema(description = "Commune code as reported; absent for a province-wide tally") String reportedCommuneCode,
        @Schema(description = "Current commune the reported one belongs to") String communeCode,
        LocalDate periodFrom,
        LocalDate periodTo,
        Integer guns,
        Integer primitiveWeapons,
        Integer bombsMinesGrenades,
        Integer rounds,
        BigDecimal explosivesKg,
        Integer detonators,
        Integer supportTools,
        Integer dangerousToys,
        BigDecimal firecrackersKg,
        String sourceDocument,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
