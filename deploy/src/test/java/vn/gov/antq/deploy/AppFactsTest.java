package vn.gov.antq.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What the checks expect of a deployment comes from the apps' own configuration. */
class AppFactsTest {

    @Test
    void portsDatabasesAndHealthPathsOfTheRealApps() {
        Map<String, AppFacts> apps = Deployments.APPS;
        assertEquals(8080, apps.get("gateway").port());
        assertEquals(8081, apps.get("models-service").port());
        assertEquals(8082, apps.get("activities-service").port());
        assertEquals(8083, apps.get("staffing-service").port());
        assertEquals(null, apps.get("gateway").databaseName());
        assertEquals("antq_models", apps.get("models-service").databaseName());
        assertEquals("antq_activities", apps.get("activities-service").databaseName());
        assertEquals("antq_staffing", apps.get("staffing-service").databaseName());
        for (AppFacts app : apps.values()) {
            assertEquals(Map.of("liveness", "/q/health/live", "readiness", "/q/health/ready", "startup", "/q/health/started"),
                    app.healthPaths(), app.name());
            // From commons' ${ANTQ_JWT_PUBLIC_KEY_LOCATION:NONE} and ${ANTQ_JWT_ISSUER:NONE}.
            assertTrue(app.requiredEnv().containsAll(Set.of("ANTQ_JWT_PUBLIC_KEY_LOCATION", "ANTQ_JWT_ISSUER")), app.name());
        }
        assertTrue(apps.get("models-service").requiredEnv().contains("QUARKUS_DATASOURCE_PASSWORD"));
        assertEquals(Set.of("antq.tipster.current-key"), apps.get("activities-service").requiredConfigProperties());
    }

    @Test
    void overriddenHealthPathsLocalhostValuesAndPlaceholdersAreFollowed() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.http.port", "9000");
        config.put("quarkus.http.non-application-root-path", "/internal");
        config.put("quarkus.smallrye-health.readiness-path", "can-serve");
        config.put("antq.search.url", "http://localhost:9200");
        config.put("antq.mail.password", "${MAIL_PASSWORD}");
        config.put("antq.optional", "${OPTIONAL_THING:default}");
        AppFacts app = AppFacts.of("x", config, "<artifactId>quarkus-smallrye-health</artifactId>");
        assertEquals("/internal/health/can-serve", app.healthPaths().get("readiness"));
        assertEquals(Set.of("ANTQ_SEARCH_URL", "MAIL_PASSWORD"), app.requiredEnv());
        assertEquals(Map.of(), AppFacts.of("x", config, "<artifactId>quarkus-rest</artifactId>").healthPaths());
    }

    @Test
    void theSecretsTableOfTheOperatorsGuideIsRead() {
        assertEquals(Set.of("public-key-location", "public.pem"), Deployments.SECRETS.keys().get("antq-jwt"));
        assertTrue(Deployments.SECRETS.descriptions().get("antq-tipster-keys").contains("antq.tipster.current-key"));
    }
}
