package vn.gov.antq.activities.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TipOldProvinceTallies", description = "The counted tip tallies of pre-2025 periods for one province as reported. "
        + "A figure is absent when none of its tallies reported it.")
public record TipOldProvinceTallies(
        @Schema(examples = "74") String reportedProvinceCode,
        @Schema(examples = "Bình Dương") String reportedProvinceName,
        @Schema(description = "Current province these figures count under", examples = "79") String provinceCode,
        @Schema(examples = "Hồ Chí Minh") String provinceName,
        @Schema(description = "Number of tallies counted", examples = "1") long tallies,
        Long received,
        Long valuable,
        Long casesSolved,
        Long suspectsArrested,
        Long wantedCaught,
        Long wantedSurrendered,
        @Schema(description = "Split and unsplit wanted persons caught or surrendered together") Long wantedCaughtOrSurrendered) {
}
