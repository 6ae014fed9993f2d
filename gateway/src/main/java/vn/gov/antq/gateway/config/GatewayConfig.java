package vn.gov.antq.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the domain services are and which of them owns each route. Defaults live in {@code application.properties};
 * an operator overrides a service's address with e.g. {@code ANTQ_GATEWAY_SERVICES_MODELS_URL}.
 */
@ConfigMapping(prefix = "antq.gateway")
public interface GatewayConfig {

    /** The domain services by short name ({@code models}, {@code activities}, {@code staffing}). */
    Map<String, DownstreamService> services();

    /**
     * The route table: the first path segment after {@code /api/v1/} → who serves it. A service name ({@code models});
     * or several separated by {@code |}, of which the caller picks one with {@code ?service=} and the first is the
     * default ({@code staffing|*}: staffing unless the caller names another; {@code *} stands for every service); or
     * {@code *} alone: every service, and the caller must pick one.
     */
    Map<String, String> routes();

    PassThrough passThrough();

    interface DownstreamService {
        /** Base URL: scheme, host and port (no path), e.g. {@code http://localhost:8081}. */
        URI url();
    }

    interface PassThrough {
        /** How long to wait for a connection to a service before answering 503. */
        @WithDefault("PT2S")
        Duration connectTimeout();

        /** How long a service may stay silent (no response headers or body bytes) before answering 504. */
        @WithDefault("PT60S")
        Duration idleTimeout();

        /** Connections kept per service. */
        @WithDefault("64")
        int maxConnectionsPerService();
    }
}
