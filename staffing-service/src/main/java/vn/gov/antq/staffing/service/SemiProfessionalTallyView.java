package vn.gov.antq.staffing.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SemiProfessionalTally", description = "A reported headcount of the semi-professional commune police, counted under "
        + "the current province")
public record SemiProfessionalTallyView(
        @Schema(examples = "3") long id,
        @Schema(description = "Province code as reported", examples = "70") String reportedProvinceCode,
        @Schema(examples = "Bình Phước") String reportedProvinceName,
        @Schema(description = "Current province the figures count under", examples = "75") String provinceCode,
        @Schema(examples = "Đồng Nai") String provinceName,
        @Schema(description = "Commune code as reported; absent for a province-wide tally", examples = "25207") String reportedCommuneCode,
        @Schema(description = "Current commune the reported one went into", examples = "25210") String communeCode,
        @Schema(description = "Set when the headcount is of one day", examples = "2022-10-31") LocalDate asOf,
        @Schema(description = "The period; both equal asOf for a headcount of one day") LocalDate periodFrom,
        LocalDate periodTo,
        Integer chiefs,
        @Schema(examples = "24") int deputyChiefs,
        @Schema(examples = "182") int standingOfficers,
        @Schema(examples = "1009") int hamletOfficers,
        @Schema(description = "Everyone counted, chiefs included when reported", examples = "1215") int total,
        String sourceDocument,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
