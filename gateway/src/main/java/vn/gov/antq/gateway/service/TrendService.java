package vn.gov.antq.gateway.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.mutiny.Uni;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.commons.units.Province;
import vn.gov.antq.gateway.client.Caller;
import vn.gov.antq.gateway.client.StatisticsQuery;

/**
 * One metric over time: the window cut into calendar years, quarters or months (the first and last cut to the
 * window), one statistics call per period, all in parallel. A period whose call fails has null figures and is named
 * in {@code degraded}.
 */
@ApplicationScoped
public class TrendService {

    /** More periods would mean more calls at once than a view should make. */
    public static final int MAX_PERIODS = 60;

    public enum Interval {
        YEAR, QUARTER, MONTH
    }

    @Inject
    StatisticsSource source;

    @Inject
    AdministrativeUnits units;

    /** The periods' parts asked for the caller; the trend composed from them when {@link ComposedViews} needs it. */
    public Composition<TrendView> trend(Metric metric, Window window, Interval interval, String provinceCode, Caller caller) {
        Province province = provinceCode == null ? null : units.currentProvince(provinceCode).orElseThrow(
                () -> ProblemException.invalidField("province", "'" + provinceCode + "' is not one of the 34 current provinces"));
        List<Period> periods = periods(window, interval);
        if (periods.size() > MAX_PERIODS) {
            throw ProblemException.invalidField("interval", periods.size() + " periods of " + interval.name().toLowerCase()
                    + " in this window; at most " + MAX_PERIODS + ": choose a longer interval or a shorter window");
        }
        List<Uni<PartAnswer>> calls = new ArrayList<>();
        for (Period period : periods) {
            StatisticsQuery query = StatisticsQuery.of(period.from(), period.to()).inProvince(provinceCode);
            calls.add(source.fetch(metric.source(), query, caller, period.label()));
        }
        List<PartAnswer> answers = source.awaitAll(calls);
        return new Composition<>(answers, () -> compose(metric, window, interval, province, periods, answers));
    }

    private TrendView compose(Metric metric, Window window, Interval interval, Province province, List<Period> periods,
            List<PartAnswer> answers) {
        long population = province != null ? province.population()
                : units.currentProvinces().stream().mapToLong(Province::population).sum();
        long communes = province != null ? province.communeCount()
                : units.currentProvinces().stream().mapToLong(Province::communeCount).sum();
        List<TrendPoint> points = new ArrayList<>();
        List<Degraded> degraded = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            PartAnswer answer = answers.get(i);
            Figures.Split split = answer.available() ? Figures.of(metric, answer.totals()) : Figures.Split.NONE;
            if (!answer.available()) {
                degraded.add(answer.missing());
            }
            points.add(new TrendPoint(period.label(), period.from(), period.to(), split.records(), split.tallies(), split.total(),
                    Figures.per10k(metric, split.total(), population), Figures.perCommune(metric, split.total(), communes)));
        }
        return new TrendView(metric, province == null ? null : ProvinceRef.of(province), interval, window.from(), window.to(), points,
                degraded, Instant.now());
    }

    /** Calendar periods covering the window, the first and last cut to it. */
    static List<Period> periods(Window window, Interval interval) {
        List<Period> periods = new ArrayList<>();
        LocalDate start = window.from();
        while (!start.isAfter(window.to())) {
            LocalDate periodStart = switch (interval) {
                case YEAR -> start.withDayOfYear(1);
                case QUARTER -> start.with(IsoFields.DAY_OF_QUARTER, 1);
                case MONTH -> start.withDayOfMonth(1);
            };
            LocalDate periodEnd = switch (interval) {
                case YEAR -> periodStart.plusYears(1).minusDays(1);
                case QUARTER -> periodStart.plusMonths(3).minusDays(1);
                case MONTH -> periodStart.plusMonths(1).minusDays(1);
            };
            String label = switch (interval) {
                case YEAR -> String.valueOf(periodStart.getYear());
                case QUARTER -> periodStart.getYear() + "-Q" + periodStart.get(IsoFields.QUARTER_OF_YEAR);
                case MONTH -> String.format("%d-%02d", periodStart.getYear(), periodStart.getMonthValue());
            };
            LocalDate end = periodEnd.isAfter(window.to()) ? window.to() : periodEnd;
            periods.add(new Period(label, start, end));
            start = periodEnd.plusDays(1);
            if (periods.size() > MAX_PERIODS) {
                break;
            }
        }
        return periods;
    }

    record Period(String label, LocalDate from, LocalDate to) {
    }

    @Schema(name = "Trend", description = "One metric by year, quarter or month")
    public record TrendView(
            Metric metric,
            @Schema(description = "The province; absent: the whole country") ProvinceRef province,
            Interval interval,
            @Schema(examples = "2019-01-01") LocalDate from,
            @Schema(examples = "2022-12-31") LocalDate to,
            @Schema(description = "One per period, in order") List<TrendPoint> points,
            @Schema(description = "The periods whose figures are missing and why; their points are null. Empty when whole")
            List<Degraded> degraded,
            @Schema(description = "When the view was composed. Its parts are checked with the services on every request; while none "
                    + "changed, the view is answered as composed then, this time included") Instant generatedAt) {
    }

    @Schema(name = "TrendPoint", description = "The metric in one period; null figures when the period's call failed")
    public record TrendPoint(
            @Schema(examples = "2025-Q3") String period,
            @Schema(examples = "2025-07-01") LocalDate from,
            @Schema(examples = "2025-09-30") LocalDate to,
            @Schema(examples = "12") BigDecimal records,
            @Schema(examples = "1611") BigDecimal tallies,
            @Schema(examples = "1623") BigDecimal total,
            @Schema(examples = "3.711") BigDecimal per10kInhabitants,
            @Schema(examples = "17.084") BigDecimal perCommune) {
    }
}
