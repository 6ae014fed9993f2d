package vn.gov.antq.gateway.client;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

/**
 * staffing-service: staffing statistics (docs/statistics-contract.md). Only {@link DownstreamStatistics} calls it, with its
 * timeouts and breakers. It answers a {@link Response}: its status (200, or 304 to {@code If-None-Match}) and
 * {@code ETag} matter besides the body. A null {@code ifNoneMatch} sends no header.
 */
@Path("/api/v1")
@RegisterRestClient(configKey = "staffing-service")
@Produces(MediaType.APPLICATION_JSON)
interface StaffingServiceClient {

    @GET
    @Path("/staffing-statistics")
    Uni<Response> staffingStatistics(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("province") String province, @QueryParam("groupBy") String groupBy,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam("X-Request-Id") String requestId,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @ClientExceptionMapper
    static RuntimeException failure(Response response) {
        return DownstreamError.of(response.getStatus());
    }
}
