package vn.gov.antq.activities.service;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivityOldProvinceTallies", description = "The counted activity tallies of pre-2025 periods for one province as "
        + "reported. A figure is absent when none of its tallies reported it.")
public record ActivityOldProvinceTallies(
        @Schema(examples = "70") String reportedProvinceCode,
        @Schema(examples = "Bình Phước") String reportedProvinceName,
        @Schema(description = "Current province these figures count under", examples = "75") String provinceCode,
        @Schema(examples = "Đồng Nai") String provinceName,
        @Schema(description = "Number of tallies counted", examples = "4") long tallies,
        Long activities,
        Long sessions,
        Long participants,
        Long leaflets,
        Long booklets,
        Long bannersSlogans,
        Long panelsPosters,
        @Schema(description = "Split and unsplit banners, slogans, panels and posters together") Long bannersSlogansPanelsPosters,
        Long broadcastMinutes,
        BigDecimal screeningHours) {
}
