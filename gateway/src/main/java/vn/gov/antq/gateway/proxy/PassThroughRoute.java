package vn.gov.antq.gateway.proxy;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.opentelemetry.api.OpenTelemetry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.OriginRequestProvider;
import vn.gov.antq.commons.problem.Problem;
import vn.gov.antq.commons.problem.ProblemType;
import vn.gov.antq.gateway.config.GatewayConfig;

/**
 * One base URL: every request under {@code /api/v1/} that the {@link RouteTable} gives to a domain service is passed
 * to it as it came (method, path, query, headers, body streamed both ways) by Vert.x's reverse proxy, and its answer
 * comes back as it was, Location pointing at the gateway. Authentication, scope and validation are the service's:
 * the gateway does not buffer, read or judge the request. Paths the table does not name fall through to the
 * gateway's own resources.
 */
@ApplicationScoped
public class PassThroughRoute {

    /** After the request id (commons, first) and the body limit (-3), before the JAX-RS resources. */
    static final int ORDER = 1000;

    @Inject
    Vertx vertx;

    @Inject
    RouteTable routes;

    @Inject
    GatewayConfig config;

    @Inject
    ProblemWriter problems;

    @Inject
    OpenTelemetry telemetry;

    private final Map<String, HttpProxy> proxies = new LinkedHashMap<>();
    private final Map<String, HttpProxy> documents = new LinkedHashMap<>();

    void install(@Observes Router router) {
        GatewayConfig.PassThrough options = config.passThrough();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) options.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(options.maxConnectionsPerService()));
        routes.services().forEach((name, url) -> {
            proxies.put(name, HttpProxy.reverseProxy(client).origin(origin(client, url, options))
                    .addInterceptor(new ForwardingInterceptor(name, url, this::withoutChoice, problems, options.idleTimeout(), telemetry)));
            documents.put(name, HttpProxy.reverseProxy(client).origin(origin(client, url, options))
                    .addInterceptor(new ForwardingInterceptor(name, url, PassThroughRoute::serviceDocument, problems, options.idleTimeout(), telemetry)));
        });
        router.route(RouteTable.API_PREFIX + "*").order(ORDER).handler(this::route);
        // Swagger UI at the gateway lists each service's document from here (quarkus.swagger-ui.urls.*), so "Try it
        // out" on a service's operation calls the gateway, which passes it on.
        router.get(DOCUMENTS + ":service").order(ORDER).handler(this::document);
    }

    /** The services' OpenAPI documents: {@code /q/openapi/models} is models-service's {@code /q/openapi}. */
    static final String DOCUMENTS = "/q/openapi/";

    private void document(RoutingContext ctx) {
        HttpProxy proxy = documents.get(ctx.pathParam("service"));
        if (proxy == null) {
            problems.write(ctx.request(), 404, "No service is called '" + ctx.pathParam("service") + "'; the documents are "
                    + String.join(", ", documents.keySet().stream().map(s -> DOCUMENTS + s).toList()));
        } else {
            proxy.handle(ctx.request());
        }
    }

    private String withoutChoice(String uri) {
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        return routes.routeOf(path).filter(RouteTable.Route::selectable).isPresent() ? ForwardingInterceptor.withoutServiceParameter(uri) : uri;
    }

    private static String serviceDocument(String uri) {
        int query = uri.indexOf('?');
        return "/q/openapi" + (query < 0 ? "" : uri.substring(query));
    }

    private void route(RoutingContext ctx) {
        RouteTable.Resolution resolution = routes.resolve(ctx.request().path(), ctx.queryParam(RouteTable.SERVICE_PARAMETER));
        if (resolution instanceof RouteTable.NotRouted) {
            ctx.next();
        } else if (resolution instanceof RouteTable.Refused refused) {
            problems.write(ctx.request(), ProblemType.VALIDATION_FAILED, "The service to send this request to is not clear",
                    List.of(new Problem.FieldError(RouteTable.SERVICE_PARAMETER, refused.message())));
        } else if (!ctx.normalizedPath().equals(ctx.request().path())) {
            // The service must see exactly the path the route was chosen by: no dot segments or needless escapes.
            problems.write(ctx.request(), 400, "The path must be in normal form (no '.' or '..' segments, no escaped unreserved characters)");
        } else {
            proxies.get(((RouteTable.Routed) resolution).service()).handle(ctx.request());
        }
    }

    private static OriginRequestProvider origin(HttpClient client, URI url, GatewayConfig.PassThrough options) {
        boolean tls = "https".equals(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
        SocketAddress address = SocketAddress.inetSocketAddress(port, url.getHost());
        return context -> client.request(new RequestOptions()
                .setServer(address)
                .setHost(url.getHost())
                .setPort(port)
                .setSsl(tls)
                .setConnectTimeout(options.connectTimeout().toMillis())
                .setIdleTimeout(options.idleTimeout().toMillis()));
    }
}
