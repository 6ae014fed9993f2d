package vn.gov.antq.staffing.service;

import static vn.gov.antq.staffing.repository.StaffingStatisticsRepository.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import vn.gov.antq.commons.communes.Commune;
import vn.gov.antq.commons.communes.CommuneRepository;
import vn.gov.antq.commons.communes.CommuneType;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.commons.statistics.ConditionalStatistics;
import vn.gov.antq.commons.statistics.StatisticsFigure;
import vn.gov.antq.commons.statistics.StatisticsRequest;
import vn.gov.antq.commons.statistics.StatisticsScope;
import vn.gov.antq.commons.statistics.StatisticsWindow;
import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.commons.units.LegacyProvince;
import vn.gov.antq.commons.units.Province;
import vn.gov.antq.staffing.config.StaffingNormsConfig;
import vn.gov.antq.staffing.repository.StaffingRepository;
import vn.gov.antq.staffing.repository.StaffingStatisticsGrouping;
import vn.gov.antq.staffing.repository.StaffingStatisticsRepository;
import vn.gov.antq.staffing.repository.StaffingStatisticsRepository.Row;

/**
 * Staffing statistics for the gateway to compose (docs/statistics-contract.md): stock figures as of the window's last
 * day and flow figures over it, optionally grouped by current province or commune, each split into records and tallies
 * (see {@link StaffingStatisticsRepository} for what counts, {@link RegularPoliceDoubleCount} and the tallies' and
 * trainings' rules for why the two parts never overlap). Tallies of pre-2025 provinces count under the current province
 * they were merged into. Counts only, never a person: every role reads them, filtered to its aggregate scope (national
 * for the ministry and partner systems, the own province otherwise).
 */
@ApplicationScoped
public class StaffingStatisticsService {

    /** The endpoint's name in its ETags. */
    static final String ENDPOINT = "staffing-statistics";

    @Inject
    StaffingStatisticsRepository statistics;

    @Inject
    CommuneRepository communes;

    @Inject
    AdministrativeUnits units;

    @Inject
    CallerScope caller;

    @Inject
    StaffingNormsConfig normsConfig;

    @Inject
    ConditionalStatistics conditional;

    /**
     * The answer to GET staffing-statistics: 200 with the statistics, for a whole-month window with an ETag and 304
     * when {@code ifNoneMatch} names it (commons ConditionalStatistics). The norms judge units, so they are in the tag.
     */
    public Response statistics(LocalDate from, LocalDate to, LocalDate asOf, String province, String groupBy, String ifNoneMatch) {
        StatisticsWindow window = StatisticsWindow.of(from, to, asOf);
        StaffingStatisticsGrouping grouping = groupBy == null ? StaffingStatisticsGrouping.NONE
                : StaffingStatisticsGrouping.ofParameter(groupBy).orElseThrow(() -> ProblemException.invalidField("groupBy", "must be one of "
                        + Arrays.stream(StaffingStatisticsGrouping.values()).map(StaffingStatisticsGrouping::parameter).filter(Objects::nonNull)
                                .collect(Collectors.joining(", "))));
        StatisticsScope scope = StatisticsScope.of(caller, units, province, grouping == StaffingStatisticsGrouping.COMMUNE);
        return conditional.answer(new StatisticsRequest(ENDPOINT, window, province, grouping.parameter(), scope, norms()), ifNoneMatch,
                statistics.inputs(window.start(), window.end()), () -> view(window, province, grouping, scope));
    }

    /** The statistics, read in the transaction of {@link ConditionalStatistics#answer}. */
    private StaffingStatisticsView view(StatisticsWindow window, String province, StaffingStatisticsGrouping grouping, StatisticsScope scope) {
        List<StaffingOldProvinceTallies> oldProvinces = window.startsBeforeReform() ? List.of() : null;
        if (scope.outOfScope()) {
            return new StaffingStatisticsView(window.start(), window.end(), province, grouping.parameter(), group(null, null, new long[FIGURES]),
                    List.of(), oldProvinces);
        }
        String effective = scope.province();
        // Every figure is a count or a sum and every counted row falls in exactly one group (null included), so the
        // totals are the groups' sums: one query, not two.
        List<Row> rows = statistics.aggregate(grouping, window.start(), window.end(), effective);
        long[] totals = new long[FIGURES];
        rows.forEach(r -> Arrays.setAll(totals, i -> totals[i] + r.figures()[i]));
        StaffingStatisticsGroup total = group(null, null, totals);
        List<StaffingStatisticsGroup> groups = List.of();
        if (grouping != StaffingStatisticsGrouping.NONE) {
            Function<String, String> label = labels(grouping, rows);
            groups = rows.stream().map(r -> group(r.key(), label.apply(r.key()), r.figures())).toList();
        }
        if (oldProvinces != null) {
            oldProvinces = statistics.oldProvinces(window.start(), window.end(), effective).stream()
                    .map(r -> new StaffingOldProvinceTallies(r.reportedProvinceCode(),
                            units.legacyProvince(r.reportedProvinceCode()).map(LegacyProvince::name).orElse(null), r.provinceCode(),
                            units.currentProvince(r.provinceCode()).map(Province::name).orElse(null), r.tallies(), r.semiProfessionalPolice(),
                            r.communesWithRegularPolice(), r.regularOfficers(), r.chiefs(), r.deputies(), r.officers(), r.trainings(),
                            r.trainingParticipants()))
                    .toList();
        }
        return new StaffingStatisticsView(window.start(), window.end(), effective, grouping.parameter(), total, groups, oldProvinces);
    }

    /** The configured norms (antq.staffing.norms.*), e.g. "XA 1 1 3, PHUONG 1 1 4, DAC_KHU 1 1 3". */
    String norms() {
        return Stream.of(CommuneType.XA, CommuneType.PHUONG, CommuneType.DAC_KHU).map(type -> {
            StaffingNormsConfig.Norm norm = StaffingRepository.normOf(normsConfig, type);
            return type + " " + norm.chiefs() + " " + norm.deputies() + " " + norm.officers();
        }).collect(Collectors.joining(", "));
    }

    private static StaffingStatisticsGroup group(String key, String label, long[] f) {
        return new StaffingStatisticsGroup(key, label,
                StatisticsFigure.ofRecords(f[COMMUNES]),
                StatisticsFigure.of(f[REGULAR_COMMUNES], f[TALLIED_REGULAR_COMMUNES]),
                StatisticsFigure.of(f[CHIEFS] + f[DEPUTIES] + f[OFFICERS], f[TALLIED_CHIEFS] + f[TALLIED_DEPUTIES] + f[TALLIED_OFFICERS]),
                StatisticsFigure.of(f[CHIEFS], f[TALLIED_CHIEFS]),
                StatisticsFigure.of(f[DEPUTIES], f[TALLIED_DEPUTIES]),
                StatisticsFigure.of(f[OFFICERS], f[TALLIED_OFFICERS]),
                StatisticsFigure.ofRecords(f[MEETING_NORM]),
                StatisticsFigure.ofRecords(f[VACANCIES]),
                StatisticsFigure.ofRecords(f[TEAMS]),
                StatisticsFigure.ofRecords(f[MEMBERS]),
                StatisticsFigure.ofRecords(f[HAMLETS]),
                StatisticsFigure.of(0, f[TALLIED_SEMI_PROFESSIONAL]),
                StatisticsFigure.of(f[TRAININGS], f[TALLIED_TRAININGS]),
                StatisticsFigure.of(f[PARTICIPANTS], f[TALLIED_PARTICIPANTS]));
    }

    /** Vietnamese labels of the group keys; a missing key is labelled by what it stands for. */
    private Function<String, String> labels(StaffingStatisticsGrouping grouping, List<Row> rows) {
        Map<String, String> named = new HashMap<>();
        List<String> keys = rows.stream().map(Row::key).filter(Objects::nonNull).toList();
        if (grouping == StaffingStatisticsGrouping.PROVINCE) {
            keys.forEach(k -> named.put(k, units.currentProvince(k).map(Province::name).orElse(null)));
        } else if (!keys.isEmpty()) {
            communes.list("code in ?1", keys).forEach((Commune c) -> named.put(c.code, c.name));
        }
        return key -> key == null ? "Cấp tỉnh (không gắn với xã)" : named.get(key);
    }
}
