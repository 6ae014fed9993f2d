package vn.gov.antq.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

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
 * closed again after 2 good trial calls. Tunable with MicroProfile Fault Tolerance properties (milliseconds), e.g.
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

    public Uni<JsonNode> modelStatistics(StatisticsQuery q, Caller caller) {
        return models.modelStatistics(q.from(), q.to(), q.province(), q.groupBy(), caller.authorization(), caller.requestId());
    }

    public Uni<JsonNode> activityStatistics(StatisticsQuery q, Caller caller) {
        return activities.activityStatistics(q.from(), q.to(), q.province(), q.groupBy(), caller.authorization(), caller.requestId());
    }

    public Uni<JsonNode> tipStatistics(StatisticsQuery q, Caller caller) {
        return activities.tipStatistics(q.from(), q.to(), q.province(), q.groupBy(), caller.authorization(), caller.requestId());
    }

    public Uni<JsonNode> weaponHandoverStatistics(StatisticsQuery q, Caller caller) {
        return activities.weaponHandoverStatistics(q.from(), q.to(), q.province(), q.groupBy(), caller.authorization(), caller.requestId());
    }

    public Uni<JsonNode> staffingStatistics(StatisticsQuery q, Caller caller) {
        return staffing.staffingStatistics(q.from(), q.to(), q.province(), q.groupBy(), caller.authorization(), caller.requestId());
    }
}
