package vn.gov.antq.gateway.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The three domain services as WireMock servers on dynamic ports, plus an address where nothing listens (the
 * "offline" service, for what happens when a service is down). Tests reach the servers through {@link Downstream}:
 * the ports travel in system properties because test resources and tests are loaded by different class loaders.
 */
public class DownstreamServicesResource implements QuarkusTestResourceLifecycleManager {

    static final String PORT_PROPERTY = "antq.test.wiremock.port.";
    public static final List<String> SERVICES = List.of("models", "activities", "staffing");

    private final Map<String, WireMockServer> servers = new LinkedHashMap<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new LinkedHashMap<>();
        for (String service : SERVICES) {
            WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                    .containerThreads(40).jettyStopTimeout(100L)
                    // Like the services, answer as stubbed: WireMock's own gzip would rewrite ETags ("0--gzip").
                    .gzipDisabled(true));
            server.start();
            servers.put(service, server);
            System.setProperty(PORT_PROPERTY + service, String.valueOf(server.port()));
            config.put("antq.gateway.services." + service + ".url", "http://localhost:" + server.port());
        }
        config.put("antq.gateway.services.offline.url", "http://127.0.0.1:" + closedPort());
        config.put("antq.gateway.routes.offline-records", "offline");
        // Short enough for a test to wait out a silent service.
        config.put("antq.gateway.pass-through.idle-timeout", "PT2S");
        return config;
    }

    @Override
    public void stop() {
        servers.values().forEach(WireMockServer::stop);
    }

    /** A port nothing listens on: bound once by the OS, then released. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
