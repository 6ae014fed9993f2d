package vn.gov.antq.gateway.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.antq.commons.concurrency.TaggedResponses;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.problem.ProblemResponses;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.gateway.client.Caller;
import vn.gov.antq.gateway.service.CommuneTableService;
import vn.gov.antq.gateway.service.CommuneTableService.CommuneTableView;
import vn.gov.antq.gateway.service.ComposedViews;
import vn.gov.antq.gateway.service.ComposedViews.Representation;
import vn.gov.antq.gateway.service.ComposedViews.ViewAnswer;
import vn.gov.antq.gateway.service.ComposedViews.ViewRequest;
import vn.gov.antq.gateway.service.Composition;
import vn.gov.antq.gateway.service.CsvTable;
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
 * Tabular views answer CSV to {@code Accept: text/csv}. A view whose parts all carry the services' tags has an ETag
 * of its own and is answered 304 to a client holding it, or from the bytes composed before when its parts are
 * unchanged ({@link ComposedViews}); its parts are checked with the services, with the caller's token, every time.
 */
@Path("/api/v1")
@RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.PARTNER_SYSTEM, Roles.TIP_INVESTIGATOR })
@Produces({ MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE })
@Tag(name = "Views", description = "Cross-province views composed from the models, activities and staffing services: scorecard, "
        + "national table, comparison, trends, commune drill-down. Figures per commune follow the caller's scope; a missing service makes "
        + "its figures null (never 0) and is named in `degraded`. CSV (UTF-8 with BOM) with `Accept: text/csv`. A view of whole months "
        + "with every part carries an ETag: If-None-Match with it costs a 304 while no part changed.")
public class ViewResource {

    private static final String DEGRADED_HEADER = "X-Antq-Degraded";
    private static final String SERVER_TIMING_HEADER = "Server-Timing";
    private static final int MAX_METRICS = 30;
    // The conditional request is documented here, not as an If-None-Match parameter: commons' OpenAPI filter would
    // describe any operation taking one as a versioned record (an ETag that is a version, on every 200).
    private static final String VIEW_ETAG = "Strong entity tag of this view in this representation (JSON and CSV each have their own), "
            + "made from the request and the tags of the services' answers it was composed from. Present only when every part "
            + "has one: whole-month windows, no part missing. Send it as If-None-Match to revalidate your copy";
    private static final String VIEW_CACHE_CONTROL = "private, no-cache, with the ETag: keep the view for yourself only and "
            + "revalidate it with If-None-Match before use";
    private static final String NOT_MODIFIED = "Not Modified: the copy you hold, whose ETag you sent as If-None-Match, is current; "
            + "no body. Every part was checked with the services, with your token, as for a 200";

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

    @Inject
    ComposedViews views;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

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
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) },
            headers = { @Header(name = HttpHeaders.ETAG, description = VIEW_ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = VIEW_CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = NOT_MODIFIED, headers = @Header(name = HttpHeaders.ETAG, description = VIEW_ETAG,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Window missing, malformed or reversed")
    @APIResponse(responseCode = "404", description = "No current province has this code")
    public Response getProvinceScorecard(
            @Parameter(description = "Current province code", example = "75") @PathParam("code") String code,
            @Parameter(description = "First day", example = "2019-01-01") @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Last day", example = "2022-12-31") @QueryParam("to") @NotNull LocalDate to,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Composition<ScorecardView> composition = scorecards.scorecard(code, Window.of(from, to), caller());
        return answer("scorecard", composition, ViewCsv::scorecard, "scorecard-" + code + "_" + from + "_" + to, ifNoneMatch);
    }

    @GET
    @Path("/national-table")
    @Operation(operationId = "getNationalTable", summary = "All 34 provinces × chosen metrics for a period",
            description = "One row per current province with each metric split into records and tallies, its rate per 10,000 "
                    + "inhabitants and per commune and its national rank (1 = highest; ties share a rank), plus national totals. "
                    + "Every role sees the whole table: figures per province carry no personal data.")
    @APIResponse(responseCode = "200", description = "The table; parts whose service did not answer are null and listed in degraded",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvinceTableView.class)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) },
            headers = { @Header(name = HttpHeaders.ETAG, description = VIEW_ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = VIEW_CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = NOT_MODIFIED, headers = @Header(name = HttpHeaders.ETAG, description = VIEW_ETAG,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Window missing or reversed, unknown metric or rank basis")
    public Response getNationalTable(
            @Parameter(description = "First day", example = "2025-07-01") @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Last day", example = "2025-12-31") @QueryParam("to") @NotNull LocalDate to,
            @Parameter(description = "Metric ids, comma-separated (GET /api/v1/view-metrics); default: a key set",
                    example = "models.sites,tips.received,tips.valuableRatio,staffing.regularOfficers") @QueryParam("metrics") String metrics,
            @Parameter(description = "What ranks are computed on") @QueryParam("rankBy") @DefaultValue("TOTAL") RankBy rankBy,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Window window = Window.of(from, to);
        Composition<ProvinceTableView> composition = tables.nationalTable(window,
                MetricCatalog.parse("metrics", metrics, MetricCatalog.DEFAULT_TABLE, MAX_METRICS), rankBy, caller());
        return answer("national-table", composition, ViewCsv::provinceTable, "national-table_" + from + "_" + to, ifNoneMatch);
    }

    @GET
    @Path("/province-comparisons")
    @Operation(operationId = "compareProvinces", summary = "Chosen provinces side by side",
            description = "The national table's rows for the provinces named, in that order, with their national ranks and the "
                    + "national totals.")
    @APIResponse(responseCode = "200", description = "The comparison; parts whose service did not answer are null and listed in degraded",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvinceTableView.class)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) },
            headers = { @Header(name = HttpHeaders.ETAG, description = VIEW_ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = VIEW_CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = NOT_MODIFIED, headers = @Header(name = HttpHeaders.ETAG, description = VIEW_ETAG,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Window missing or reversed, provinces missing or not current, unknown metric")
    public Response compareProvinces(
            @Parameter(description = "Current province codes, comma-separated", example = "75,79,74") @QueryParam("provinces") String provinces,
            @Parameter(description = "First day", example = "2025-07-01") @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Last day", example = "2025-12-31") @QueryParam("to") @NotNull LocalDate to,
            @Parameter(description = "Metric ids, comma-separated; default: a key set", example = "models.sites,tips.valuable")
            @QueryParam("metrics") String metrics,
            @Parameter(description = "What ranks are computed on") @QueryParam("rankBy") @DefaultValue("TOTAL") RankBy rankBy,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Window window = Window.of(from, to);
        List<String> codes = provinces == null ? List.of()
                : Arrays.stream(provinces.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        if (codes.isEmpty()) {
            throw ProblemException.invalidField("provinces", "name the provinces to compare, e.g. 75,79");
        }
        Composition<ProvinceTableView> composition = tables.compare(codes, window,
                MetricCatalog.parse("metrics", metrics, MetricCatalog.DEFAULT_TABLE, MAX_METRICS), rankBy, caller());
        return answer("province-comparisons", composition, ViewCsv::provinceTable, "comparison_" + from + "_" + to, ifNoneMatch);
    }

    @GET
    @Path("/trends")
    @Operation(operationId = "getTrend", summary = "One metric by year, quarter or month",
            description = "The window cut into calendar periods (the first and last cut to it), the metric in each. Without "
                    + "`province` the whole country. At most " + TrendService.MAX_PERIODS + " periods.")
    @APIResponse(responseCode = "200", description = "The trend; periods whose call failed are null and listed in degraded",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrendView.class)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) },
            headers = { @Header(name = HttpHeaders.ETAG, description = VIEW_ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = VIEW_CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = NOT_MODIFIED, headers = @Header(name = HttpHeaders.ETAG, description = VIEW_ETAG,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Metric missing or unknown, window missing or reversed, too many periods, province not current")
    public Response getTrend(
            @Parameter(description = "Metric id (GET /api/v1/view-metrics)", example = "models.sites") @QueryParam("metric") @NotNull String metric,
            @Parameter(description = "First day", example = "2019-01-01") @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Last day", example = "2022-12-31") @QueryParam("to") @NotNull LocalDate to,
            @Parameter(description = "YEAR, QUARTER or MONTH") @QueryParam("interval") @DefaultValue("YEAR") Interval interval,
            @Parameter(description = "Current province code; absent: the whole country", example = "75") @QueryParam("province") String province,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Window window = Window.of(from, to);
        Metric shown = MetricCatalog.require("metric", metric);
        Composition<TrendView> composition = trends.trend(shown, window, interval, province, caller());
        return answer("trends", composition, ViewCsv::trend, "trend-" + shown.id() + "_" + from + "_" + to, ifNoneMatch);
    }

    @GET
    @Path("/provinces/{code}/commune-table")
    @Operation(operationId = "getCommuneTable", summary = "The communes of one province × chosen metrics for a period",
            description = "One row per commune with figures in any part (records, tallies, total, rank among the province's "
                    + "communes), the figures reported for the province as a whole, and the province's totals. Callers scoped to a "
                    + "province may drill into their own only (403 otherwise).")
    @APIResponse(responseCode = "200", description = "The drill-down; parts whose service did not answer are null and listed in degraded",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommuneTableView.class)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) },
            headers = { @Header(name = HttpHeaders.ETAG, description = VIEW_ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = VIEW_CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = NOT_MODIFIED, headers = @Header(name = HttpHeaders.ETAG, description = VIEW_ETAG,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Window missing or reversed, unknown metric")
    @APIResponse(responseCode = "404", description = "No current province has this code")
    public Response getCommuneTable(
            @Parameter(description = "Current province code", example = "75") @PathParam("code") String code,
            @Parameter(description = "First day", example = "2025-07-01") @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Last day", example = "2025-12-31") @QueryParam("to") @NotNull LocalDate to,
            @Parameter(description = "Metric ids, comma-separated; default: a key set", example = "models.sites,activities.participants")
            @QueryParam("metrics") String metrics,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Window window = Window.of(from, to);
        Composition<CommuneTableView> composition = communeTables.communeTable(code, window,
                MetricCatalog.parse("metrics", metrics, MetricCatalog.DEFAULT_TABLE, MAX_METRICS), caller());
        return answer("commune-table", composition, ViewCsv::communeTable, "communes-" + code + "_" + from + "_" + to, ifNoneMatch);
    }

    private Caller caller() {
        return new Caller(headers.getHeaderString(HttpHeaders.AUTHORIZATION), headers.getHeaderString(ProblemResponses.REQUEST_ID_HEADER));
    }

    /**
     * JSON, or CSV when the caller prefers it; a degraded CSV says what is missing in a header, having no room for it.
     * A view whose parts all carried a tag has its own ETag, and a client holding it gets a 304.
     */
    private <V> Response answer(String viewName, Composition<V> composition, Function<V, CsvTable> csv, String fileName,
            String ifNoneMatch) {
        boolean asCsv = prefersCsv();
        ViewAnswer answer = views.answer(new ViewRequest(viewName, target(), asCsv ? Representation.CSV : Representation.JSON, ifNoneMatch),
                composition, csv);
        Response.ResponseBuilder response;
        if (answer.notModified()) {
            response = Response.notModified();
        } else if (asCsv) {
            response = Response.ok(answer.body(), CsvTable.MEDIA_TYPE + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"");
            if (!answer.degraded().isEmpty()) {
                response.header(DEGRADED_HEADER, ViewCsv.degraded(answer.degraded()));
            }
        } else {
            response = Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE);
        }
        if (answer.etag() != null) {
            response.header(HttpHeaders.ETAG, answer.etag()).header(HttpHeaders.CACHE_CONTROL, TaggedResponses.CACHE_CONTROL);
        }
        String serverTiming = timings.serverTiming();
        if (serverTiming != null) {
            response.header(SERVER_TIMING_HEADER, serverTiming);
        }
        return response.build();
    }

    /** The view's request as sent, path and query: with its parts' tags, what determines the view. */
    private String target() {
        URI uri = uriInfo.getRequestUri();
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
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
