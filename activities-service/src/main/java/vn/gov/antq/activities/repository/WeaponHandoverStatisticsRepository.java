package vn.gov.antq.activities.repository;

import static vn.gov.antq.activities.repository.GroupedSums.decimal;
import static vn.gov.antq.activities.repository.GroupedSums.params;
import static vn.gov.antq.activities.repository.GroupedSums.tallyWindow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.antq.activities.model.WeaponCategory;
import vn.gov.antq.activities.repository.GroupedSums.Part;
import vn.gov.antq.activities.repository.GroupedSums.Sums;

/**
 * Handover statistics, summed by PostgreSQL. In a window a handover counts when it took place on one of its days; a
 * tally when its period overlaps it — every such tally, as handovers are flows the no-double-counting rule keeps apart
 * in time. Columns: the number of handovers, then one per {@link WeaponCategory} (records), then one per category
 * (tallies).
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

    @Inject
    GroupedSums sums;

    /** One row per group (key null: rows the grouping does not apply to, e.g. tallies by source). */
    public List<Sums> aggregate(StatisticsGrouping grouping, LocalDate from, LocalDate to, String province) {
        List<String> records = new ArrayList<>();
        List<String> tallies = new ArrayList<>();
        records.add("count(*)");
        tallies.add(null);
        // Column names come from the enum, never from input.
        for (WeaponCategory category : WeaponCategory.values()) {
            records.add("sum(h." + category.column() + ")");
            tallies.add(null);
        }
        for (WeaponCategory category : WeaponCategory.values()) {
            records.add(null);
            tallies.add("sum(t." + category.column() + ")");
        }
        String handoversFrom = "from weapon_handover h where h.handed_over_on between :from and :to"
                + (province == null ? "" : " and h.province_code = :province");
        return sums.sum(List.of(new Part(handoverKey(grouping), records, handoversFrom),
                new Part(tallyKey(grouping), tallies, "from weapon_handover_tally t where " + tallyWindow(province))),
                WIDTH, params(from, to, province));
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
