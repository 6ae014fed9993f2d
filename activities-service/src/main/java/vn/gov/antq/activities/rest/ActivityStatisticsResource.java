package vn.gov.antq.activities.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.antq.activities.service.ActivityStatisticsService;
import vn.gov.antq.activities.service.ActivityStatisticsView;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.statistics.StatisticsEtag;

@Path("/api/v1/activity-statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Aggregates of activities, tips and handovers with their tallies, without double counting")
public class ActivityStatisticsResource {

    @Inject
    ActivityStatisticsService service;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.PARTNER_SYSTEM,
            Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "getActivityStatistics", summary = "Propaganda activity statistics for a window, split into records and tallies",
            description = "An activity counts when its day or period overlaps the window, with its sessions, attendances and materials as "
                    + "recorded; grouped by topic, it counts under each of its topics."
                    + " Tallies count when their period overlaps the window, under the current province their reported province was "
                    + "merged into. Filtered to the caller's scope: national for the ministry and partner systems, the own province otherwise."
                    + " A window of whole months answers with an ETag: send it as If-None-Match to get 304 while nothing it was computed "
                    + "from has changed.")
    @APIResponse(responseCode = "200", description = "Totals, groups and, for windows before 2025-07-01, tallies by province as reported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityStatisticsView.class)),
            headers = { @Header(name = HttpHeaders.ETAG, description = StatisticsEtag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = StatisticsEtag.CACHE_CONTROL_DOC,
                            schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = StatisticsEtag.NOT_MODIFIED_DOC,
            headers = @Header(name = HttpHeaders.ETAG, description = StatisticsEtag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Window missing or reversed, unknown grouping, province not current, "
            + "If-None-Match malformed")
    public Response getActivityStatistics(
            @Parameter(description = "First day of the window", example = "2019-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day of the window", example = "2022-12-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "A single day, instead of from and to", example = "2025-12-31") @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Current province code", example = "75") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "province, commune, form, topic or organiser", example = "form")
            @QueryParam("groupBy") String groupBy,
            @Parameter(description = StatisticsEtag.IF_NONE_MATCH_DOC, example = StatisticsEtag.EXAMPLE)
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return service.statistics(from, to, asOf, province, groupBy, ifNoneMatch);
    }
}
