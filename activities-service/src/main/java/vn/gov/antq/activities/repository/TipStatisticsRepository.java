package vn.gov.antq.activities.repository;

import static vn.gov.antq.activities.repository.GroupedSums.longOrNull;
import static vn.gov.antq.activities.repository.GroupedSums.params;
import static vn.gov.antq.activities.repository.GroupedSums.tallyWindow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.antq.commons.statistics.StatisticsInputs;

import vn.gov.antq.activities.repository.GroupedSums.Part;
import vn.gov.antq.activities.repository.GroupedSums.Sums;

/**
 * Tip statistics, summed by PostgreSQL; never a tip's text or its tipster, only counts. In a window a tip counts when it
 * was received on one of its days (Vietnam's calendar: [since, until) are the window's first and day-after-last
 * midnights in Vietnam); it is of value when it reached VALUABLE, and of no value when it reached NOT_VALUABLE, by the
 * window's last day; its outcomes count whenever recorded. Its status is the one in force at the window's end. A tally
 * counts when its period overlaps the window; tip figures are flows, which the no-double-counting rule keeps apart in
 * time, so every such tally counts. Windows of whole months read the tips' monthly aggregates kept by triggers (V8)
 * instead of the tips and their histories, any other window the records; both give the same sums.
 */
@ApplicationScoped
public class TipStatisticsRepository {

    /**
     * The figures in column order: the records' columns first, then the tallies'. Each has its SQL over the records
     * ({@code r}), over the monthly aggregates ({@code m}, V8: the same sums) and over the tallies ({@code t}).
     */
    public enum Figure {
        RECEIVED("count(*)", "sum(m.tips)", "sum(t.received)"),
        VALUABLE("count(*) filter (where " + reached("VALUABLE") + ")", "sum(m.valuable)", "sum(t.valuable)"),
        NOT_VALUABLE("count(*) filter (where " + reached("NOT_VALUABLE") + ")", "sum(m.not_valuable)", null),
        CASES_SOLVED("sum(r.cases_solved)", "sum(m.cases_solved)", "sum(t.cases_solved)"),
        SUSPECTS_ARRESTED("sum(r.suspects_arrested)", "sum(m.suspects_arrested)", "sum(t.suspects_arrested)"),
        WANTED_CAUGHT("sum(r.wanted_caught)", "sum(m.wanted_caught)", "sum(t.wanted_caught)"),
        WANTED_SURRENDERED("sum(r.wanted_surrendered)", "sum(m.wanted_surrendered)", "sum(t.wanted_surrendered)"),
        // Caught and surrendered, and the tallies' combined figure (reports that do not split them, e.g. Thanh Hóa's 723).
        WANTED_CAUGHT_OR_SURRENDERED("sum(r.wanted_caught + r.wanted_surrendered)", "sum(m.wanted_caught + m.wanted_surrendered)",
                "sum(coalesce(t.wanted_caught, 0) + coalesce(t.wanted_surrendered, 0) + coalesce(t.wanted_caught_or_surrendered, 0))");

        final String records;
        final String monthly;
        final String tallies;

        Figure(String records, String monthly, String tallies) {
            this.records = records;
            this.monthly = monthly;
            this.tallies = tallies;
        }

        public int records() {
            return ordinal();
        }

        public int tallies() {
            return values().length + ordinal();
        }
    }

    private static final int WIDTH = 2 * Figure.values().length;

    public record OldProvinceRow(String reportedProvinceCode, String provinceCode, long tallies, Long received, Long valuable,
            Long casesSolved, Long suspectsArrested, Long wantedCaught, Long wantedSurrendered, Long wantedCaughtOrSurrendered) {
    }

    /** The monthly aggregates' figure columns (V8), the tip count first. */
    private static final List<String> MONTHLY_FIGURES = List.of("tips", "valuable", "not_valuable", "cases_solved", "suspects_arrested",
            "wanted_caught", "wanted_surrendered");
    private static final String MONTHLY_COLUMNS = "dimension, value, province_code, received_month, change_month, "
            + String.join(", ", MONTHLY_FIGURES);
    /**
     * A tip received in a whole-month window and its state as of the window's last day: received in months from..to,
     * state changes of months up to to (V8 explains why the months decide it).
     */
    private static final String MONTHS_IN_WINDOW = "received_month between :from and :to and change_month <= :to";

    @Inject
    GroupedSums sums;

    /**
     * Whether whole-month windows are answered from the monthly aggregates; false only in the test that compares them
     * with the records (TipMonthlyAggregateEqualityTest).
     */
    volatile boolean monthlyAggregates = true;

    /**
     * What the answer of a whole-month window grouped by {@code grouping} is computed from, the data part of its ETag
     * (commons ConditionalStatistics): every table this class's queries read for it, with the totals' and the labels'
     * (StatisticsLabels). Null when the records answer the window: such answers carry no ETag. A query here that starts
     * reading another table must add it (tests check it: antq.statistics.verify-inputs).
     */
    public StatisticsInputs inputs(StatisticsGrouping grouping, LocalDate from, LocalDate to) {
        if (!monthlyAggregates || !MonthlyAggregateQueries.wholeMonths(from, to)) {
            return null;
        }
        StatisticsInputs inputs = StatisticsInputs.of(StatisticsInputs.aggregate("tip_monthly"), StatisticsInputs.tracked("tip_tally"));
        // Tips keep the current commune: by commune only the labels read the registry.
        return grouping == StatisticsGrouping.COMMUNE ? inputs.and(StatisticsInputs.tracked("commune")) : inputs;
    }

    /**
     * One row per group (key null: rows the grouping does not apply to, e.g. tallies by channel).
     *
     * @param since the window's first midnight in Vietnam
     * @param until the midnight after the window's last day in Vietnam
     */
    public List<Sums> aggregate(StatisticsGrouping grouping, LocalDate from, LocalDate to, Instant since, Instant until, String province) {
        Map<String, Object> bound = params(from, to, province);
        Part records;
        if (monthlyAggregates && MonthlyAggregateQueries.wholeMonths(from, to)) {
            records = monthlyPart(grouping, province);
        } else {
            records = recordPart(grouping, province);
            bound.put("since", since);
            bound.put("until", until);
        }
        List<String> tallies = new ArrayList<>(Collections.nCopies(Figure.values().length, null));
        for (Figure figure : Figure.values()) {
            tallies.add(figure.tallies);
        }
        return sums.sum(List.of(records, new Part(tallyKey(grouping), tallies, "from tip_tally t where " + tallyWindow(province))),
                WIDTH, bound);
    }

    /** The tips received in [:since, :until), read from the records. */
    private static Part recordPart(StatisticsGrouping grouping, String province) {
        List<String> columns = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            columns.add(figure.records);
        }
        columns.addAll(Collections.nCopies(Figure.values().length, null));
        String tipsFrom = "from tip r" + (grouping == StatisticsGrouping.STATUS ? STATUS_AT_END : "")
                + " where r.received_at >= :since and r.received_at < :until" + (province == null ? "" : " and r.province_code = :province");
        return new Part(tipKey(grouping), columns, tipsFrom);
    }

    /** The tips of a whole-month window, read from the monthly aggregates: the same sums as {@link #recordPart}. */
    private static Part monthlyPart(StatisticsGrouping grouping, String province) {
        List<String> columns = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            columns.add(figure.monthly);
        }
        columns.addAll(Collections.nCopies(Figure.values().length, null));
        String dimension;
        List<String> rawKey;
        String key;
        switch (grouping) {
            case PROVINCE -> {
                dimension = "province";
                rawKey = List.of("province_code");
                key = "m.province_code";
            }
            case COMMUNE -> {
                dimension = "commune";
                rawKey = List.of("value");
                // '' is "no commune"; tips keep the current commune of the one reported, as the records group them.
                key = "nullif(m.value, '')";
            }
            case CHANNEL, CATEGORY, STATUS -> {
                // V8 names these dimensions as the groupBy parameter does.
                dimension = grouping.parameter();
                rawKey = List.of("value");
                key = "m.value";
            }
            default -> {
                dimension = "province";
                rawKey = List.of();
                key = GroupedSums.NO_KEY;
            }
        }
        String where = MONTHS_IN_WINDOW + " and dimension = '" + dimension + "'" + (province == null ? "" : " and province_code = :province");
        return new Part(key, columns, MonthlyAggregateQueries.from("tip_monthly", MONTHLY_COLUMNS, rawKey, where, MONTHLY_FIGURES));
    }

    /** The counted tallies of pre-2025 periods by the province code as reported. */
    public List<OldProvinceRow> oldProvinces(LocalDate from, LocalDate to, String province) {
        return sums.rows("select t.reported_province_code, t.province_code, count(*), sum(t.received), sum(t.valuable), sum(t.cases_solved),"
                + " sum(t.suspects_arrested), sum(t.wanted_caught), sum(t.wanted_surrendered),"
                + " sum(coalesce(t.wanted_caught, 0) + coalesce(t.wanted_surrendered, 0) + coalesce(t.wanted_caught_or_surrendered, 0))"
                + " filter (where num_nonnulls(t.wanted_caught, t.wanted_surrendered, t.wanted_caught_or_surrendered) > 0)"
                + " from tip_tally t where " + tallyWindow(province) + " and t.period_to < date '2025-07-01'"
                + " group by 1, 2 order by 1", params(from, to, province)).stream()
                .map(r -> new OldProvinceRow((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                        longOrNull(r[3]), longOrNull(r[4]), longOrNull(r[5]), longOrNull(r[6]), longOrNull(r[7]), longOrNull(r[8]),
                        longOrNull(r[9])))
                .toList();
    }

    /** The tip reached the status by the window's end (its dated history, indexed by tip and time). */
    private static String reached(String status) {
        return "exists (select 1 from tip_status_change c where c.tip_id = r.id and c.to_status = '" + status + "' and c.effective_at < :until)";
    }

    /** The status in force at the window's end: the latest change before it (every tip has its RECEIVED one). */
    private static final String STATUS_AT_END = " left join lateral (select c.to_status from tip_status_change c where c.tip_id = r.id"
            + " and c.effective_at < :until order by c.effective_at desc, c.id desc limit 1) st on true";

    private static String tipKey(StatisticsGrouping grouping) {
        return switch (grouping) {
            case PROVINCE -> "r.province_code";
            // Tips keep the current commune of the one reported.
            case COMMUNE -> "r.commune_code";
            case CHANNEL -> "r.channel";
            case CATEGORY -> "r.category";
            case STATUS -> "coalesce(st.to_status, r.status)";
            default -> GroupedSums.NO_KEY;
        };
    }

    private static String tallyKey(StatisticsGrouping grouping) {
        return switch (grouping) {
            case PROVINCE -> "t.province_code";
            case COMMUNE -> "t.commune_code";
            default -> GroupedSums.NO_KEY;
        };
    }
}
