package vn.gov.antq.activities.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.commons.statistics.StatisticsFigure;

@Schema(name = "TipStatisticsGroup", description = "The tip figures of one group (or the totals), each split into records and tallies; "
        + "counts only, never a tip's text or its tipster")
public record TipStatisticsGroup(
        @Schema(description = "The group's code (province, commune, channel, category or status on the window's last day); absent for "
                + "figures the grouping does not apply to, e.g. tallies when grouped by channel", examples = "HOTLINE") String key,
        @Schema(examples = "Đường dây nóng") String label,
        @Schema(description = "Tips received in the window") StatisticsFigure received,
        @Schema(description = "Tips judged of value: they reached VALUABLE by the window's last day") StatisticsFigure valuable,
        @Schema(description = "Tips judged of no value by the window's last day; tallies do not report it") StatisticsFigure notValuable,
        StatisticsFigure casesSolved,
        StatisticsFigure suspectsArrested,
        StatisticsFigure wantedCaught,
        StatisticsFigure wantedSurrendered,
        @Schema(description = "wantedCaught + wantedSurrendered, plus what tallies report without splitting them (Thanh Hóa 2019–2022: "
                + "723)") StatisticsFigure wantedCaughtOrSurrendered,
        @Schema(description = "valuable.total / received.total, rounded to 4 decimals; absent when received.total is 0", examples = "0.46")
        Double valuableRatio) {
}
