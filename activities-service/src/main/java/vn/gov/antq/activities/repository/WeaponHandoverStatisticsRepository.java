package vn.gov.antq.activities.repository;

import static vn.gov.antq.activities.repository.GroupedSums.decimal;
import static vn.gov.antq.activities.repository.GroupedSums.params;
import static vn.gov.antq.activities.repository.GroupedSums.tallyWindow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.antq.commons.statistics.StatisticsInputs;

import vn.gov.antq.activities.model.WeaponCategory;
import vn.gov.antq.activities.repository.GroupedSums.Part;
import vn.gov.antq.activities.repository.GroupedSums.Sums;

/**
 * Handover statistics, summed by PostgreSQL. In a window a handover counts when it took place on one of its days; a
 * tally when its period overlaps it — every such tally, as handovers are flows the no-double-counting rule keeps apart
 * in time. Columns: the number of handovers, then one per {@link WeaponCategory} (records), then one per category
 * (tallies). Windows of whole months read the handovers' monthly aggregates kept by triggers (V7_1), any other
 * window the handovers; both give the same sums.
 */
@ApplicationScoped
public class WeaponHandoverStatisticsRepository {

    public static final int HANDOVERS = 0;
    private static final int CATEGORIES = WeaponCategory.values().length;
    private static final int WIDTH = 1 + 2 * CATEGORIES;

    /** A category's column among the records' figures. */
    public static int records(WeaponCategory category) {
        return 1 + category.ordinal();
    }

    /** A category's column among the tallies' figures. */
    public static int tallies(WeaponCategory category) {
        return 1 + CATEGORIES + category.ordinal();
    }

    /** Per reported pre-2025 province: the tallies counted and the sum per category (null: none reported), in category order. */
    public record OldProvinceRow(String reportedProvinceCode, String provinceCode, long tallies, BigDecimal[] quantities) {
    }

    /** The monthly aggregates' figure columns (V7_1): the handover count, then one per category in category order. */
    private static final List<String> MONTHLY_FIGURES = Stream.concat(Stream.of("handovers"),
            Arrays.stream(WeaponCategory.values()).map(WeaponCategory::column)).toList();

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
        StatisticsInputs inputs = StatisticsInputs.of(StatisticsInputs.aggregate("weapon_handover_monthly"),
                StatisticsInputs.tracked("weapon_handover_tally"));
        return grouping == StatisticsGrouping.COMMUNE
                ? inputs.and(StatisticsInputs.aggregate("weapon_handover_commune_monthly")).and(MonthlyAggregateQueries.COMMUNE_REGISTRY)
                : inputs;
    }

    /** One row per group (key null: rows the grouping does not apply to, e.g. tallies by source). */
    public List<Sums> aggregate(StatisticsGrouping grouping, LocalDate from, LocalDate to, String province) {
        Part records = monthlyAggregates && MonthlyAggregateQueries.wholeMonths(from, to) ? monthlyPart(grouping, province)
                : recordPart(grouping, province);
        List<String> tallies = new ArrayList<>(Collections.nCopies(1 + CATEGORIES, null));
        // Column names come from the enum, never from input.
        for (WeaponCategory category : WeaponCategory.values()) {
            tallies.add("sum(t." + category.column() + ")");
        }
        return sums.sum(List.of(records, new Part(tallyKey(grouping), tallies, "from weapon_handover_tally t where " + tallyWindow(province))),
                WIDTH, params(from, to, province));
    }

    /** The handovers of the window, read from the records. */
    private static Part recordPart(StatisticsGrouping grouping, String province) {
        List<String> records = new ArrayList<>();
        records.add("count(*)");
        for (WeaponCategory category : WeaponCategory.values()) {
            records.add("sum(h." + category.column() + ")");
        }
        records.addAll(Collections.nCopies(CATEGORIES, null));
        String handoversFrom = "from weapon_handover h where h.handed_over_on between :from and :to"
                + (province == null ? "" : " and h.province_code = :province");
        return new Part(handoverKey(grouping), records, handoversFrom);
    }

    /**
     * The handovers of a whole-month window, read from the monthly aggregates: the same sums as {@link #recordPart}. A
     * handover's month lies between the window's first day (a 1st) and last day exactly when its day does.
     */
    private static Part monthlyPart(StatisticsGrouping grouping, String province) {
        List<String> records = MONTHLY_FIGURES.stream().map(f -> "sum(m." + f + ")").collect(Collectors.toCollection(ArrayList::new));
        records.addAll(Collections.nCopies(CATEGORIES, null));
        String where = "month between :from and :to" + (province == null ? "" : " and province_code = :province");
        String figures = String.join(", ", MONTHLY_FIGURES);
        if (grouping == StatisticsGrouping.COMMUNE) {
            // The month tells whether the code was an old commune's (V7_1); '' is "no commune".
            return new Part(GroupedSums.currentCommune("nullif(m.commune_code, '')", "m.month"), records,
                    MonthlyAggregateQueries.from("weapon_handover_commune_monthly", "province_code, commune_code, month, " + figures,
                            List.of("commune_code", MonthlyAggregateQueries.reformSide("month") + " as month"), where, MONTHLY_FIGURES));
        }
        String rawKey = switch (grouping) {
            case PROVINCE -> "province_code";
            case SOURCE -> "source";
            default -> null;
        };
        return new Part(rawKey == null ? GroupedSums.NO_KEY : "m." + rawKey, records,
                MonthlyAggregateQueries.from("weapon_handover_monthly", "province_code, source, month, " + figures,
                        rawKey == null ? List.of() : List.of(rawKey), where, MONTHLY_FIGURES));
    }

    /** The counted tallies of pre-2025 periods by the province code as reported. */
    public List<OldProvinceRow> oldProvinces(LocalDate from, LocalDate to, String province) {
        String figures = Arrays.stream(WeaponCategory.values()).map(c -> "sum(t." + c.column() + ")").collect(Collectors.joining(", "));
        return sums.rows("select t.reported_province_code, t.province_code, count(*), " + figures + " from weapon_handover_tally t where "
                + tallyWindow(province) + " and t.period_to < date '2025-07-01' group by 1, 2 order by 1",
                params(from, to, province)).stream()
                .map(r -> {
                    BigDecimal[] quantities = new BigDecimal[CATEGORIES];
                    for (int i = 0; i < CATEGORIES; i++) {
                        quantities[i] = r[3 + i] == null ? null : decimal(r[3 + i]);
                    }
                    return new OldProvinceRow((String) r[0], (String) r[1], ((Number) r[2]).longValue(), quantities);
                })
                .toList();
    }

    private static String handoverKey(StatisticsGrouping grouping) {
        return switch (grouping) {
            case PROVINCE -> "h.province_code";
            case COMMUNE -> GroupedSums.currentCommune("h.commune_code", "h.handed_over_on");
            case SOURCE -> "h.source";
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
