package vn.gov.antq.gateway.client;

import java.time.LocalDate;

/**
 * One call of a statistics endpoint (docs/statistics-contract.md): the window, optionally a current province and a
 * grouping ({@code province} or {@code commune} for the views).
 */
public record StatisticsQuery(LocalDate from, LocalDate to, String province, String groupBy) {

    public static StatisticsQuery of(LocalDate from, LocalDate to) {
        return new StatisticsQuery(from, to, null, null);
    }

    public StatisticsQuery inProvince(String code) {
        return new StatisticsQuery(from, to, code, groupBy);
    }

    public StatisticsQuery groupedBy(String grouping) {
        return new StatisticsQuery(from, to, province, grouping);
    }
}
