package vn.gov.antq.commons.communes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.vertx.VertxInputStream;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.problem.BodyLimitRoute;
import vn.gov.antq.commons.problem.ProblemException;

/**
 * Reads an uploaded list. The limit is the suite's request body limit ({@code quarkus.http.limits.max-body-size},
 * 2 MB unless configured; the official files are 0.2 and 1.5 MB). A larger body that announces its length is refused
 * before it is read ({@link vn.gov.antq.commons.problem.BodyLimitRoute}); one sent in chunks is counted here, so that
 * it too gets a problem+json 413 (Quarkus would end the response with an empty 413 while the resource reads it).
 */
@ApplicationScoped
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class CsvUpload {

    public static final String TEXT_CSV = "text/csv";
    static final List<String> UPLOAD_PATHS = List.of("/api/v1/communes/imports", "/api/v1/commune-successions/imports");

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    /** Runs after Quarkus put its chunked-body limit on the request (order -2): these uploads apply it themselves. */
    void install(@Observes Router router) {
        for (String path : UPLOAD_PATHS) {
            router.route(path).order(-1).handler(ctx -> {
                ctx.remove(VertxInputStream.MAX_REQUEST_SIZE_KEY);
                ctx.next();
            });
        }
    }

    public byte[] read(MediaType type, InputStream body) {
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
            throw ProblemException.status(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "The list must be sent as UTF-8 (Content-Type: text/csv or text/csv; charset=UTF-8), not " + charset);
        }
        long limit = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (body) {
            int read;
            while ((read = body.read(buffer)) != -1) {
                if (bytes.size() + (long) read > limit) {
                    throw tooLarge(limit);
                }
                bytes.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded list", e);
        }
        return bytes.toByteArray();
    }

    static ProblemException tooLarge(long limit) {
        return ProblemException.status(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "The file is larger than " + BodyLimitRoute.describe(limit) + ", the most this service accepts");
    }
}
