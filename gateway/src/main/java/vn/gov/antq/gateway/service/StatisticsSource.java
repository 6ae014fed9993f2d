package vn.gov.antq.gateway.service;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import vn.gov.antq.gateway.client.Caller;
import vn.gov.antq.gateway.client.DownstreamError;
import vn.gov.antq.gateway.client.DownstreamRejected;
import vn.gov.antq.gateway.client.DownstreamStatistics;
import vn.gov.antq.gateway.client.StatisticsQuery;
import vn.gov.antq.gateway.service.Degraded.Reason;

/**
 * Asks the statistics endpoints for a view, all at once, and turns every failure into a missing part: a view never
 * fails because a service does.
 */
@ApplicationScoped
public class StatisticsSource {

    private static final Logger LOG = Logger.getLogger(StatisticsSource.class);
    /** A net under the per-call timeout: nothing keeps a view longer, whatever happens below. */
    private static final Duration AT_MOST = Duration.ofSeconds(30);

    @Inject
    DownstreamStatistics downstream;

    @Inject
    ViewTimings timings;

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
        answers.forEach(a -> timings.waited(a.part(), a.waitedMillis()));
        return answers;
    }

    /** One call; {@code period} names it in the degraded entry (trends), or is null. */
    public Uni<PartAnswer> fetch(Part part, StatisticsQuery query, Caller caller, String period) {
        timings.calling();
        Uni<JsonNode> call = switch (part) {
            case MODELS -> downstream.modelStatistics(query, caller);
            case ACTIVITIES -> downstream.activityStatistics(query, caller);
            case TIPS -> downstream.tipStatistics(query, caller);
            case HANDOVERS -> downstream.weaponHandoverStatistics(query, caller);
            case STAFFING -> downstream.staffingStatistics(query, caller);
        };
        // Timed from the moment the call is made (the Uni is subscribed to) to its answer or its last failure.
        return Uni.createFrom().deferred(() -> {
            long start = System.nanoTime();
            return call.map(body -> checked(part, body, period))
                    .onFailure().recoverWithItem(failure -> PartAnswer.missing(part, degraded(part, failure, period)))
                    .map(answer -> answer.waited(System.nanoTime() - start));
        });
    }

    private static PartAnswer checked(Part part, JsonNode body, String period) {
        if (body == null || !body.isObject() || !body.path("totals").isObject()) {
            return PartAnswer.missing(part, entry(part, Reason.INVALID_ANSWER, "the answer has no totals", period));
        }
        return PartAnswer.answered(part, body);
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
