package vn.gov.antq.gateway.proxy;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import vn.gov.antq.gateway.config.GatewayConfig;

/**
 * Which service owns a path under {@code /api/v1/}, from {@link GatewayConfig#routes()}. Paths no route names (the
 * gateway's own views and units, or nothing at all) are left to the gateway's JAX-RS resources.
 */
@Singleton
public class RouteTable {

    public static final String API_PREFIX = "/api/v1/";
    /** Query parameter that picks the service of a route several services serve (communes, audit events). */
    public static final String SERVICE_PARAMETER = "service";
    private static final String EVERY_SERVICE = "*";

    private final Map<String, URI> services;
    private final Map<String, Route> routes;

    @Inject
    public RouteTable(GatewayConfig config) {
        Map<String, URI> known = new LinkedHashMap<>();
        // Sorted, so that "*" stands for the services in a stable order.
        new java.util.TreeMap<>(config.services()).forEach((name, service) -> known.put(name, validated(name, service.url())));
        this.services = Collections.unmodifiableMap(known);
        Map<String, Route> table = new LinkedHashMap<>();
        config.routes().forEach((segment, owners) -> table.put(segment, parse(segment, owners)));
        this.routes = Collections.unmodifiableMap(table);
    }

    /** A route: the service used when the caller names none (empty: the caller must), and those it may name. */
    public record Route(String segment, Optional<String> defaultService, List<String> services) {

        public boolean selectable() {
            return services.size() > 1;
        }
    }

    /** The outcome of looking a request up: not ours, refused (400, naming the reason), or a service to send it to. */
    public sealed interface Resolution {
    }

    public record NotRouted() implements Resolution {
    }

    public record Refused(String message) implements Resolution {
    }

    public record Routed(String service, URI baseUrl, Route route) implements Resolution {
    }

    public Map<String, URI> services() {
        return services;
    }

    public Map<String, Route> routes() {
        return routes;
    }

    /**
     * @param path the request path (e.g. {@code /api/v1/models/12/sites})
     * @param requested the values of {@code ?service=} the caller sent (only read for routes several services serve)
     */
    public Resolution resolve(String path, List<String> requested) {
        Optional<Route> route = routeOf(path);
        if (route.isEmpty()) {
            return new NotRouted();
        }
        Route found = route.get();
        if (!found.selectable() || requested == null || requested.isEmpty()) {
            return found.defaultService().<Resolution>map(s -> new Routed(s, services.get(s), found))
                    .orElseGet(() -> new Refused("name the service whose " + found.segment() + " you want: one of "
                            + String.join(", ", found.services())));
        }
        String service = requested.get(0);
        if (requested.size() > 1 || !found.services().contains(service)) {
            return new Refused("must be one of " + String.join(", ", found.services()));
        }
        return new Routed(service, services.get(service), found);
    }

    public Optional<Route> routeOf(String path) {
        if (path == null || !path.startsWith(API_PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(API_PREFIX.length());
        int slash = rest.indexOf('/');
        return Optional.ofNullable(routes.get(slash < 0 ? rest : rest.substring(0, slash)));
    }

    private Route parse(String segment, String owners) {
        Set<String> names = new LinkedHashSet<>();
        Optional<String> defaultService = Optional.empty();
        String[] parts = owners.split("\\|");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.equals(EVERY_SERVICE)) {
                names.addAll(services.keySet());
                continue;
            }
            if (!services.containsKey(part)) {
                throw new IllegalStateException("antq.gateway.routes." + segment + " names '" + part
                        + "', which is not a service in antq.gateway.services (" + String.join(", ", services.keySet()) + ")");
            }
            if (i == 0) {
                defaultService = Optional.of(part);
            }
            names.add(part);
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("antq.gateway.routes." + segment + " names no service");
        }
        return new Route(segment, defaultService, List.copyOf(new ArrayList<>(names)));
    }

    private static URI validated(String name, URI url) {
        boolean http = "http".equals(url.getScheme()) || "https".equals(url.getScheme());
        if (!http || url.getHost() == null || (url.getPath() != null && !url.getPath().isEmpty() && !url.getPath().equals("/"))) {
            throw new IllegalStateException("antq.gateway.services." + name + ".url must be http(s)://host[:port] without a path, not " + url);
        }
        return url;
    }
}
