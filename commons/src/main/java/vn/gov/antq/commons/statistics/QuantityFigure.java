package vn.gov.antq.commons.statistics;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measured quantity (kilograms, hours) split by source, like {@link StatisticsFigure}. */
@Schema(name = "QuantityFigure", description = "A measured quantity (e.g. kilograms, hours) from detailed records, reported tallies, "
        + "and their sum")
public record QuantityFigure(
        @Schema(examples = "12.5") BigDecimal records,
        @Schema(examples = "667") BigDecimal tallies,
        @Schema(examples = "679.5") BigDecimal total) {

    public static QuantityFigure of(BigDecimal records, BigDecimal tallies) {
        BigDecimal r = records == null ? BigDecimal.ZERO : records;
        BigDecimal t = tallies == null ? BigDecimal.ZERO : tallies;
        return new QuantityFigure(r, t, r.add(t));
    }
}
