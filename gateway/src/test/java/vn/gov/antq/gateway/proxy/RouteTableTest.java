package vn.gov.antq.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.gov.antq.gateway.config.GatewayConfig;

class RouteTableTest {

    private static RouteTable table(Map<String, String> routes) {
        return new RouteTable(new GatewayConfig() {
            @Override
            public Map<String, DownstreamService> services() {
                return Map.of("models", () -> URI.create("http://models:8081"), "activities", () -> URI.create("http://activities:8082"),
                        "staffing", () -> URI.create("https://staffing.example"));
            }

            @Override
            public Map<String, String> routes() {
                return routes;
            }

            @Override
            public PassThrough passThrough() {
                return new PassThrough() {
                    @Override
                    public Duration connectTimeout() {
                        return Duration.ofSeconds(1);
                    }

                    @Override
                    public Duration idleTimeout() {
                        return Duration.ofSeconds(1);
                    }

                    @Override
                    public int maxConnectionsPerService() {
                        return 1;
                    }
                };
            }
        });
    }

    @Test
    void routesByTheFirstSegmentOnly() {
        RouteTable table = table(Map.of("models", "models", "model-sites", "models", "tips", "activities"));
        assertEquals("models", ((RouteTable.Routed) table.resolve("/api/v1/models/7/sites", List.of())).service());
        assertEquals("activities", ((RouteTable.Routed) table.resolve("/api/v1/tips", List.of())).service());
        assertInstanceOf(RouteTable.NotRouted.class, table.resolve("/api/v1/modelsx", List.of()));
        assertInstanceOf(RouteTable.NotRouted.class, table.resolve("/api/v1/provinces/75", List.of()));
        assertInstanceOf(RouteTable.NotRouted.class, table.resolve("/q/openapi", List.of()));
        assertEquals(Optional.empty(), table.routeOf("/api/v2/models"));
    }

    @Test
    void aServiceParameterOnlyMattersWhereSeveralServicesServe() {
        RouteTable table = table(Map.of("models", "models", "communes", "staffing|*", "audit-events", "*"));
        assertEquals("models", ((RouteTable.Routed) table.resolve("/api/v1/models", List.of("staffing"))).service());
        assertEquals("staffing", ((RouteTable.Routed) table.resolve("/api/v1/communes", List.of())).service());
        assertEquals("models", ((RouteTable.Routed) table.resolve("/api/v1/communes/imports", List.of("models"))).service());
        assertEquals(List.of("staffing", "activities", "models"), table.routeOf("/api/v1/communes").orElseThrow().services());
        assertInstanceOf(RouteTable.Refused.class, table.resolve("/api/v1/audit-events", List.of()));
        assertInstanceOf(RouteTable.Refused.class, table.resolve("/api/v1/audit-events", List.of("gateway")));
        assertInstanceOf(RouteTable.Refused.class, table.resolve("/api/v1/audit-events", List.of("models", "staffing")));
        assertEquals(URI.create("https://staffing.example"), ((RouteTable.Routed) table.resolve("/api/v1/audit-events", List.of("staffing"))).baseUrl());
    }

    @Test
    void aRouteToAnUnknownServiceStopsTheStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> table(Map.of("postings", "stafing")));
        assertTrue(e.getMessage().contains("antq.gateway.routes.postings names 'stafing'"), e.getMessage());
    }

    @Test
    void theServiceParameterIsDroppedAndTheRestKept() {
        assertEquals("/api/v1/communes?province=75&q=ba%20dinh",
                ForwardingInterceptor.withoutServiceParameter("/api/v1/communes?service=models&province=75&q=ba%20dinh"));
        assertEquals("/api/v1/audit-events", ForwardingInterceptor.withoutServiceParameter("/api/v1/audit-events?service=staffing"));
        assertEquals("/api/v1/communes", ForwardingInterceptor.withoutServiceParameter("/api/v1/communes"));
    }
}
