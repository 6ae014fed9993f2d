package vn.gov.antq.gateway.proxy;

import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

import org.jboss.logging.Logger;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import vn.gov.antq.commons.problem.Problem;
import vn.gov.antq.commons.problem.ProblemResponses;

/**
 * What the gateway adds to a passed-through exchange, and nothing more: it tells the service where the caller
 * reached the gateway ({@code X-Forwarded-*}, so the service builds Location headers for the gateway), drops the
 * {@code ?service=} choice the service does not know, points absolute Locations at the gateway when a service built
 * them for itself, and answers problem+json when the service cannot be reached (503), does not answer in time (504)
 * or breaks off (502) instead of an empty 502.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(ForwardingInterceptor.class);
    private static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-Host", "X-Forwarded-Proto",
            "X-Forwarded-Port", "X-Forwarded-For", "X-Forwarded-Prefix", "X-Forwarded-Server", "X-Forwarded-Ssl");

    private final String service;
    private final String serviceName;
    private final URI origin;
    private final UnaryOperator<String> uriRewrite;
    private final ProblemWriter problems;
    private final Duration idleTimeout;
    private final OpenTelemetry telemetry;
    private final Tracer tracer;

    /** @param uriRewrite what the service is asked for, given what the caller asked the gateway for (path and query) */
    ForwardingInterceptor(String service, URI origin, UnaryOperator<String> uriRewrite, ProblemWriter problems, Duration idleTimeout,
            OpenTelemetry telemetry) {
        this.service = service;
        this.serviceName = service + "-service";
        this.origin = origin;
        this.uriRewrite = uriRewrite;
        this.problems = problems;
        this.idleTimeout = idleTimeout;
        this.telemetry = telemetry;
        this.tracer = telemetry.getTracer("vn.gov.antq.gateway.pass-through");
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        MultiMap headers = request.headers();
        FORWARDING_HEADERS.forEach(headers::remove);
        // The scheme and authority as the caller used them (already resolved from a trusted proxy in front, if any).
        String scheme = incoming.scheme();
        String authority = authorityOf(incoming);
        headers.set("X-Forwarded-Proto", scheme);
        headers.set("X-Forwarded-Host", authority);
        headers.set("X-Forwarded-Port", String.valueOf(portOf(authority, scheme)));
        if (incoming.remoteAddress() != null && incoming.remoteAddress().hostAddress() != null) {
            headers.set("X-Forwarded-For", incoming.remoteAddress().hostAddress());
        }
        request.setURI(uriRewrite.apply(request.getURI()));
        // A client span under the server span of the incoming request; the service continues the trace from it.
        Span span = tracer.spanBuilder(request.getMethod().name() + " " + serviceName).setSpanKind(SpanKind.CLIENT)
                .setParent(Context.current())
                .setAttribute("http.request.method", request.getMethod().name())
                .setAttribute("server.address", origin.getHost())
                .setAttribute("server.port", (long) portOf(origin))
                .setAttribute("url.path", incoming.path())
                .startSpan();
        telemetry.getPropagators().getTextMapPropagator().inject(Context.current().with(span), headers, MultiMap::set);
        return context.sendRequest()
                .onSuccess(response -> {
                    span.setAttribute("http.response.status_code", (long) response.getStatusCode());
                    if (response.getStatusCode() >= 500) {
                        span.setStatus(StatusCode.ERROR);
                    }
                    span.end();
                })
                .recover(failure -> {
                    span.recordException(failure);
                    span.setStatus(StatusCode.ERROR, failure.toString());
                    span.end();
                    return Future.succeededFuture(failed(request, failure));
                });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        HttpServerRequest incoming = context.request().proxiedRequest();
        // The gateway already answers with the request id it passed on; the service's copy would be a duplicate.
        response.headers().remove(ProblemResponses.REQUEST_ID_HEADER);
        if (response.headers().contains(HttpHeaders.CONTENT_ENCODING)) {
            // Quarkus marks responses it will not compress as identity up front; the service's encoding is the true one.
            incoming.response().headers().remove(HttpHeaders.CONTENT_ENCODING);
        }
        String location = response.headers().get(HttpHeaders.LOCATION);
        if (location != null) {
            response.headers().set(HttpHeaders.LOCATION, atGateway(location, incoming.scheme(), authorityOf(incoming)));
        }
        return context.sendResponse();
    }

    /** A Location the service built for its own address, pointed at the gateway; any other left as it is. */
    String atGateway(String location, String scheme, String authority) {
        try {
            URI uri = new URI(location);
            if (!uri.isAbsolute() || !origin.getHost().equalsIgnoreCase(uri.getHost()) || portOf(origin) != portOf(uri)
                    || !origin.getScheme().equalsIgnoreCase(uri.getScheme())) {
                return location;
            }
            String rest = uri.getRawPath() == null ? "" : uri.getRawPath();
            rest += uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            rest += uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
            return scheme + "://" + authority + rest;
        } catch (URISyntaxException e) {
            return location;
        }
    }

    private ProxyResponse failed(ProxyRequest request, Throwable failure) {
        int status;
        String detail;
        if (causedBy(failure, TimeoutException.class)) {
            status = 504;
            detail = serviceName + " did not answer within " + idleTimeout.toSeconds() + " s";
        } else if (causedBy(failure, ConnectException.class) || causedBy(failure, UnknownHostException.class)) {
            status = 503;
            detail = serviceName + " cannot be reached; try again later";
        } else {
            status = 502;
            detail = serviceName + " broke off the exchange";
        }
        LOG.warnf("Pass-through of %s %s to %s failed (%d): %s", request.getMethod(), request.getURI(), service, status, failure.toString());
        Problem problem = problems.plain(request.proxiedRequest(), status, detail);
        return request.release().response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(problems.body(problem)));
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static String withoutServiceParameter(String uri) {
        int question = uri.indexOf('?');
        if (question < 0) {
            return uri;
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : uri.substring(question + 1).split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (!name.equals(RouteTable.SERVICE_PARAMETER) && !pair.isEmpty()) {
                kept.append(kept.length() == 0 ? "" : "&").append(pair);
            }
        }
        return uri.substring(0, question) + (kept.length() == 0 ? "" : "?" + kept);
    }

    private static String authorityOf(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        if (authority == null) {
            return request.host();
        }
        return authority.port() > 0 ? authority.host() + ":" + authority.port() : authority.host();
    }

    private static int portOf(String authority, String scheme) {
        int colon = authority == null ? -1 : authority.lastIndexOf(':');
        if (colon > 0 && authority.indexOf(']') < colon) {
            try {
                return Integer.parseInt(authority.substring(colon + 1));
            } catch (NumberFormatException e) {
                // fall through to the scheme's default
            }
        }
        return "https".equals(scheme) ? 443 : 80;
    }

    private static int portOf(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
