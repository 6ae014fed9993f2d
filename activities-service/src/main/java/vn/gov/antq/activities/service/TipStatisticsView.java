package vn.gov.antq.activities.service;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TipStatistics", description = "Tip figures for a window, each split into records and tallies")
public record TipStatisticsView(
        @Schema(examples = "2019-01-01") LocalDate from,
        @Schema(examples = "2022-12-31") LocalDate to,
        @Schema(description = "The current province the figures are restricted to; absent: national", examples = "38") String province,
        @Schema(description = "What groups are by; absent: totals only", examples = "channel") String groupBy,
        TipStatisticsGroup totals,
        @Schema(description = "One entry per group, by key; empty without groupBy") List<TipStatisticsGroup> groups,
        @Schema(description = "For windows starting before 2025-07-01: the tallies of pre-2025 periods by province as reported; "
                + "absent for later windows") List<TipOldProvinceTallies> oldProvinces) {
}
