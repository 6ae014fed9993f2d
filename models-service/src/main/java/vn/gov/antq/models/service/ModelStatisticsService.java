package vn.gov.antq.models.service;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import vn.gov.antq.commons.communes.Commune;
import vn.gov.antq.commons.communes.CommuneRepository;
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
import vn.gov.antq.models.model.Labelled;
import vn.gov.antq.models.model.LeadOrganisation;
import vn.gov.antq.models.model.ModelSetting;
import vn.gov.antq.models.model.ModelStatus;
import vn.gov.antq.models.model.ModelType;
import vn.gov.antq.models.repository.ModelStatisticsRepository;
import vn.gov.antq.models.repository.ModelStatisticsRepository.Row;
import vn.gov.antq.models.repository.ModelTypeRepository;
import vn.gov.antq.models.repository.StatisticsGrouping;

/**
 * Model statistics for the gateway to compose: figures of a window, optionally grouped, each split into records and
 * tallies (see {@link ModelStatisticsRepository} for what counts in a window and {@link DoubleCountRule} for why the
 * two parts never overlap). Tallies of pre-2025 provinces count under the current province they were merged into.
 * Figures per province are open to every role; figures per commune follow the caller's aggregate scope (commons
 * {@code StatisticsScope}).
 */
@ApplicationScoped
public class ModelStatisticsService {

    /** The endpoint's name in its ETags. */
    static final String ENDPOINT = "model-statistics";

    @Inject
    ModelStatisticsRepository statistics;

    @Inject
    ModelTypeRepository types;

    @Inject
    CommuneRepository communes;

    @Inject
    AdministrativeUnits units;

    @Inject
    CallerScope caller;

    @Inject
    ConditionalStatistics conditional;

    /**
     * The answer to GET model-statistics: 200 with the statistics, for a whole-month window with an ETag and 304 when
     * {@code ifNoneMatch} names it (commons ConditionalStatistics).
     */
    public Response statistics(LocalDate from, LocalDate to, LocalDate asOf, String province, String groupBy, String ifNoneMatch) {
        StatisticsWindow window = StatisticsWindow.of(from, to, asOf);
        StatisticsGrouping grouping = groupBy == null ? StatisticsGrouping.NONE : StatisticsGrouping.ofParameter(groupBy).orElseThrow(
                () -> ProblemException.invalidField("groupBy", "must be one of " + Arrays.stream(StatisticsGrouping.values())
                        .map(StatisticsGrouping::parameter).filter(Objects::nonNull).collect(Collectors.joining(", "))));
        StatisticsScope scope = StatisticsScope.of(caller, units, province, grouping == StatisticsGrouping.COMMUNE);
        return conditional.answer(new StatisticsRequest(ENDPOINT, window, province, grouping.parameter(), scope), ifNoneMatch,
                statistics.inputs(grouping, window.start(), window.end()), () -> view(window, province, grouping, scope));
    }

    /** The statistics, read in the transaction of {@link ConditionalStatistics#answer}. */
    private StatisticsView view(StatisticsWindow window, String province, StatisticsGrouping grouping, StatisticsScope scope) {
        LocalDate start = window.start();
        LocalDate end = window.end();
        String effective = scope.province();
        List<OldProvinceTallies> oldProvinces = window.startsBeforeReform() ? List.of() : null;
        if (scope.outOfScope()) {
            return new StatisticsView(start, end, province, grouping.parameter(), group(null, null, new long[13]), List.of(), oldProvinces);
        }
        List<Row> totals = statistics.aggregate(StatisticsGrouping.NONE, start, end, effective);
        StatisticsGroup total = group(null, null, totals.isEmpty() ? new long[13] : totals.get(0).figures());
        List<StatisticsGroup> groups = List.of();
        if (grouping != StatisticsGrouping.NONE) {
            List<Row> rows = statistics.aggregate(grouping, start, end, effective);
            Function<String, String> label = labels(grouping, rows);
            groups = rows.stream().map(r -> group(r.key(), label.apply(r.key()), r.figures())).toList();
        }
        if (oldProvinces != null) {
            oldProvinces = statistics.oldProvinces(start, end, effective).stream()
                    .map(r -> new OldProvinceTallies(r.reportedProvinceCode(),
                            units.legacyProvince(r.reportedProvinceCode()).map(LegacyProvince::name).orElse(null), r.provinceCode(),
                            units.currentProvince(r.provinceCode()).map(Province::name).orElse(null), r.tallies(), r.modelTypes(), r.models(),
                            r.sites(), r.teams(), r.members(), r.cameras()))
                    .toList();
        }
        return new StatisticsView(start, end, effective, grouping.parameter(), total, groups, oldProvinces);
    }

    private static StatisticsGroup group(String key, String label, long[] f) {
        return new StatisticsGroup(key, label,
                StatisticsFigure.of(f[ModelStatisticsRepository.MODELS], f[ModelStatisticsRepository.TALLIED_MODELS]),
                StatisticsFigure.of(f[ModelStatisticsRepository.SITES], f[ModelStatisticsRepository.TALLIED_SITES]),
                StatisticsFigure.of(f[ModelStatisticsRepository.TEAMS], f[ModelStatisticsRepository.TALLIED_TEAMS]),
                StatisticsFigure.of(f[ModelStatisticsRepository.MEMBERS], f[ModelStatisticsRepository.TALLIED_MEMBERS]),
                StatisticsFigure.of(f[ModelStatisticsRepository.CAMERAS], f[ModelStatisticsRepository.TALLIED_CAMERAS]),
                StatisticsFigure.ofRecords(f[ModelStatisticsRepository.EXEMPLARS]),
                StatisticsFigure.ofRecords(f[ModelStatisticsRepository.PASSED]),
                StatisticsFigure.ofRecords(f[ModelStatisticsRepository.FAILED]));
    }

    /** Vietnamese labels of the group keys; a missing key is labelled by what it stands for. */
    private Function<String, String> labels(StatisticsGrouping grouping, List<Row> rows) {
        List<String> keys = rows.stream().map(Row::key).filter(Objects::nonNull).toList();
        Map<String, String> named = new HashMap<>();
        String missing = "Không áp dụng";
        switch (grouping) {
            case PROVINCE -> keys.forEach(k -> named.put(k, units.currentProvince(k).map(Province::name).orElse(null)));
            case COMMUNE -> {
                if (!keys.isEmpty()) {
                    communes.list("code in ?1", keys).forEach((Commune c) -> named.put(c.code, c.name));
                }
                missing = "Cấp tỉnh (không gắn với xã)";
            }
            case TYPE -> {
                if (!keys.isEmpty()) {
                    types.list("code in ?1", keys).forEach((ModelType t) -> named.put(t.code, t.nameVi));
                }
                missing = "Tất cả loại mô hình (không phân loại)";
            }
            case SETTING -> named.putAll(labelsOf(ModelSetting.values()));
            case LEAD_ORGANISATION -> named.putAll(labelsOf(LeadOrganisation.values()));
            case STATUS -> named.putAll(labelsOf(ModelStatus.values()));
            default -> {
            }
        }
        String none = missing;
        return key -> key == null ? none : named.get(key);
    }

    private static Map<String, String> labelsOf(Labelled[] values) {
        return Arrays.stream(values).collect(Collectors.toMap(Labelled::name, Labelled::labelVi));
    }
}
