package vn.gov.antq.activities.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import vn.gov.antq.activities.repository.ActivityStatisticsRepository;
import vn.gov.antq.activities.repository.ActivityStatisticsRepository.Figure;
import vn.gov.antq.activities.repository.GroupedSums.Sums;
import vn.gov.antq.activities.repository.StatisticsGrouping;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.commons.statistics.ConditionalStatistics;
import vn.gov.antq.commons.statistics.QuantityFigure;
import vn.gov.antq.commons.statistics.StatisticsFigure;
import vn.gov.antq.commons.statistics.StatisticsRequest;
import vn.gov.antq.commons.statistics.StatisticsScope;
import vn.gov.antq.commons.statistics.StatisticsWindow;
import vn.gov.antq.commons.units.AdministrativeUnits;

/**
 * Propaganda activity statistics for the gateway to compose (docs/statistics-contract.md): figures of a window,
 * optionally grouped, each split into records and tallies (see {@link ActivityStatisticsRepository} for what counts in
 * a window and {@link ActivityDoubleCountRule} for why the two parts never overlap). Tallies of pre-2025 provinces count
 * under the current province they were merged into. Filtered to the caller's aggregate scope.
 */
@ApplicationScoped
public class ActivityStatisticsService {

    /** The endpoint's name in its ETags. */
    static final String ENDPOINT = "activity-statistics";

    @Inject
    ActivityStatisticsRepository statistics;

    @Inject
    StatisticsLabels labels;

    @Inject
    AdministrativeUnits units;

    @Inject
    CallerScope caller;

    @Inject
    ConditionalStatistics conditional;

    /**
     * The answer to GET activity-statistics: 200 with the statistics, for a whole-month window with an ETag and 304 when
     * {@code ifNoneMatch} names it (commons ConditionalStatistics).
     */
    public Response statistics(LocalDate from, LocalDate to, LocalDate asOf, String province, String groupBy, String ifNoneMatch) {
        StatisticsWindow window = StatisticsWindow.of(from, to, asOf);
        StatisticsGrouping grouping = StatisticsGrouping.parse(groupBy, StatisticsGrouping.ACTIVITIES);
        StatisticsScope scope = StatisticsScope.of(caller, units, province, grouping == StatisticsGrouping.COMMUNE);
        return conditional.answer(new StatisticsRequest(ENDPOINT, window, province, grouping.parameter(), scope), ifNoneMatch,
                statistics.inputs(grouping, window.start(), window.end()), () -> view(window, province, grouping, scope));
    }

    /** The statistics, read in the transaction of {@link ConditionalStatistics#answer}. */
    private ActivityStatisticsView view(StatisticsWindow window, String province, StatisticsGrouping grouping, StatisticsScope scope) {
        List<ActivityOldProvinceTallies> oldProvinces = window.startsBeforeReform() ? List.of() : null;
        if (scope.outOfScope()) {
            return new ActivityStatisticsView(window.start(), window.end(), province, grouping.parameter(), group(null, null, null), List.of(),
                    oldProvinces);
        }
        String effective = scope.province();
        List<Sums> totals = statistics.aggregate(StatisticsGrouping.NONE, window.start(), window.end(), effective);
        List<ActivityStatisticsGroup> groups = List.of();
        if (grouping != StatisticsGrouping.NONE) {
            List<Sums> rows = statistics.aggregate(grouping, window.start(), window.end(), effective);
            Function<String, String> label = labels.of(grouping, rows.stream().map(Sums::key).toList());
            groups = rows.stream().map(r -> group(r.key(), label.apply(r.key()), r)).toList();
        }
        if (oldProvinces != null) {
            oldProvinces = statistics.oldProvinces(window.start(), window.end(), effective).stream()
                    .map(r -> new ActivityOldProvinceTallies(r.reportedProvinceCode(), labels.legacyProvinceName(r.reportedProvinceCode()),
                            r.provinceCode(), labels.provinceName(r.provinceCode()), r.tallies(), r.activities(), r.sessions(), r.participants(),
                            r.leaflets(), r.booklets(), r.bannersSlogans(), r.panelsPosters(), r.bannersSlogansPanelsPosters(),
                            r.broadcastMinutes(), StatisticsLabels.plain(r.screeningHours())))
                    .toList();
        }
        return new ActivityStatisticsView(window.start(), window.end(), effective, grouping.parameter(),
                group(null, null, totals.isEmpty() ? null : totals.get(0)), groups, oldProvinces);
    }

    /** A group's figures; null sums: all zero. */
    private static ActivityStatisticsGroup group(String key, String label, Sums sums) {
        return new ActivityStatisticsGroup(key, label, count(sums, Figure.ACTIVITIES), count(sums, Figure.SESSIONS),
                count(sums, Figure.PARTICIPANTS), count(sums, Figure.LEAFLETS), count(sums, Figure.BOOKLETS), count(sums, Figure.BANNERS_SLOGANS),
                count(sums, Figure.PANELS_POSTERS), count(sums, Figure.BANNERS_SLOGANS_PANELS_POSTERS), count(sums, Figure.BROADCAST_MINUTES),
                sums == null ? QuantityFigure.of(BigDecimal.ZERO, BigDecimal.ZERO)
                        : QuantityFigure.of(StatisticsLabels.plain(sums.quantity(Figure.SCREENING_HOURS.records())),
                                StatisticsLabels.plain(sums.quantity(Figure.SCREENING_HOURS.tallies()))));
    }

    private static StatisticsFigure count(Sums sums, Figure figure) {
        return sums == null ? StatisticsFigure.of(0, 0) : StatisticsFigure.of(sums.count(figure.records()), sums.count(figure.tallies()));
    }
}
