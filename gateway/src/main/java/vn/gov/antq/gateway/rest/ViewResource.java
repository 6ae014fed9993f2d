package vn.gov.antq.gateway.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.problem.ProblemResponses;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.gateway.client.Caller;
import vn.gov.antq.gateway.service.CommuneTableService;
import vn.gov.antq.gateway.service.CommuneTableService.CommuneTableView;
import vn.gov.antq.gateway.service.CsvTable;
import vn.gov.antq.gateway.service.Degraded;
import vn.gov.antq.gateway.service.Metric;
import vn.gov.antq.gateway.service.MetricCatalog;
import vn.gov.antq.gateway.service.ProvinceTableService;
import vn.gov.antq.gateway.service.ProvinceTableService.ProvinceTableView;
import vn.gov.antq.gateway.service.ProvinceTableService.RankBy;
import vn.gov.antq.gateway.service.ScorecardService;
import vn.gov.antq.gateway.service.ScorecardService.ScorecardView;
import vn.gov.antq.gateway.service.TrendService;
import vn.gov.antq.gateway.service.TrendService.Interval;
import vn.gov.antq.gateway.service.TrendService.TrendView;
import vn.gov.antq.gateway.service.ViewCsv;
import vn.gov.antq.gateway.service.ViewTimings;
import vn.gov.antq.gateway.service.Window;

/**
 * The cross-province views, composed from the services' statistics with the caller's own token (each service
 * filters to the caller's scope; see {@link vn.gov.antq.gateway.service.ViewScope} for what the gateway adds). A
 * service that is down or slow leaves its figures null and named in {@code degraded}; the view still answers 200.
 * Tabular views answer CSV to {@code Accept: text/csv}.
 */
@Path("/api/v1")
@RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.PARTNER_SYSTEM, Roles.TIP_INVESTIGATOR })
@Produces({ MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE })
@Tag(name = "Views", description = "Cross-province views composed from the models, activities and staffing services: scorecard, "
        + "national table, comparison, trends, commune drill-down. Figures per commune follow the caller's scope; a missing service makes "
        + "its figures null (never 0) and is named in `degraded`. CSV (UTF-8 with BOM) with `Accept: text/csv`.")
public class ViewResource {

    private static final String DEGRADED_HEADER = "X-Antq-Degraded";
    private static final String SERVER_TIMING_HEADER = "Server-Timing";
    private static final int MAX_METRICS = 30;

    @Inject
    ScorecardService scorecards;

    @Inject
    ProvinceTableService tables;

    @Inject
    TrendService trends;

    @Inject
    CommuneTableService communeTables;

    @Inject
    ViewTimings timings;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/view-metrics")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listViewMetrics", summary = "The metrics the views can show",
            description = "Ids (`part.figure`, e.g. `tips.valuable`) to pass as `metrics` or `metric`, with labels, unit and whether "
                    + "the figure counts over the window (FLOW) or as of its last day (STOCK). Ratios (`tips.valuableRatio`, "
                    + "`staffing.policeCoverage`) are computed by the gateway from two figures.")
    @APIResponse(responseCode = "200", description = "Every metric, in display order")
    public List<Metric> listViewMetrics() {
        return MetricCatalog.all();
    }

    @GET
    @Path("/provinces/{code}/scorecard")
    @Operation(operationId = "getProvinceScorecard", summary = "Key figures of one province for a period",
            description = "Models, sites, teams, members, exemplars, recognitions; activities, participants, materials; tips, valuable "
                    + "ratio, outcomes; handovers; regular police coverage, vacancies, grassroots teams, trainings. Each split into "
                    + "records and tallies, with rates per 10,000 inhabitants and per commune. For periods starting before 2025-07-01 "
                    + "each part also lists the tallies by old province as reported (e.g. 70 Bình Phước under 75 Đồng Nai). Every role "
                    + "may see any province's.")
    @APIResponse(responseCode = "200", description = "The scorecard; parts whose service did not answer are null and listed in degraded",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScorecardView.class)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "Window missing, malformed or reversed")
    @APIResponse(responseCode = "404", description = "No current province has this code")
    public Response getProvinceScorecard(
            @Parameter(description = "Current province code", example = "75") @PathParam("code") String code,
            @Parameter(description = "First day", example = "2019-01-01") @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Last day", example = "2022-12-31") @QueryParam("to") @NotNull LocalDate to) {
        ScorecardView view = scorecards.scorecard(code, Window.of(from, to), caller());
        return answer(view, view.degraded(), () -> ViewCsv.scorecard(view), "scorecard-" + code + "_" + from + "_" + to);
    }

    @GET
    @Path("/national-table")
    @Operation(operationId = "getNationalTable", summary = "All 34 provinces × chosen metrics for a period",
            description = "One row per current province with each metric split into records and tallies, its rate per 10,000 "
                    + "inhabitants and per commune and its national rank (1 = highest; ties share a rank), plus national totals. "
                    + "Every role sees the whole table: figures per province carry no personal data.")
    @APIResponse(responseCode = "200", description = "The table; parts whose service did not answer are null and listed in degraded",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvinceTableView.class)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "Window missing or reversed, unknown metric or rank basis")
    public Response getNationalTable(
            @Parameter(description = "First day", example = "2025-07-01") @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Last day", example = "2025-12-31") @QueryParam("to") @NotNull LocalDate to,
            @Parameter(description = "Metric ids, comma-separated (GET /api/v1/view-metrics); default: a key set",
                    example = "models.sites,tips.received,tips.valuableRatio,staffing.regularOfficers") @QueryParam("metrics") String metrics,
            @Parameter(description = "What ranks are computed on") @QueryParam("rankBy") @DefaultValue("TOTAL") RankBy rankBy) {
        Window window = Window.of(from, to);
        ProvinceTableView view = tables.nationalTable(window, MetricCatalog.parse("metrics", metrics, MetricCatalog.DEFAULT_TABLE, MAX_METRICS),
                rankBy, caller());
        return answer(view, view.degraded(), () -> ViewCsv.provinceTable(view), "national-table_" + from + "_" + to);
    }

    @GET
    @Path("/province-comparisons")
    @Operation(operationId = "compareProvinces", summary = "Chosen provinces side by side",
            description = "The national table's rows for the provinces named, in that order, with their national ranks and the "
                    + "national totals.")
    @APIResponse(responseCode = "200", description = "The comparison; parts whose service did not answer are null and listed in degraded",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvinceTableView.class)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "Window missing or reversed, provinces missing or not current, unknown metric")
    public Response compareProvinces(
            @Parameter(description = "Current province codes, comma-separated", example = "75,79,74") @QueryParam("provinces") String provinces,
            @Parameter(description = "First day", example = "2025-07-01") @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Last day", example = "2025-12-31") @QueryParam("to") @NotNull LocalDate to,
            @Parameter(description = "Metric ids, comma-separated; default: a key set", example = "models.sites,tips.valuable")
            @QueryParam("metrics") String metrics,
            @Parameter(description = "What ranks are computed on") @QueryParam("rankBy") @DefaultValue("TOTAL") RankBy rankBy) {
        Window window = Window.of(from, to);
        List<String> codes = provinces == null ? List.of()
                : Arrays.stream(provinces.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        if (codes.isEmpty()) {
            throw ProblemException.invalidField("provinces", "name the provinces to compare, e.g. 75,79");
        }
        ProvinceTableView view = tables.compare(codes, window,
                MetricCatalog.parse("metrics", metrics, MetricCatalog.DEFAULT_TABLE, MAX_METRICS), rankBy, caller());
        return answer(view, view.degraded(), () -> ViewCsv.provinceTable(view), "comparison_" + from + "_" + to);
    }

    @GET
    @Path("/trends")
    @Operation(operationId = "getTrend", summary = "One metric by year, quarter or month",
            description = "The window cut into calendar periods (the first and last cut to it), the metric in each. Without "
                    + "`province` the whole country. At most " + TrendService.MAX_PERIODS + " periods.")
    @APIResponse(responseCode = "200", description = "The trend; periods whose call failed are null and listed in degraded",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrendView.class)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "Metric missing or unknown, window missing or reversed, too many periods, province not current")
    public Response getTrend(
            @Parameter(description = "Metric id (GET /api/v1/view-metrics)", example = "models.sites") @QueryParam("metric") @NotNull String metric,
            @Parameter(description = "First day", example = "2019-01-01") @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Last day", example = "2022-12-31") @QueryParam("to") @NotNull LocalDate to,
            @Parameter(description = "YEAR, QUARTER or MONTH") @QueryParam("interval") @DefaultValue("YEAR") Interval interval,
            @Parameter(description = "Current province code; absent: the whole country", example = "75") @QueryParam("province") String province) {
        Window window = Window.of(from, to);
        TrendView view = trends.trend(MetricCatalog.require("metric", metric), window, interval, province, caller());
        return answer(view, view.degraded(), () -> ViewCsv.trend(view), "trend-" + view.metric().id() + "_" + from + "_" + to);
    }

    @GET
    @Path("/provinces/{code}/commune-table")
    @Operation(operationId = "getCommuneTable", summary = "The communes of one province × chosen metrics for a period",
            description = "One row per commune with figures in any part (records, tallies, total, rank among the province's "
                    + "communes), the figures reported for the province as a whole, and the province's totals. Callers scoped to a "
                    + "province may drill into their own only (403 otherwise).")
    @APIResponse(responseCode = "200", description = "The drill-down; parts whose service did not answer are null and listed in degraded",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommuneTableView.class)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "Window missing or reversed, unknown metric")
    @APIResponse(responseCode = "404", description = "No current province has this code")
    public Response getCommuneTable(
            @Parameter(description = "Current province code", example = "75") @PathParam("code") String code,
            @Parameter(description = "First day", example = "2025-07-01") @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Last day", example = "2025-12-31") @QueryParam("to") @NotNull LocalDate to,
            @Parameter(description = "Metric ids, comma-separated; default: a key set", example = "models.sites,activities.participants")
            @QueryParam("metrics") String metrics) {
        Window window = Window.of(from, to);
        CommuneTableView view = communeTables.communeTable(code, window,
                MetricCatalog.parse("metrics", metrics, MetricCatalog.DEFAULT_TABLE, MAX_METRICS), caller());
        return answer(view, view.degraded(), () -> ViewCsv.communeTable(view), "communes-" + code + "_" + from + "_" + to);
    }

    private Caller caller() {
        return new Caller(headers.getHeaderString(HttpHeaders.AUTHORIZATION), headers.getHeaderString(ProblemResponses.REQUEST_ID_HEADER));
    }

    /** JSON, or CSV when the caller prefers it; a degraded CSV says what is missing in a header, having no room for it. */
    private Response answer(Object view, List<Degraded> degraded, java.util.function.Supplier<CsvTable> csv, String name) {
        Response.ResponseBuilder response;
        if (prefersCsv()) {
            response = Response.ok(csv.get().toBytes(), CsvTable.MEDIA_TYPE + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
            if (!degraded.isEmpty()) {
                response.header(DEGRADED_HEADER, ViewCsv.degraded(degraded));
            }
        } else {
            response = Response.ok(view, MediaType.APPLICATION_JSON_TYPE);
        }
        String serverTiming = timings.serverTiming();
        if (serverTiming != null) {
            response.header(SERVER_TIMING_HEADER, serverTiming);
        }
        return response.build();
    }

    private boolean prefersCsv() {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.getType().equalsIgnoreCase("text") && type.getSubtype().equalsIgnoreCase("csv")) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
