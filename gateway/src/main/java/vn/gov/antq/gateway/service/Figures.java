package vn.gov.antq.gateway.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading figures from the statistics contract, and the arithmetic of the views: rates, ratios, ranks. */
public final class Figures {

    static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    /** Rates keep three decimals (0.075 guns per 10,000 inhabitants), ratios four (0.4600). */
    static final int RATE_SCALE = 3;
    static final int RATIO_SCALE = 4;

    private Figures() {
    }

    /** A figure as the contract gives it: {records, tallies, total}. A missing figure has all three null. */
    public record Split(BigDecimal records, BigDecimal tallies, BigDecimal total) {

        public static final Split NONE = new Split(null, null, null);
        public static final Split ZERO = new Split(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        public static Split ratio(BigDecimal value) {
            return new Split(null, null, value);
        }
    }

    /**
     * The metric's figure in one group (or the totals) of an answer: a figure the service gives, or the ratio of two.
     * A group that is absent from a complete answer counts zero; {@code group == null} means exactly that.
     */
    public static Split of(Metric metric, JsonNode group) {
        if (metric.ratio()) {
            return Split.ratio(ratio(total(group, metric.numerator()), total(group, metric.denominator())));
        }
        if (group == null) {
            return Split.ZERO;
        }
        JsonNode figure = group.get(metric.figure());
        if (figure == null || figure.isNull()) {
            return Split.NONE;
        }
        if (figure.isNumber()) {
            return new Split(null, null, figure.decimalValue());
        }
        return new Split(decimal(figure.get("records")), decimal(figure.get("tallies")), decimal(figure.get("total")));
    }

    private static BigDecimal total(JsonNode group, String figure) {
        if (group == null) {
            return BigDecimal.ZERO;
        }
        JsonNode node = group.get(figure);
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isNumber() ? node.decimalValue() : decimal(node.get("total"));
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.decimalValue();
    }

    /** numerator / denominator, or null when either is unknown or the denominator is 0. */
    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_UP);
    }

    /** total × 10,000 / population; null for ratios, unknown totals or no population. */
    public static BigDecimal per10k(Metric metric, BigDecimal total, long population) {
        if (metric.ratio() || total == null || population <= 0) {
            return null;
        }
        return total.multiply(TEN_THOUSAND).divide(BigDecimal.valueOf(population), RATE_SCALE, RoundingMode.HALF_UP);
    }

    /** total / communes; null for ratios, unknown totals or no communes. */
    public static BigDecimal perCommune(Metric metric, BigDecimal total, long communes) {
        if (metric.ratio() || total == null || communes <= 0) {
            return null;
        }
        return total.divide(BigDecimal.valueOf(communes), RATE_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Standard competition ranking, highest first: equal values share a rank and the next rank skips ("1, 2, 2, 4").
     * Keys whose value is null get no rank.
     */
    public static Map<String, Integer> ranks(Map<String, BigDecimal> values) {
        List<Map.Entry<String, BigDecimal>> ranked = values.entrySet().stream().filter(e -> e.getValue() != null)
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())).toList();
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            boolean tied = i > 0 && ranked.get(i).getValue().compareTo(ranked.get(i - 1).getValue()) == 0;
            ranks.put(ranked.get(i).getKey(), tied ? ranks.get(ranked.get(i - 1).getKey()) : i + 1);
        }
        return ranks;
    }
}
