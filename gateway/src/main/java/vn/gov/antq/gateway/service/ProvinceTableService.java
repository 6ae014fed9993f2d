package vn.gov.antq.gateway.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.commons.units.Province;
import vn.gov.antq.gateway.client.Caller;
import vn.gov.antq.gateway.client.StatisticsQuery;

/**
 * Provinces side by side: the national table (all 34) and comparisons (chosen ones), from one call per part with
 * {@code groupBy=province}. Each cell has the figure split into records and tallies, its rates per 10,000
 * inhabitants and per commune, and the province's national rank.
 */
@ApplicationScoped
public class ProvinceTableService {

    /** What a rank is computed on. */
    public enum RankBy {
        TOTAL, PER_10K_INHABITANTS, PER_COMMUNE
    }

    @Inject
    StatisticsSource source;

    @Inject
    AdministrativeUnits units;

    /** The parts asked for the caller; the table composed from them when {@link ComposedViews} needs it. */
    public Composition<ProvinceTableView> nationalTable(Window window, List<Metric> metrics, RankBy rankBy, Caller caller) {
        return table(window, metrics, rankBy, caller, units.currentProvinces().stream().map(Province::code).toList());
    }

    /** @param codes the provinces to show, in this order; each must be current */
    public Composition<ProvinceTableView> compare(List<String> codes, Window window, List<Metric> metrics, RankBy rankBy, Caller caller) {
        for (String code : codes) {
            if (units.currentProvince(code).isEmpty()) {
                throw ProblemException.invalidField("provinces", "'" + code + "' is not one of the 34 current provinces");
            }
        }
        return table(window, metrics, rankBy, caller, codes);
    }

    private Composition<ProvinceTableView> table(Window window, List<Metric> metrics, RankBy rankBy, Caller caller, List<String> shown) {
        Set<Part> parts = new LinkedHashSet<>();
        metrics.forEach(m -> parts.add(m.source()));
        Map<Part, PartAnswer> answers = source.fetchAll(parts, StatisticsQuery.of(window.from(), window.to()).groupedBy("province"), caller);
        return new Composition<>(List.copyOf(answers.values()), () -> compose(window, metrics, rankBy, shown, answers));
    }

    private ProvinceTableView compose(Window window, List<Metric> metrics, RankBy rankBy, List<String> shown, Map<Part, PartAnswer> answers) {
        Map<Part, Map<String, JsonNode>> groups = new LinkedHashMap<>();
        answers.forEach((part, answer) -> groups.put(part, answer.available() ? answer.groups() : Map.of()));

        // Every province's cells first: ranks are national, whichever provinces are shown.
        Map<String, Map<String, TableCell>> cells = new LinkedHashMap<>();
        for (Province province : units.currentProvinces()) {
            Map<String, TableCell> row = new LinkedHashMap<>();
            for (Metric metric : metrics) {
                PartAnswer answer = answers.get(metric.source());
                Figures.Split split = answer.available()
                        ? Figures.of(metric, groups.get(metric.source()).get(province.code()))
                        : Figures.Split.NONE;
                row.put(metric.id(), TableCell.of(metric, split, province.population(), province.communeCount(), null));
            }
            cells.put(province.code(), row);
        }
        for (Metric metric : metrics) {
            Map<String, BigDecimal> basis = new LinkedHashMap<>();
            cells.forEach((code, row) -> basis.put(code, row.get(metric.id()).rankBasis(metric, rankBy)));
            Figures.ranks(basis).forEach((code, rank) -> cells.get(code).compute(metric.id(), (id, cell) -> cell.ranked(rank)));
        }

        List<TableRow> rows = new ArrayList<>();
        for (String code : shown) {
            rows.add(new TableRow(ProvinceRef.of(units.currentProvince(code).orElseThrow()), cells.get(code)));
        }
        long population = units.currentProvinces().stream().mapToLong(Province::population).sum();
        long communes = units.currentProvinces().stream().mapToLong(Province::communeCount).sum();
        Map<String, TableCell> totals = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            PartAnswer answer = answers.get(metric.source());
            Figures.Split split = answer.available() ? Figures.of(metric, answer.totals()) : Figures.Split.NONE;
            totals.put(metric.id(), TableCell.of(metric, split, population, communes, null));
        }
        List<Degraded> degraded = answers.values().stream().filter(a -> !a.available()).map(PartAnswer::missing).toList();
        return new ProvinceTableView(window.from(), window.to(), metrics, rankBy, rows,
                new NationalRow(population, communes, totals), degraded, Instant.now());
    }

    @Schema(name = "ProvinceTable", description = "Provinces × metrics for a window, with national totals, rates and ranks")
    public record ProvinceTableView(
            @Schema(examples = "2025-07-01") LocalDate from,
            @Schema(examples = "2025-12-31") LocalDate to,
            @Schema(description = "The columns, in order") List<Metric> metrics,
            @Schema(description = "What ranks are computed on") RankBy rankBy,
            List<TableRow> rows,
            @Schema(description = "Totals for the whole country") NationalRow national,
            @Schema(description = "The parts that are missing and why; their cells are null. Empty when the table is whole")
            List<Degraded> degraded,
            @Schema(description = "When the view was composed. Its parts are checked with the services on every request; while none "
                    + "changed, the view is answered as composed then, this time included") Instant generatedAt) {
    }

    @Schema(name = "ProvinceTableRow")
    public record TableRow(
            ProvinceRef province,
            @Schema(description = "By metric id") Map<String, TableCell> cells) {
    }

    @Schema(name = "NationalRow")
    public record NationalRow(
            @Schema(description = "Sum of the provinces' reference population", examples = "100623000") long population,
            @Schema(examples = "3321") long communeCount,
            @Schema(description = "By metric id; no ranks") Map<String, TableCell> cells) {
    }

    @Schema(name = "TableCell", description = "One figure of a table; all null when its part is missing")
    public record TableCell(
            @Schema(description = "From detailed records; null for ratios", examples = "12") BigDecimal records,
            @Schema(description = "From tallies reported as totals; null for ratios", examples = "1611") BigDecimal tallies,
            @Schema(description = "records + tallies, or the ratio (0–1)", examples = "1623") BigDecimal total,
            @Schema(examples = "3.711") BigDecimal per10kInhabitants,
            @Schema(examples = "17.084") BigDecimal perCommune,
            @Schema(description = "National rank (1 = highest; equal values share a rank); null without a figure",
                    examples = "3") Integer rank) {

        static TableCell of(Metric metric, Figures.Split split, long population, long communes, Integer rank) {
            return new TableCell(split.records(), split.tallies(), split.total(), Figures.per10k(metric, split.total(), population),
                    Figures.perCommune(metric, split.total(), communes), rank);
        }

        TableCell ranked(Integer rank) {
            return new TableCell(records, tallies, total, per10kInhabitants, perCommune, rank);
        }

        BigDecimal rankBasis(Metric metric, RankBy rankBy) {
            if (metric.ratio()) {
                return total;
            }
            return switch (rankBy) {
                case TOTAL -> total;
                case PER_10K_INHABITANTS -> per10kInhabitants;
                case PER_COMMUNE -> perCommune;
            };
        }
    }
}
