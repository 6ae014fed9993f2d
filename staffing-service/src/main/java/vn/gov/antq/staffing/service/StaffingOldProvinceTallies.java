package vn.gov.antq.staffing.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffingOldProvinceTallies", description = "The counted staffing tallies of pre-2025 days and periods for one province as "
        + "reported: semi-professional and regular police headcounts and reported training totals. A figure is absent when none of its "
        + "tallies reported it.")
public record StaffingOldProvinceTallies(
        @Schema(examples = "70") String reportedProvinceCode,
        @Schema(examples = "Bình Phước") String reportedProvinceName,
        @Schema(description = "Current province these figures count under", examples = "75") String provinceCode,
        @Schema(examples = "Đồng Nai") String provinceName,
        @Schema(description = "Number of tallies counted", examples = "2") long tallies,
        @Schema(examples = "1215") Long semiProfessionalPolice,
        @Schema(examples = "90") Long communesWithRegularPolice,
        @Schema(examples = "454") Long regularOfficers,
        @Schema(examples = "90") Long chiefs,
        @Schema(examples = "91") Long deputies,
        @Schema(examples = "273") Long officers,
        @Schema(description = "Sessions the reported training totals give") Long trainings,
        @Schema(examples = "4928") Long trainingParticipants) {
}
