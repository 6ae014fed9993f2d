package vn.gov.antq.activities.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.commons.statistics.QuantityFigure;
import vn.gov.antq.commons.statistics.StatisticsFigure;

@Schema(name = "ActivityStatisticsGroup", description = "The activity figures of one group (or the totals), each split into records and "
        + "tallies. Sessions and materials count as recorded: an activity or tally without the count adds none.")
public record ActivityStatisticsGroup(
        @Schema(description = "The group's code (province, commune, form, topic or organiser); absent for figures the grouping does "
                + "not apply to, e.g. tallies when grouped by topic, province-wide ones when grouped by commune", examples = "75") String key,
        @Schema(examples = "Đồng Nai") String label,
        @Schema(description = "Activities (detailed records, or the activities a tally reports)") StatisticsFigure activities,
        @Schema(description = "Sessions (buổi)") StatisticsFigure sessions,
        @Schema(description = "Attendances") StatisticsFigure participants,
        StatisticsFigure leaflets,
        StatisticsFigure booklets,
        StatisticsFigure bannersSlogans,
        StatisticsFigure panelsPosters,
        @Schema(description = "bannersSlogans + panelsPosters, plus what tallies report without splitting them (Thanh Hóa 2019–2022: "
                + "61,856)") StatisticsFigure bannersSlogansPanelsPosters,
        StatisticsFigure broadcastMinutes,
        @Schema(description = "Hours of film screening") QuantityFigure screeningHours) {
}
