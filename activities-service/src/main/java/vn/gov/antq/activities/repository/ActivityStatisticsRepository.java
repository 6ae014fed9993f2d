package vn.gov.antq.activities.repository;

import static vn.gov.antq.activities.repository.GroupedSums.decimal;
import static vn.gov.antq.activities.repository.GroupedSums.longOrNull;
import static vn.gov.antq.activities.repository.GroupedSums.params;
import static vn.gov.antq.activities.repository.GroupedSums.tallyWindow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.antq.commons.statistics.StatisticsInputs;

import vn.gov.antq.activities.repository.GroupedSums.Part;
import vn.gov.antq.activities.repository.GroupedSums.Sums;

/**
 * Activity statistics, summed by PostgreSQL. In a window [from, to] an activity counts when its day or period overlaps
 * it; a tally when its period overlaps it. Activity figures are flows (what took place in a period), and the
 * no-double-counting rule keeps tallies of one unit and form from overlapping in time, so every such tally counts —
 * successive reports add up. Materials and sessions count as recorded: an activity without a count adds none.
 * Windows of whole months (months, quarters, years: what the gateway's views ask) read the activities' monthly
 * aggregates kept by triggers (V7) instead of the activities, so their cost no longer grows with the records; any other
 * window reads the records. Both give the same sums.
 */
@ApplicationScoped
public class ActivityStatisticsRepository {

    /**
     * The figures in column order; {@link #records()} gives the records' column, the tallies' follows the records'.
     * Each has its SQL over the records ({@code a}), over the monthly aggregates ({@code m}, V7: the same sums, with
     * "not recorded" as 0 in both) and over the tallies ({@code t}).
     */
    public enum Figure {
        ACTIVITIES("count(*)", "sum(m.activities)", "sum(t.activities)"),
        SESSIONS("sum(a.sessions)", "sum(m.sessions)", "sum(t.sessions)"),
        PARTICIPANTS("sum(a.participants)", "sum(m.participants)", "sum(t.participants)"),
        LEAFLETS("sum(a.leaflets)", "sum(m.leaflets)", "sum(t.leaflets)"),
        BOOKLETS("sum(a.booklets)", "sum(m.booklets)", "sum(t.booklets)"),
        BANNERS_SLOGANS("sum(a.banners_slogans)", "sum(m.banners_slogans)", "sum(t.banners_slogans)"),
        PANELS_POSTERS("sum(a.panels_posters)", "sum(m.panels_posters)", "sum(t.panels_posters)"),
        // The split figures and the tallies' combined one (reports that do not split them).
        BANNERS_SLOGANS_PANELS_POSTERS("sum(coalesce(a.banners_slogans, 0) + coalesce(a.panels_posters, 0))",
                "sum(m.banners_slogans + m.panels_posters)",
                "sum(coalesce(t.banners_slogans, 0) + coalesce(t.panels_posters, 0) + coalesce(t.banners_slogans_panels_posters, 0))"),
        BROADCAST_MINUTES("sum(a.broadcast_minutes)", "sum(m.broadcast_minutes)", "sum(t.broadcast_minutes)"),
        SCREENING_HOURS("sum(a.screening_hours)", "sum(m.screening_hours)", "sum(t.screening_hours)");

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

    /** Per reported pre-2025 province: the tallies counted and the sums of their figures (null: none reported). */
    public record OldProvinceRow(String reportedProvinceCode, String provinceCode, long tallies, Long activities, Long sessions,
            Long participants, Long leaflets, Long booklets, Long bannersSlogans, Long panelsPosters, Long bannersSlogansPanelsPosters,
            Long broadcastMinutes, java.math.BigDecimal screeningHours) {
    }

    /** The monthly aggregates' figure columns (V7), the activity count first. */
    private static final List<String> MONTHLY_FIGURES = List.of("activities", "sessions", "participants", "leaflets", "booklets",
            "banners_slogans", "panels_posters", "broadcast_minutes", "screening_hours");
    private static final String MONTHLY_KEYS = "dimension, value, province_code, first_month, last_month";
    private static final String COMMUNE_MONTHLY_KEYS = "province_code, commune_code, first_month, last_month";
    /** An activity's months overlap a whole-month window (V7 explains why the months decide it). */
    private static final String MONTHS_IN_WINDOW = "first_month <= :to and last_month >= :from";

    @Inject
    GroupedSums sums;

    /**
     * Whether whole-month windows are answered from the monthly aggregates; false only in the test that compares them
     * with the records (MonthlyAggregateEqualityTest).
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
        StatisticsInputs inputs = StatisticsInputs.of(StatisticsInputs.aggregate("activity_monthly"), StatisticsInputs.tracked("activity_tally"));
        return grouping == StatisticsGrouping.COMMUNE
                ? inputs.and(StatisticsInputs.aggregate("activity_commune_monthly")).and(MonthlyAggregateQueries.COMMUNE_REGISTRY)
                : inputs;
    }

    /** One row per group (key null: rows the grouping does not apply to, e.g. tallies by topic, province-wide ones by commune). */
    public List<Sums> aggregate(StatisticsGrouping grouping, LocalDate from, LocalDate to, String province) {
        Part records = monthlyAggregates && MonthlyAggregateQueries.wholeMonths(from, to) ? monthlyPart(grouping, province)
                : recordPart(grouping, province);
        return sums.sum(List.of(records, tallyPart(grouping, province)), WIDTH, params(from, to, province));
    }

    /** The activities of the window, read from the records. */
    private static Part recordPart(StatisticsGrouping grouping, String province) {
        List<String> columns = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            columns.add(figure.records);
        }
        String activitiesFrom = "from propaganda_activity a"
                + (grouping == StatisticsGrouping.TOPIC ? " cross join lateral unnest(string_to_array(a.topics, ',')) as topic(code)" : "")
                + " where " + ACTIVITY_IN_WINDOW + (province == null ? "" : " and a.province_code = :province");
        return new Part(activityKey(grouping), placed(columns, false), activitiesFrom);
    }

    /** The activities of a whole-month window, read from the monthly aggregates: the same sums as {@link #recordPart}. */
    private static Part monthlyPart(StatisticsGrouping grouping, String province) {
        List<String> columns = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            columns.add(figure.monthly);
        }
        String where = MONTHS_IN_WINDOW + (province == null ? "" : " and province_code = :province");
        String table = "activity_monthly";
        String keys = MONTHLY_KEYS;
        List<String> rawKey;
        String key;
        switch (grouping) {
            case COMMUNE -> {
                table = "activity_commune_monthly";
                keys = COMMUNE_MONTHLY_KEYS;
                // The last month tells whether the code was an old commune's (V7); '' is "no commune".
                rawKey = List.of("commune_code", MonthlyAggregateQueries.reformSide("last_month") + " as last_month");
                key = GroupedSums.currentCommune("nullif(m.commune_code, '')", "m.last_month");
            }
            case FORM, TOPIC, ORGANISER -> {
                // V7 names these dimensions as the groupBy parameter does.
                where += " and dimension = '" + grouping.parameter() + "'";
                rawKey = List.of("value");
                key = "m.value";
            }
            case PROVINCE -> {
                where += " and dimension = 'province'";
                rawKey = List.of("province_code");
                key = "m.province_code";
            }
            default -> {
                where += " and dimension = 'province'";
                rawKey = List.of();
                key = GroupedSums.NO_KEY;
            }
        }
        return new Part(key, placed(columns, false),
                MonthlyAggregateQueries.from(table, keys + ", " + String.join(", ", MONTHLY_FIGURES), rawKey, where, MONTHLY_FIGURES));
    }

    private static Part tallyPart(StatisticsGrouping grouping, String province) {
        List<String> columns = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            columns.add(figure.tallies);
        }
        return new Part(tallyKey(grouping), placed(columns, true), "from activity_tally t where " + tallyWindow(province));
    }

    /** A part's columns: its figures in the records' or the tallies' places, 0 in the others'. */
    private static List<String> placed(List<String> figures, boolean tallies) {
        List<String> columns = new ArrayList<>();
        List<String> none = Collections.nCopies(figures.size(), null);
        columns.addAll(tallies ? none : figures);
        columns.addAll(tallies ? figures : none);
        return columns;
    }

    /** The counted tallies of pre-2025 periods by the province code as reported. */
    public List<OldProvinceRow> oldProvinces(LocalDate from, LocalDate to, String province) {
        return sums.rows("select t.reported_province_code, t.province_code, count(*), sum(t.activities), sum(t.sessions), sum(t.participants),"
                + " sum(t.leaflets), sum(t.booklets), sum(t.banners_slogans), sum(t.panels_posters),"
                + " sum(coalesce(t.banners_slogans, 0) + coalesce(t.panels_posters, 0) + coalesce(t.banners_slogans_panels_posters, 0))"
                + " filter (where num_nonnulls(t.banners_slogans, t.panels_posters, t.banners_slogans_panels_posters) > 0),"
                + " sum(t.broadcast_minutes), sum(t.screening_hours)"
                + " from activity_tally t where " + tallyWindow(province) + " and t.period_to < date '2025-07-01' group by 1, 2 order by 1",
                params(from, to, province)).stream()
                .map(r -> new OldProvinceRow((String) r[0], (String) r[1], ((Number) r[2]).longValue(), longOrNull(r[3]),
                        longOrNull(r[4]), longOrNull(r[5]), longOrNull(r[6]), longOrNull(r[7]), longOrNull(r[8]), longOrNull(r[9]),
                        longOrNull(r[10]), longOrNull(r[11]), r[12] == null ? null : decimal(r[12])))
                .toList();
    }

    /** Overlaps [from, to]; the expression is the one the range index (V6_1) is built on. */
    static final String ACTIVITY_IN_WINDOW = "daterange(coalesce(a.held_on, a.period_from), coalesce(a.held_on, a.period_to), '[]')"
            + " && daterange(:from, :to, '[]')";

    private static String activityKey(StatisticsGrouping grouping) {
        return switch (grouping) {
            case PROVINCE -> "a.province_code";
            case COMMUNE -> GroupedSums.currentCommune("a.commune_code", "coalesce(a.held_on, a.period_to)");
            case FORM -> "a.form";
            case TOPIC -> "topic.code";
            case ORGANISER -> "a.organiser";
            default -> GroupedSums.NO_KEY;
        };
    }

    private static String tallyKey(StatisticsGrouping grouping) {
        return switch (grouping) {
            case PROVINCE -> "t.province_code";
            case COMMUNE -> "t.commune_code";
            case FORM -> "t.form";
            default -> GroupedSums.NO_KEY;
        };
    }
}
