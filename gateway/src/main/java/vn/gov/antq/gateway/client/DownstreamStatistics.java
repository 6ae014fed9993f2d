package vn.gov.antq.gateway.client;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * The only way the views reach the services' statistics, each endpoint behind its own guards. A call that takes
 * longer than the timeout is given up (not retried: a slow service does not get faster by being asked twice). A
 * failure that may be passing (5xx, a dropped connection) is retried once, shortly after: these are GETs, safe to
 * repeat. A 4xx is the answer and is neither retried nor held against the service. When half of the last calls to
 * an endpoint failed, its breaker opens and calls fail at once for a while; then a trial call decides whether it
 * closes again. So a view waits at most about the timeout for any part, and the views recover on their own.
 *
 * <p>Defaults: 4 s timeout; one retry after 150 ms (±50); a breaker per endpoint over its last 8 calls, open for 15 s,
 * closed again after 2 good trial calls. A 304 (the caller's {@code If-None-Match} still current) is a success like a
 * 200. Tunable with MicroProfile Fault Tolerance properties (milliseconds), e.g.
 * {@code vn.gov.antq.gateway.client.DownstreamStatistics/Timeout/value=6000} for all endpoints, or
 * {@code vn.gov.antq.gateway.client.DownstreamStatistics/staffingStatistics/CircuitBreaker/delay=30000} for one.
 */
@ApplicationScoped
@Timeout(4000)
@Retry(maxRetries = 1, delay = 150, jitter = 50, abortOn = { DownstreamRejected.class, TimeoutException.class, CircuitBreakerOpenException.class })
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 15_000, successThreshold = 2,
        skipOn = DownstreamRejected.class)
public class DownstreamStatistics {

    @RestClient
    ModelsServiceClient models;

    @RestClient
    ActivitiesServiceClient activities;

    @RestClient
    StaffingServiceClient staffing;

    @Inject
    ObjectMapper json;

    public Uni<StatisticsResponse> modelStatistics(StatisticsQuery q, Caller caller, String ifNoneMatch) {
        return models.modelStatistics(q.from(), q.to(), q.province(), q.groupBy(), caller.authorization(), caller.requestId(), ifNoneMatch)
                .map(this::read);
    }

    public Uni<StatisticsResponse> activityStatistics(StatisticsQuery q, Caller caller, String ifNoneMatch) {
        return activities.activityStatistics(q.from(), q.to(), q.province(), q.groupBy(), caller.authorization(), caller.requestId(),
                ifNoneMatch).map(this::read);
    }

    public Uni<StatisticsResponse> tipStatistics(StatisticsQuery q, Caller caller, String ifNoneMatch) {
        return activities.tipStatistics(q.from(), q.to(), q.province(), q.groupBy(), caller.authorization(), caller.requestId(), ifNoneMatch)
                .map(this::read);
    }

    public Uni<StatisticsResponse> weaponHandoverStatistics(StatisticsQuery q, Caller caller, String ifNoneMatch) {
        return activities.weaponHandoverStatistics(q.from(), q.to(), q.province(), q.groupBy(), caller.authorization(), caller.requestId(),
                ifNoneMatch).map(this::read);
    }

    public Uni<StatisticsResponse> staffingStatistics(StatisticsQuery q, Caller caller, String ifNoneMatch) {
        return staffing.staffingStatistics(q.from(), q.to(), q.province(), q.groupBy(), caller.authorization(), caller.requestId(), ifNoneMatch)
                .map(this::read);
    }

    /**
     * Status, tag and body of a successful answer (4xx and 5xx became failures in the clients' exception mappers).
     * Read here, inside the guards, so a body that is not JSON is a failed call as before.
     */
    private StatisticsResponse read(Response response) {
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (response.getStatus() == StatisticsResponse.NOT_MODIFIED) {
            return new StatisticsResponse(StatisticsResponse.NOT_MODIFIED, etag, null, 0);
        }
        byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
        try {
            return new StatisticsResponse(response.getStatus(), etag, body.length == 0 ? null : json.readTree(body), body.length);
        } catch (IOException e) {
            throw new UncheckedIOException("the answer is not JSON", e);
        }
    }
}
