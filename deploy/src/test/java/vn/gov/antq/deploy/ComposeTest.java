package vn.gov.antq.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ComposeTest {

    private static final String COMPOSE = Deployments.read(Deployments.COMPOSE.resolve("compose.yaml"));
    private static final String INIT = Deployments.read(Deployments.COMPOSE.resolve("initdb/01-databases.sql"));

    @Test
    void composeFileIsConsistentWithTheApps() {
        assertEquals(List.of(), check(COMPOSE));
    }

    @Test
    void mergedDefaultsReachEveryApp() {
        Map<String, Object> gateway = Yaml.map(Yaml.at(Yaml.readAll(COMPOSE).get(0), "services.gateway"));
        assertEquals(true, gateway.get("read_only"));
        assertEquals(List.of("/tmp:size=256m"), gateway.get("tmpfs"));
    }

    @Test
    void brokenCopiesAreReported() {
        assertReported(check(changed("127.0.0.1/8082", "127.0.0.1/8080")),
                "compose activities-service: the health check must ask 127.0.0.1:8082 for /q/health/ready");
        assertReported(check(changed("GET /q/health/ready HTTP/1.0\\\\r\\\\n\\\\r\\\\n' >&3 && head -1 <&3 | grep -q ' 200 '\"]\n      interval: 5s\n      timeout: 3s\n      retries: 5\n      start_period: 60s",
                "GET /q/health HTTP/1.0\\\\r\\\\n\\\\r\\\\n' >&3 && head -1 <&3 | grep -q ' 200 '\"]\n      interval: 5s\n      timeout: 3s\n      retries: 5\n      start_period: 60s")),
                "compose gateway: the health check must ask 127.0.0.1:8080 for /q/health/ready");
        assertReported(check(changed("jdbc:postgresql://postgres:5432/antq_staffing", "jdbc:postgresql://postgres:5432/antq_staff")),
                "compose staffing-service: QUARKUS_DATASOURCE_JDBC_URL must name its database antq_staffing");
        assertReported(check(changed("http://staffing-service:8083", "http://staffing-service:8080")),
                "compose gateway: ANTQ_GATEWAY_SERVICES_STAFFING_URL must be http://staffing-service:8083");
        assertReported(check(changed("      staffing-service:\n        condition: service_healthy", "      staffing-service:\n        condition: service_started")),
                "compose gateway: must depend on staffing-service with condition: service_healthy");
        assertReported(check(changed("      QUARKUS_CONFIG_LOCATIONS: file:/run/secrets/tipster-keys\n", "")),
                "compose activities-service: antq.tipster.current-key has no source");
        assertReported(check(changed("      ANTQ_JWT_ISSUER: ${ANTQ_JWT_ISSUER:?set ANTQ_JWT_ISSUER}\n", "")),
                "compose models-service: ANTQ_JWT_ISSUER is not set, and models-service needs it");
    }

    /** The compose file with its first occurrence of a text replaced (which must be there). */
    private static String changed(String from, String to) {
        int at = COMPOSE.indexOf(from);
        assertTrue(at >= 0, from);
        return COMPOSE.substring(0, at) + to + COMPOSE.substring(at + from.length());
    }

    private static List<String> check(String compose) {
        return ComposeChecker.check(Yaml.readAll(compose).get(0), INIT, Deployments.APPS);
    }

    private static void assertReported(List<String> violations, String expected) {
        assertTrue(violations.stream().anyMatch(v -> v.contains(expected)),
                () -> "expected a violation containing\n  " + expected + "\nbut got\n  " + String.join("\n  ", violations));
    }
}
