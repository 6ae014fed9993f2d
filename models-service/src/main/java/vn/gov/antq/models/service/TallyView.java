package vn.gov.antq.models.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Tally", description = "Reported totals for a unit and period; counted in statistics under the current province")
public record TallyView(
        @Schema(examples = "7") long id,
        @Schema(description = "Province code as reported", examples = "70") String reportedProvinceCode,
        @Schema(description = "Its name on the period's last day", examples = "Bình Phước") String reportedProvinceName,
        @Schema(description = "Current province the figures count under", examples = "75") String provinceCode,
        @Schema(examples = "Đồng Nai") String provinceName,
        @Schema(description = "Commune code as reported; absent for a province-wide tally", examples = "25207") String reportedCommuneCode,
        @Schema(description = "Current commune the reported one belongs to", examples = "25210") String communeCode,
        @Schema(description = "Absent: all model types together", examples = "PEOPLES_SECURITY_TEAM") String typeCode,
        @Schema(examples = "Tổ an ninh nhân dân") String typeNameVi,
        LocalDate periodFrom,
        LocalDate periodTo,
        Integer modelTypes,
        Integer models,
        Integer sites,
        Integer teams,
        Integer members,
        Integer cameras,
        String sourceDocument,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
