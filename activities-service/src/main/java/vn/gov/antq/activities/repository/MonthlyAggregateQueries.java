package vn.gov.antq.activities.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import vn.gov.antq.commons.statistics.StatisticsInputs;

/**
 * SQL reading the records' monthly aggregates (activities V7, handovers V7_1, tips V8): each is an aggregate table kept
 * up to date by compaction plus a {@code _pending} table of signed deltas the record triggers write. A query reads both
 * in one statement, so its snapshot sees every committed write exactly once, whether compaction folded it or not.
 */
final class MonthlyAggregateQueries {

    /**
     * The ETag inputs of the commune registry by commune: the reform's edges, which map an old commune to its current
     * one at query time ({@link GroupedSums#currentCommune}), and the communes, whose names label the groups.
     */
    static final StatisticsInputs COMMUNE_REGISTRY = StatisticsInputs.of(StatisticsInputs.tracked("commune_succession"),
            StatisticsInputs.tracked("commune"));

    private MonthlyAggregateQueries() {
    }

    /** An aggregate keyed on months answers only windows made of whole months: the 1st of one to the last day of another. */
    static boolean wholeMonths(LocalDate from, LocalDate to) {
        return from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth();
    }

    /**
     * A FROM clause over {@code table} and its pending deltas: the rows matching {@code where}, summed per
     * {@code rawKey} (empty: one row), as {@code m} with the raw key's and the figures' columns. A group whose first
     * figure (the record count) nets to 0 is left out: its records were all deleted or moved away (its aggregate row
     * goes at the next compaction), and the record query shows no such group.
     *
     * @param columns every column of the table, which its pending table has too (named, so their order never matters)
     * @param rawKey  the select expressions to group by, e.g. "province_code" or "commune_code", "… as last_month"
     * @param where   a condition on the columns, with constants and named parameters only
     * @param figures the figure columns, the record count first; each summed under its own name
     */
    static String from(String table, String columns, List<String> rawKey, String where, List<String> figures) {
        return "from (select " + rawKey.stream().map(k -> k + ", ").collect(Collectors.joining())
                + figures.stream().map(f -> "sum(" + f + ") as " + f).collect(Collectors.joining(", "))
                + " from (select " + columns + " from " + table + " union all select " + columns + " from " + table + "_pending) u"
                + " where " + where
                + (rawKey.isEmpty() ? "" : " group by " + IntStream.rangeClosed(1, rawKey.size()).mapToObj(Integer::toString)
                        .collect(Collectors.joining(", ")))
                + " having sum(" + figures.get(0) + ") <> 0) m";
    }

    /**
     * A raw key expression: a record's last month as far as its commune code is concerned — its own before the reform
     * (the code is an old commune's), one month for all from 2025-07-01 — so a commune's months collapse into at most
     * two groups instead of one per month, and {@link GroupedSums#currentCommune} still tells the two apart.
     */
    static String reformSide(String month) {
        return "case when " + month + " < date '2025-07-01' then date '2025-06-01' else date '2025-07-01' end";
    }
}
