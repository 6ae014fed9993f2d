package vn.gov.antq.commons.problem;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * A request whose {@code Content-Length} exceeds {@code quarkus.http.limits.max-body-size} gets 413 as problem+json.
 * Quarkus refuses such a request itself (route order -2) but with an empty body; this applies the same rule just
 * before it. Bodies sent in chunks are limited while they are read.
 */
@ApplicationScoped
public class BodyLimitRoute {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long limit = maxBodySize.get().asLongValue();
        router.route().order(-3).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length == null || !length.matches("\\d{1,18}") || Long.parseLong(length) <= limit) {
                ctx.next();
                return;
            }
            Problem problem = ProblemResponses.plain(413, "The request body is larger than " + describe(limit)
                    + ", the most this service accepts", ctx.request().path(), ctx.request().getHeader(ProblemResponses.REQUEST_ID_HEADER));
            String body;
            try {
                body = json.writeValueAsString(problem);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A problem always serialises", e);
            }
            // The body is not read: close the connection once answered, as Quarkus does.
            ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(done -> ctx.request().connection().close())
                    .end(body);
        });
    }

    /** "2 MB", "512 KB" or "1000 bytes". */
    public static String describe(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
