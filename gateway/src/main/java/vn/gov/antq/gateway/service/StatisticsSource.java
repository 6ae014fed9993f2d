package vn.gov.antq.gateway.service;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import vn.gov.antq.gateway.client.Caller;
import vn.gov.antq.gateway.client.DownstreamError;
import vn.gov.antq.gateway.client.DownstreamRejected;
import vn.gov.antq.gateway.client.DownstreamStatistics;
import vn.gov.antq.gateway.client.StatisticsQuery;
import vn.gov.antq.gateway.client.StatisticsResponse;
import vn.gov.antq.gateway.service.Degraded.Reason;

/**
 * Asks the statistics endpoints for a view, all at once, and turns every failure into a missing part: a view never
 * fails because a service does. Every call goes to the service with the caller's token; when answers for its URL are
 * kept ({@link PartCache}), it lists their tags in {@code If-None-Match} and a 304 stands for the body of the tag it
 * names, neither sent nor parsed again. Counted in {@code antq_gateway_statistics_calls_total} by part and outcome
 * ({@code not_modified}, {@code fetched}, {@code failed}: the part is missing).
 */
@ApplicationScoped
public class StatisticsSource {

    private static final Logger LOG = Logger.getLogger(StatisticsSource.class);
    /** A net under the per-call timeout: nothing keeps a view longer, whatever happens below. */
    private static final Duration AT_MOST = Duration.ofSeconds(30);
    static final String CALLS_METRIC = "antq.gateway.statistics.calls";

    @Inject
    DownstreamStatistics downstream;

    @Inject
    PartCache kept;

    @Inject
    ViewTimings timings;

    private final Map<Part, Map<CallOutcome, Counter>> callCounters = new EnumMap<>(Part.class);

    /** How a part's call came out, as counted. */
    enum CallOutcome {
        NOT_MODIFIED, FETCHED, FAILED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Inject
    StatisticsSource(MeterRegistry registry) {
        for (Part part : Part.values()) {
            Map<CallOutcome, Counter> byOutcome = new EnumMap<>(CallOutcome.class);
            for (CallOutcome outcome : CallOutcome.values()) {
                byOutcome.put(outcome, Counter.builder(CALLS_METRIC)
                        .description("Statistics calls of the views by part and outcome: not_modified (304, the gateway's copy "
                                + "confirmed), fetched (200), failed (the part is missing from the view)")
                        .tag("part", part.key()).tag("outcome", outcome.tag()).register(registry));
            }
            callCounters.put(part, byOutcome);
        }
    }

    /** One call per part, in parallel; each answer or the reason it is missing. */
    public Map<Part, PartAnswer> fetchAll(Collection<Part> parts, StatisticsQuery query, Caller caller) {
        Map<Part, PartAnswer> answers = new EnumMap<>(Part.class);
        awaitAll(parts.stream().map(part -> fetch(part, query, caller, null)).toList()).forEach(a -> answers.put(a.part(), a));
        return answers;
    }

    /** Waits for answers fetched in parallel, in the order given; each call's wait goes into the request's timings. */
    public List<PartAnswer> awaitAll(List<Uni<PartAnswer>> calls) {
        if (calls.isEmpty()) {
            return List.of();
        }
        List<PartAnswer> answers = Uni.join().all(calls).andFailFast().await().atMost(AT_MOST);
        answers.forEach(a -> timings.waited(a.part(), a.waitedMillis(), a.notModified()));
        return answers;
    }

    /** One call; {@code period} names it in the degraded entry (trends), or is null. */
    public Uni<PartAnswer> fetch(Part part, StatisticsQuery query, Caller caller, String period) {
        timings.calling();
        PartCache.PartUrl url = new PartCache.PartUrl(part, query);
        // Timed from the moment the call is made (the Uni is subscribed to) to its answer or its last failure.
        return Uni.createFrom().deferred(() -> {
            long start = System.nanoTime();
            return revalidated(url, caller)
                    .map(answer -> checked(part, answer, period))
                    .onFailure().recoverWithItem(failure -> PartAnswer.missing(part, degraded(part, failure, period)))
                    .invoke(this::count)
                    .map(answer -> answer.waited(System.nanoTime() - start));
        });
    }

    /**
     * The service's answer for the URL, asked with every tag kept for it. A 304 naming a kept tag confirms that body. A
     * 304 naming none, or a tag the gateway did not send (the contract says it names the one that matched), confirms
     * nothing: the body is asked for again without {@code If-None-Match}. A 200 with a tag is kept for next time.
     */
    private Uni<StatisticsResponse> revalidated(PartCache.PartUrl url, Caller caller) {
        List<PartCache.Tagged> known = kept.known(url);
        return call(url, caller, PartCache.ifNoneMatch(known)).flatMap(response -> {
            if (!response.notModified()) {
                return Uni.createFrom().item(keptIfTagged(url, response));
            }
            PartCache.Tagged confirmed = PartCache.named(known, response.etag());
            if (confirmed != null) {
                return Uni.createFrom().item(new StatisticsResponse(response.status(), confirmed.etag(), confirmed.body(), 0));
            }
            if (known.isEmpty()) {
                return Uni.createFrom().item(response); // a 304 to a plain GET: no body, an invalid answer
            }
            LOG.warnf("View part %s: a 304 naming %s, none of the tags sent; asking for the body", url.part().key(), response.etag());
            return call(url, caller, null).map(full -> keptIfTagged(url, full));
        });
    }

    private StatisticsResponse keptIfTagged(PartCache.PartUrl url, StatisticsResponse response) {
        if (!response.notModified() && response.etag() != null && response.body() != null) {
            kept.remember(url, new PartCache.Tagged(response.etag().trim(), response.body(), response.size()));
        }
        return response;
    }

    private Uni<StatisticsResponse> call(PartCache.PartUrl url, Caller caller, String ifNoneMatch) {
        StatisticsQuery query = url.query();
        return switch (url.part()) {
            case MODELS -> downstream.modelStatistics(query, caller, ifNoneMatch);
            case ACTIVITIES -> downstream.activityStatistics(query, caller, ifNoneMatch);
            case TIPS -> downstream.tipStatistics(query, caller, ifNoneMatch);
            case HANDOVERS -> downstream.weaponHandoverStatistics(query, caller, ifNoneMatch);
            case STAFFING -> downstream.staffingStatistics(query, caller, ifNoneMatch);
        };
    }

    private void count(PartAnswer answer) {
        CallOutcome outcome = !answer.available() ? CallOutcome.FAILED
                : answer.notModified() ? CallOutcome.NOT_MODIFIED : CallOutcome.FETCHED;
        callCounters.get(answer.part()).get(outcome).increment();
    }

    private static PartAnswer checked(Part part, StatisticsResponse answer, String period) {
        JsonNode body = answer.body();
        if (body == null || !body.isObject() || !body.path("totals").isObject()) {
            return PartAnswer.missing(part, entry(part, Reason.INVALID_ANSWER, "the answer has no totals", period));
        }
        return PartAnswer.answered(part, body, answer.etag() == null ? null : answer.etag().trim(), answer.notModified());
    }

    private static Degraded degraded(Part part, Throwable failure, String period) {
        Degraded why;
        if (failure instanceof TimeoutException) {
            why = entry(part, Reason.TIMEOUT, "no answer in time", period);
        } else if (failure instanceof CircuitBreakerOpenException) {
            why = entry(part, Reason.CIRCUIT_OPEN, "failed repeatedly; not asked again until its breaker lets a trial call through", period);
        } else if (failure instanceof DownstreamRejected rejected) {
            why = entry(part, Reason.REJECTED, "answered " + rejected.status(), period);
        } else if (failure instanceof DownstreamError error) {
            why = entry(part, Reason.SERVICE_ERROR, "answered " + error.status(), period);
        } else if (causedBy(failure, ConnectException.class) || causedBy(failure, java.net.UnknownHostException.class)) {
            why = entry(part, Reason.UNREACHABLE, "cannot be reached", period);
        } else {
            why = entry(part, Reason.UNREACHABLE, "broke off: " + failure.getClass().getSimpleName(), period);
        }
        LOG.warnf("View part %s%s missing (%s): %s", part.key(), period == null ? "" : " " + period, why.reason(), failure.toString());
        return why;
    }

    private static Degraded entry(Part part, Reason reason, String detail, String period) {
        return new Degraded(part.key(), part.service(), "/api/v1/" + part.endpoint(), reason, detail, period);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
