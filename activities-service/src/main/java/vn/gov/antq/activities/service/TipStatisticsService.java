package vn.gov.antq.activities.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import vn.gov.antq.activities.repository.GroupedSums.Sums;
import vn.gov.antq.activities.repository.StatisticsGrouping;
import vn.gov.antq.activities.repository.TipStatisticsRepository;
import vn.gov.antq.activities.repository.TipStatisticsRepository.Figure;
import vn.gov.antq.commons.communes.CommuneRegistry;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.commons.statistics.ConditionalStatistics;
import vn.gov.antq.commons.statistics.StatisticsFigure;
import vn.gov.antq.commons.statistics.StatisticsRequest;
import vn.gov.antq.commons.statistics.StatisticsScope;
import vn.gov.antq.commons.statistics.StatisticsWindow;
import vn.gov.antq.commons.units.AdministrativeUnits;

/**
 * Tip statistics for the gateway to compose (docs/statistics-contract.md): counts of a window, optionally grouped, each
 * split into records and tallies ({@link TipStatisticsRepository} says what counts, {@link TipDoubleCountRule} why the
 * parts never overlap). Only numbers leave: no tip text, no tipster. Filtered to the caller's aggregate scope.
 */
@ApplicationScoped
public class TipStatisticsService {

    /** The endpoint's name in its ETags. */
    static final String ENDPOINT = "tip-statistics";

    @Inject
    TipStatisticsRepository statistics;

    @Inject
    StatisticsLabels labels;

    @Inject
    AdministrativeUnits units;

    @Inject
    CallerScope caller;

    @Inject
    ConditionalStatistics conditional;

    /**
     * The answer to GET tip-statistics: 200 with the statistics, for a whole-month window with an ETag and 304 when
     * {@code ifNoneMatch} names it (commons ConditionalStatistics).
     */
    public Response statistics(LocalDate from, LocalDate to, LocalDate asOf, String province, String groupBy, String ifNoneMatch) {
        StatisticsWindow window = StatisticsWindow.of(from, to, asOf);
        StatisticsGrouping grouping = StatisticsGrouping.parse(groupBy, StatisticsGrouping.TIPS);
        StatisticsScope scope = StatisticsScope.of(caller, units, province, grouping == StatisticsGrouping.COMMUNE);
        return conditional.answer(new StatisticsRequest(ENDPOINT, window, province, grouping.parameter(), scope), ifNoneMatch,
                statistics.inputs(grouping, window.start(), window.end()), () -> view(window, province, grouping, scope));
    }

    /** The statistics, read in the transaction of {@link ConditionalStatistics#answer}. */
    private TipStatisticsView view(StatisticsWindow window, String province, StatisticsGrouping grouping, StatisticsScope scope) {
        List<TipOldProvinceTallies> oldProvinces = window.startsBeforeReform() ? List.of() : null;
        if (scope.outOfScope()) {
            return new TipStatisticsView(window.start(), window.end(), province, grouping.parameter(), group(null, null, null), List.of(),
                    oldProvinces);
        }
        String effective = scope.province();
        // Tips are received at instants; the window's days are Vietnam's.
        Instant since = window.start().atStartOfDay(CommuneRegistry.VIETNAM).toInstant();
        Instant until = window.end().plusDays(1).atStartOfDay(CommuneRegistry.VIETNAM).toInstant();
        List<Sums> totals = statistics.aggregate(StatisticsGrouping.NONE, window.start(), window.end(), since, until, effective);
        List<TipStatisticsGroup> groups = List.of();
        if (grouping != StatisticsGrouping.NONE) {
            List<Sums> rows = statistics.aggregate(grouping, window.start(), window.end(), since, until, effective);
            Function<String, String> label = labels.of(grouping, rows.stream().map(Sums::key).toList());
            groups = rows.stream().map(r -> group(r.key(), label.apply(r.key()), r)).toList();
        }
        if (oldProvinces != null) {
            oldProvinces = statistics.oldProvinces(window.start(), window.end(), effective).stream()
                    .map(r -> new TipOldProvinceTallies(r.reportedProvinceCode(), labels.legacyProvinceName(r.reportedProvinceCode()),
                            r.provinceCode(), labels.provinceName(r.provinceCode()), r.tallies(), r.received(), r.valuable(), r.casesSolved(),
                            r.suspectsArrested(), r.wantedCaught(), r.wantedSurrendered(), r.wantedCaughtOrSurrendered()))
                    .toList();
        }
        return new TipStatisticsView(window.start(), window.end(), effective, grouping.parameter(),
                group(null, null, totals.isEmpty() ? null : totals.get(0)), groups, oldProvinces);
    }

    /** A group's figures; null sums: all zero. */
    private static TipStatisticsGroup group(String key, String label, Sums sums) {
        StatisticsFigure received = count(sums, Figure.RECEIVED);
        StatisticsFigure valuable = count(sums, Figure.VALUABLE);
        return new TipStatisticsGroup(key, label, received, valuable, count(sums, Figure.NOT_VALUABLE), count(sums, Figure.CASES_SOLVED),
                count(sums, Figure.SUSPECTS_ARRESTED), count(sums, Figure.WANTED_CAUGHT), count(sums, Figure.WANTED_SURRENDERED),
                count(sums, Figure.WANTED_CAUGHT_OR_SURRENDERED),
                received.total() == 0 ? null : Math.round(10_000.0 * valuable.total() / received.total()) / 10_000.0);
    }

    private static StatisticsFigure count(Sums sums, Figure figure) {
        return sums == null ? StatisticsFigure.of(0, 0) : StatisticsFigure.of(sums.count(figure.records()), sums.count(figure.tallies()));
    }
}
