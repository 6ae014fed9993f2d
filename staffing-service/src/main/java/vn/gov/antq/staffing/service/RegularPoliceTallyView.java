package vn.gov.antq.staffing.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegularPoliceTally", description = "A reported headcount of the regular commune police on a day, counted under the "
        + "current province")
public record RegularPoliceTallyView(
        @Schema(examples = "5") long id,
        @Schema(description = "Province code as reported", examples = "70") String reportedProvinceCode,
        @Schema(examples = "Bình Phước") String reportedProvinceName,
        @Schema(description = "Current province the figures count under", examples = "75") String provinceCode,
        @Schema(examples = "Đồng Nai") String provinceName,
        @Schema(description = "Commune code as reported; absent for a province-wide tally", examples = "25207") String reportedCommuneCode,
        @Schema(description = "Current commune the reported one is or went into", examples = "25210") String communeCode,
        @Schema(examples = "2022-10-31") LocalDate asOf,
        @Schema(description = "Absent when not reported", examples = "90") Integer communesWithRegularPolice,
        @Schema(examples = "90") int chiefs,
        @Schema(examples = "91") int deputies,
        @Schema(examples = "273") int officers,
        @Schema(description = "Chiefs, deputies and officers", examples = "454") int total,
        String sourceDocument,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
