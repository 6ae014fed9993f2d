package vn.gov.antq.commons.problem;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;

/**
 * Gives every request a correlation id before anything else runs: the caller's {@code X-Request-Id} when it is a
 * sane token, otherwise a new UUID. It is echoed in the response header, put in the log context and in problem bodies.
 */
@ApplicationScoped
public class RequestIdRoute {

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1000).handler(ctx -> {
            String requestId = ctx.request().getHeader(ProblemResponses.REQUEST_ID_HEADER);
            if (requestId == null || !ACCEPTABLE.matcher(requestId).matches()) {
                requestId = UUID.randomUUID().toString();
                ctx.request().headers().set(ProblemResponses.REQUEST_ID_HEADER, requestId);
            }
            ctx.response().putHeader(ProblemResponses.REQUEST_ID_HEADER, requestId);
            MDC.put("requestId", requestId);
            ctx.next();
        });
    }
}
