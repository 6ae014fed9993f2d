package vn.gov.antq.gateway.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.commons.units.Province;
import vn.gov.antq.gateway.client.Caller;
import vn.gov.antq.gateway.client.StatisticsQuery;

/** The key figures of all three services for one province and window, each split into records and tallies. */
@ApplicationScoped
public class ScorecardService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OLD_PROVINCE = new TypeReference<>() {
    };

    @Inject
    StatisticsSource source;

    @Inject
    AdministrativeUnits units;

    /** The parts asked for the caller; the scorecard composed from them when {@link ComposedViews} needs it. */
    public Composition<ScorecardView> scorecard(String code, Window window, Caller caller) {
        Province province = requireProvince(units, code);
        Map<Part, PartAnswer> answers = source.fetchAll(EnumSet.allOf(Part.class),
                StatisticsQuery.of(window.from(), window.to()).inProvince(code), caller);
        return new Composition<>(List.copyOf(answers.values()), () -> compose(province, window, answers));
    }

    private static ScorecardView compose(Province province, Window window, Map<Part, PartAnswer> answers) {
        List<ScorecardPart> parts = new ArrayList<>();
        List<Degraded> degraded = new ArrayList<>();
        for (Part part : Part.values()) {
            PartAnswer answer = answers.get(part);
            Map<String, FigureView> figures = new LinkedHashMap<>();
            for (Metric metric : MetricCatalog.of(part)) {
                Figures.Split split = answer.available() ? Figures.of(metric, answer.totals()) : Figures.Split.NONE;
                figures.put(metric.id().substring(part.key().length() + 1), FigureView.of(metric, split, province.population(),
                        province.communeCount()));
            }
            List<Map<String, Object>> oldProvinces = null;
            if (window.startsBeforeReform() && answer.available()) {
                oldProvinces = new ArrayList<>();
                for (JsonNode old : answer.body().path("oldProvinces")) {
                    oldProvinces.add(JSON.convertValue(old, OLD_PROVINCE));
                }
            }
            if (!answer.available()) {
                degraded.add(answer.missing());
            }
            parts.add(new ScorecardPart(part.key(), part.labelVi(), part.service(), answer.available(), figures, oldProvinces));
        }
        return new ScorecardView(ProvinceRef.of(province), window.from(), window.to(), parts, degraded, Instant.now());
    }

    static Province requireProvince(AdministrativeUnits units, String code) {
        return units.currentProvince(code)
                .orElseThrow(() -> ProblemException.status(Response.Status.NOT_FOUND, "No current province has code '" + code + "'"));
    }

    @Schema(name = "ProvinceScorecard", description = "The key figures of one province for a window, by part")
    public record ScorecardView(
            ProvinceRef province,
            @Schema(examples = "2019-01-01") LocalDate from,
            @Schema(examples = "2022-12-31") LocalDate to,
            @Schema(description = "models, activities, tips, handovers, staffing") List<ScorecardPart> parts,
            @Schema(description = "The parts that are missing and why; empty when the scorecard is whole") List<Degraded> degraded,
            @Schema(description = "When the view was composed. Its parts are checked with the services on every request; while none "
                    + "changed, the view is answered as composed then, this time included") Instant generatedAt) {
    }

    @Schema(name = "ScorecardPart", description = "The figures of one statistics endpoint")
    public record ScorecardPart(
            @Schema(examples = "models") String part,
            @Schema(examples = "Mô hình tự quản") String labelVi,
            @Schema(examples = "models-service") String service,
            @Schema(description = "false: the service did not answer; every figure is null") boolean available,
            @Schema(description = "By figure name (tips.valuable is figures.valuable of part tips)") Map<String, FigureView> figures,
            @Schema(description = "For windows starting before 2025-07-01: the counted tallies by province as reported, as the service "
                    + "gives them (e.g. 70 Bình Phước under 75 Đồng Nai); absent otherwise or when the part is missing")
            List<Map<String, Object>> oldProvinces) {
    }

    @Schema(name = "ScorecardFigure", description = "A figure with its source split and its rates; all null when its part is missing")
    public record FigureView(
            @Schema(examples = "Điểm áp dụng mô hình") String labelVi,
            @Schema(description = "From detailed records; null for ratios", examples = "12") BigDecimal records,
            @Schema(description = "From tallies reported as totals; null for ratios", examples = "1611") BigDecimal tallies,
            @Schema(description = "records + tallies (or the ratio, 0–1)", examples = "1623") BigDecimal total,
            @Schema(description = "total per 10,000 inhabitants", examples = "3.711") BigDecimal per10kInhabitants,
            @Schema(description = "total per commune", examples = "17.084") BigDecimal perCommune) {

        static FigureView of(Metric metric, Figures.Split split, long population, long communes) {
            return new FigureView(metric.labelVi(), split.records(), split.tallies(), split.total(),
                    Figures.per10k(metric, split.total(), population), Figures.perCommune(metric, split.total(), communes));
        }
    }
}
