package vn.gov.antq.gateway.testing;

import com.github.tomakehurst.wiremock.client.WireMock;

/** WireMock clients for the stubbed services of {@link DownstreamServicesResource}. */
public final class Downstream {

    private Downstream() {
    }

    public static WireMock models() {
        return of("models");
    }

    public static WireMock activities() {
        return of("activities");
    }

    public static WireMock staffing() {
        return of("staffing");
    }

    public static int port(String service) {
        String port = System.getProperty(DownstreamServicesResource.PORT_PROPERTY + service);
        if (port == null) {
            throw new IllegalStateException("No stubbed services: annotate the test with @QuarkusTestResource(DownstreamServicesResource.class)");
        }
        return Integer.parseInt(port);
    }

    public static WireMock of(String service) {
        return new WireMock("localhost", port(service));
    }

    public static void resetAll() {
        DownstreamServicesResource.SERVICES.forEach(service -> of(service).resetMappings());
        DownstreamServicesResource.SERVICES.forEach(service -> of(service).resetRequests());
    }
}
