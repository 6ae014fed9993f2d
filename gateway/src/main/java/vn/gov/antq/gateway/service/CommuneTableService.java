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
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.commons.units.Province;
import vn.gov.antq.gateway.client.Caller;
import vn.gov.antq.gateway.client.StatisticsQuery;

/**
 * The communes of one province × metrics, from one call per part with {@code groupBy=commune}. Figures reported for
 * the province as a whole count under no commune: they are in the province-wide row and in the totals only. A
 * record may count under several communes (a model with sites in two), so the rows need not add up to the totals.
 */
@ApplicationScoped
public class CommuneTableService {

    @Inject
    StatisticsSource source;

    @Inject
    AdministrativeUnits units;

    @Inject
    ViewScope scope;

    /**
     * The parts asked for the caller, once its scope is checked; the table composed from them when
     * {@link ComposedViews} needs it.
     */
    public Composition<CommuneTableView> communeTable(String code, Window window, List<Metric> metrics, Caller caller) {
        Province province = ScorecardService.requireProvince(units, code);
        scope.requireCommuneDrillDown(code);
        Set<Part> parts = new LinkedHashSet<>();
        metrics.forEach(m -> parts.add(m.source()));
        Map<Part, PartAnswer> answers = source.fetchAll(parts,
                StatisticsQuery.of(window.from(), window.to()).inProvince(code).groupedBy("commune"), caller);
        return new Composition<>(List.copyOf(answers.values()), () -> compose(province, window, metrics, answers));
    }

    private static CommuneTableView compose(Province province, Window window, List<Metric> metrics, Map<Part, PartAnswer> answers) {

        // The communes any part names, labelled by the first part that names them.
        Map<Part, Map<String, JsonNode>> groups = new LinkedHashMap<>();
        Map<String, String> communes = new TreeMap<>();
        answers.forEach((part, answer) -> {
            Map<String, JsonNode> byKey = answer.available() ? answer.groups() : Map.of();
            groups.put(part, byKey);
            byKey.forEach((key, group) -> {
                if (key != null) {
                    communes.putIfAbsent(key, group.path("label").isTextual() ? group.get("label").asText() : null);
                }
            });
        });

        Map<String, Map<String, CommuneCell>> cells = new LinkedHashMap<>();
        communes.keySet().forEach(commune -> cells.put(commune, new LinkedHashMap<>()));
        Map<String, CommuneCell> provinceWide = new LinkedHashMap<>();
        Map<String, CommuneCell> totals = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            PartAnswer answer = answers.get(metric.source());
            Map<String, JsonNode> byKey = groups.get(metric.source());
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (String commune : communes.keySet()) {
                Figures.Split split = answer.available() ? Figures.of(metric, byKey.get(commune)) : Figures.Split.NONE;
                values.put(commune, split.total());
                cells.get(commune).put(metric.id(), CommuneCell.of(split, null));
            }
            Map<String, Integer> ranks = Figures.ranks(values);
            cells.forEach((commune, row) -> row.compute(metric.id(), (id, cell) -> cell.ranked(ranks.get(commune))));
            // Only a service that gives the province-wide figures as a group of their own lets them be shown apart.
            provinceWide.put(metric.id(), CommuneCell.of(answer.available() && byKey.containsKey(null)
                    ? Figures.of(metric, byKey.get(null)) : Figures.Split.NONE, null));
            totals.put(metric.id(), CommuneCell.of(answer.available() ? Figures.of(metric, answer.totals()) : Figures.Split.NONE, null));
        }
        List<CommuneRow> rows = new ArrayList<>();
        communes.forEach((commune, name) -> rows.add(new CommuneRow(commune, name, cells.get(commune))));
        List<Degraded> degraded = answers.values().stream().filter(a -> !a.available()).map(PartAnswer::missing).toList();
        return new CommuneTableView(ProvinceRef.of(province), window.from(), window.to(), metrics, rows, provinceWide, totals, degraded,
                Instant.now());
    }

    @Schema(name = "CommuneTable", description = "The communes of one province × metrics for a window")
    public record CommuneTableView(
            ProvinceRef province,
            @Schema(examples = "2025-07-01") LocalDate from,
            @Schema(examples = "2025-12-31") LocalDate to,
            @Schema(description = "The columns, in order") List<Metric> metrics,
            @Schema(description = "The communes with figures in any part, by code") List<CommuneRow> rows,
            @Schema(description = "Figures reported for the province as a whole, under no commune (by metric id); null where the "
                    + "service does not give them apart (they are then in the totals only)")
            Map<String, CommuneCell> provinceWide,
            @Schema(description = "The province's totals (by metric id)") Map<String, CommuneCell> totals,
            @Schema(description = "The parts that are missing and why; their cells are null. Empty when the table is whole")
            List<Degraded> degraded,
            @Schema(description = "When the view was composed. Its parts are checked with the services on every request; while none "
                    + "changed, the view is answered as composed then, this time included") Instant generatedAt) {
    }

    @Schema(name = "CommuneTableRow")
    public record CommuneRow(
            @Schema(examples = "26068") String code,
            @Schema(examples = "Phường Tân Phú") String name,
            @Schema(description = "By metric id") Map<String, CommuneCell> cells) {
    }

    @Schema(name = "CommuneCell", description = "One figure of a commune; all null when its part is missing")
    public record CommuneCell(
            @Schema(examples = "4") BigDecimal records,
            @Schema(examples = "0") BigDecimal tallies,
            @Schema(examples = "4") BigDecimal total,
            @Schema(description = "Rank among the province's communes (1 = highest; equal values share a rank)", examples = "2")
            Integer rank) {

        static CommuneCell of(Figures.Split split, Integer rank) {
            return new CommuneCell(split.records(), split.tallies(), split.total(), rank);
        }

        CommuneCell ranked(Integer rank) {
            return new CommuneCell(records, tallies, total, rank);
        }
    }
}
