package vn.gov.antq.activities.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkiverse.bucket4j.runtime.RateLimitException;
import io.vertx.core.http.HttpServerRequest;
import vn.gov.antq.commons.problem.Problem;
import vn.gov.antq.commons.problem.ProblemResponses;

/**
 * Per-client-address limits of the endpoints citizens reach without an account (Quarkiverse Bucket4j, buckets
 * configured as {@code quarkus.rate-limiter.buckets.<name>} in application.properties). The client address is the TCP
 * peer, or the one a trusted proxy names in X-Forwarded-For / Forwarded when {@code quarkus.http.proxy.*} allows it.
 */
public class PublicRateLimits {

    /** Tip submissions, per address. */
    public static final String SUBMISSIONS = "public-tip-submissions";
    /** Status reads and additions by receipt, per address, counted together. */
    public static final String RECEIPT_LOOKUPS = "public-receipt-lookups";

    /**
     * 429 as problem+json with {@code Retry-After} in whole seconds, rounded up so a client that waits that long gets
     * in. Outranks the extension's own mapper, which answers without a body and rounds down (to 0 under a second).
     */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response tooManyRequests(RateLimitException e, HttpServerRequest request) {
        long seconds = Math.max(1, (e.getWaitTimeInMilliSeconds() + 999) / 1000);
        Problem problem = ProblemResponses.plain(429, "Too many requests from your address; try again in " + seconds
                + (seconds == 1 ? " second" : " seconds"), request.path(), request.getHeader(ProblemResponses.REQUEST_ID_HEADER));
        return Response.fromResponse(ProblemResponses.response(problem)).header(HttpHeaders.RETRY_AFTER, seconds).build();
    }
}
