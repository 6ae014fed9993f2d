package vn.gov.antq.activities.service;

import static vn.gov.antq.activities.repository.WeaponHandoverStatisticsRepository.records;
import static vn.gov.antq.activities.repository.WeaponHandoverStatisticsRepository.tallies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import vn.gov.antq.activities.model.WeaponCategory;
import vn.gov.antq.activities.repository.GroupedSums.Sums;
import vn.gov.antq.activities.repository.StatisticsGrouping;
import vn.gov.antq.activities.repository.WeaponHandoverStatisticsRepository;
import vn.gov.antq.activities.repository.WeaponHandoverStatisticsRepository.OldProvinceRow;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.commons.statistics.ConditionalStatistics;
import vn.gov.antq.commons.statistics.QuantityFigure;
import vn.gov.antq.commons.statistics.StatisticsFigure;
import vn.gov.antq.commons.statistics.StatisticsRequest;
import vn.gov.antq.commons.statistics.StatisticsScope;
import vn.gov.antq.commons.statistics.StatisticsWindow;
import vn.gov.antq.commons.units.AdministrativeUnits;

/**
 * Weapon handover statistics for the gateway to compose (docs/statistics-contract.md): quantities of a window by
 * category, optionally grouped, each split into records and tallies ({@link WeaponHandoverStatisticsRepository} says what
 * counts, {@link WeaponHandoverDoubleCountRule} why the parts never overlap). Filtered to the caller's aggregate scope.
 */
@ApplicationScoped
public class WeaponHandoverStatisticsService {

    /** The endpoint's name in its ETags. */
    static final String ENDPOINT = "weapon-handover-statistics";

    @Inject
    WeaponHandoverStatisticsRepository statistics;

    @Inject
    StatisticsLabels labels;

    @Inject
    AdministrativeUnits units;

    @Inject
    CallerScope caller;

    @Inject
    ConditionalStatistics conditional;

    /**
     * The answer to GET weapon-handover-statistics: 200 with the statistics, for a whole-month window with an ETag and 304 when
     * {@code ifNoneMatch} names it (commons ConditionalStatistics).
     */
    public Response statistics(LocalDate from, LocalDate to, LocalDate asOf, String province, String groupBy, String ifNoneMatch) {
        StatisticsWindow window = StatisticsWindow.of(from, to, asOf);
        StatisticsGrouping grouping = StatisticsGrouping.parse(groupBy, StatisticsGrouping.HANDOVERS);
        StatisticsScope scope = StatisticsScope.of(caller, units, province, grouping == StatisticsGrouping.COMMUNE);
        return conditional.answer(new StatisticsRequest(ENDPOINT, window, province, grouping.parameter(), scope), ifNoneMatch,
                statistics.inputs(grouping, window.start(), window.end()), () -> view(window, province, grouping, scope));
    }

    /** The statistics, read in the transaction of {@link ConditionalStatistics#answer}. */
    private WeaponHandoverStatisticsView view(StatisticsWindow window, String province, StatisticsGrouping grouping, StatisticsScope scope) {
        List<WeaponHandoverOldProvinceTallies> oldProvinces = window.startsBeforeReform() ? List.of() : null;
        if (scope.outOfScope()) {
            return new WeaponHandoverStatisticsView(window.start(), window.end(), province, grouping.parameter(), group(null, null, null),
                    List.of(), oldProvinces);
        }
        String effective = scope.province();
        List<Sums> totals = statistics.aggregate(StatisticsGrouping.NONE, window.start(), window.end(), effective);
        List<WeaponHandoverStatisticsGroup> groups = List.of();
        if (grouping != StatisticsGrouping.NONE) {
            List<Sums> rows = statistics.aggregate(grouping, window.start(), window.end(), effective);
            Function<String, String> label = labels.of(grouping, rows.stream().map(Sums::key).toList());
            groups = rows.stream().map(r -> group(r.key(), label.apply(r.key()), r)).toList();
        }
        if (oldProvinces != null) {
            oldProvinces = statistics.oldProvinces(window.start(), window.end(), effective).stream().map(this::oldProvince).toList();
        }
        return new WeaponHandoverStatisticsView(window.start(), window.end(), effective, grouping.parameter(),
                group(null, null, totals.isEmpty() ? null : totals.get(0)), groups, oldProvinces);
    }

    private WeaponHandoverOldProvinceTallies oldProvince(OldProvinceRow r) {
        BigDecimal[] q = r.quantities();
        return new WeaponHandoverOldProvinceTallies(r.reportedProvinceCode(), labels.legacyProvinceName(r.reportedProvinceCode()),
                r.provinceCode(), labels.provinceName(r.provinceCode()), r.tallies(), pieces(q, WeaponCategory.GUNS),
                pieces(q, WeaponCategory.PRIMITIVE_WEAPONS), pieces(q, WeaponCategory.BOMBS_MINES_GRENADES), pieces(q, WeaponCategory.ROUNDS),
                StatisticsLabels.plain(q[WeaponCategory.EXPLOSIVES.ordinal()]), pieces(q, WeaponCategory.DETONATORS),
                pieces(q, WeaponCategory.SUPPORT_TOOLS), pieces(q, WeaponCategory.DANGEROUS_TOYS),
                StatisticsLabels.plain(q[WeaponCategory.FIRECRACKERS.ordinal()]));
    }

    /** A group's figures; null sums: all zero. */
    private static WeaponHandoverStatisticsGroup group(String key, String label, Sums sums) {
        return new WeaponHandoverStatisticsGroup(key, label,
                sums == null ? StatisticsFigure.of(0, 0) : StatisticsFigure.ofRecords(sums.count(WeaponHandoverStatisticsRepository.HANDOVERS)),
                count(sums, WeaponCategory.GUNS), count(sums, WeaponCategory.PRIMITIVE_WEAPONS), count(sums, WeaponCategory.BOMBS_MINES_GRENADES),
                count(sums, WeaponCategory.ROUNDS), kilograms(sums, WeaponCategory.EXPLOSIVES), count(sums, WeaponCategory.DETONATORS),
                count(sums, WeaponCategory.SUPPORT_TOOLS), count(sums, WeaponCategory.DANGEROUS_TOYS), kilograms(sums, WeaponCategory.FIRECRACKERS));
    }

    private static StatisticsFigure count(Sums sums, WeaponCategory category) {
        return sums == null ? StatisticsFigure.of(0, 0) : StatisticsFigure.of(sums.count(records(category)), sums.count(tallies(category)));
    }

    private static QuantityFigure kilograms(Sums sums, WeaponCategory category) {
        return sums == null ? QuantityFigure.of(BigDecimal.ZERO, BigDecimal.ZERO)
                : QuantityFigure.of(StatisticsLabels.plain(sums.quantity(records(category))), StatisticsLabels.plain(sums.quantity(tallies(category))));
    }

    private static Long pieces(BigDecimal[] quantities, WeaponCategory category) {
        BigDecimal value = quantities[category.ordinal()];
        return value == null ? null : value.longValueExact();
    }
}
