package vn.gov.antq.activities.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TipTally", description = "Reported tip totals for a unit and period; counted under the current province")
public record TipTallyView(
        @Schema(examples = "3") long id,
        @Schema(description = "Province code as reported", examples = "74") String reportedProvinceCode,
        @Schema(description = "Current province the figures count under", examples = "79") String provinceCode,
        @Schema(description = "Commune code as reported; absent for a province-wide tally") String reportedCommuneCode,
        @Schema(description = "Current commune the reported one belongs to") String communeCode,
        LocalDate periodFrom,
        LocalDate periodTo,
        Integer received,
        Integer valuable,
        Integer casesSolved,
        Integer suspectsArrested,
        Integer wantedCaught,
        Integer wantedSurrendered,
        Integer wantedCaughtOrSurrendered,
        String sourceDocument,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
