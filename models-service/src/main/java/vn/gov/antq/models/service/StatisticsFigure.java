package vn.gov.antq.models.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatisticsFigure", description = "One figure and where it came from: detailed records, reported tallies, and their sum. "
        + "The double-count rule keeps records and tallies from ever covering the same unit, type and period, so the sum is exact.")
public record StatisticsFigure(
        @Schema(description = "From detailed records (models, sites, reviews, recognitions)", examples = "12") long records,
        @Schema(description = "From period tallies reported as totals", examples = "1611") long tallies,
        @Schema(examples = "1623") long total) {

    static StatisticsFigure of(long records, long tallies) {
        return new StatisticsFigure(records, tallies, records + tallies);
    }
}
