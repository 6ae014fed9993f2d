package vn.gov.antq.models.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OldProvinceTallies", description = "The counted tallies of pre-2025 periods for one province as reported. "
        + "A count is absent when none of its tallies reported it.")
public record OldProvinceTallies(
        @Schema(examples = "70") String reportedProvinceCode,
        @Schema(examples = "Bình Phước") String reportedProvinceName,
        @Schema(description = "Current province these figures count under", examples = "75") String provinceCode,
        @Schema(examples = "Đồng Nai") String provinceName,
        @Schema(description = "Number of tallies counted", examples = "14") long tallies,
        Long modelTypes,
        Long models,
        Long sites,
        Long teams,
        Long members,
        Long cameras) {
}
