package vn.gov.antq.commons.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A counted figure split by source (docs/statistics-contract.md). */
@Schema(name = "StatisticsFigure", description = "One figure and where it came from: detailed records, reported tallies, and their sum. "
        + "The no-double-counting rules keep records and tallies from ever covering the same unit, kind and period, so the sum is exact.")
public record StatisticsFigure(
        @Schema(description = "From detailed records", examples = "12") long records,
        @Schema(description = "From period tallies reported as totals", examples = "1611") long tallies,
        @Schema(examples = "1623") long total) {

    public static StatisticsFigure of(long records, long tallies) {
        return new StatisticsFigure(records, tallies, records + tallies);
    }

    /** For figures only detailed records can give. */
    public static StatisticsFigure ofRecords(long records) {
        return of(records, 0);
    }
}
