package vn.gov.antq.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both overlays, rendered, are consistent with the Kubernetes and CloudNativePG APIs and with the apps. */
class OverlaysTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void overlayPassesEveryCheck(String overlay) {
        List<String> violations = Deployments.check(Deployments.KUBERNETES, overlay);
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    @Test
    void prodHasWhatTheIssueAsksFor() {
        Map<String, Long> kinds = kinds("prod");
        assertEquals(4, kinds.get("Deployment"));
        assertEquals(4, kinds.get("Service"));
        assertEquals(4, kinds.get("HorizontalPodAutoscaler"));
        assertEquals(4, kinds.get("PodDisruptionBudget"));
        assertEquals(3, kinds.get("Cluster"));
        assertEquals(3, kinds.get("ScheduledBackup"));
        assertEquals(1, kinds.get("ObjectStore"));
        assertEquals(1, kinds.get("Ingress"));
        for (Map<String, Object> doc : Deployments.render(Deployments.KUBERNETES, "prod")) {
            assertEquals(doc.get("kind").equals("Namespace") ? null : "antq", Yaml.at(doc, "metadata.namespace"));
            if (doc.get("kind").equals("Cluster")) {
                assertEquals(3, Yaml.at(doc, "spec.instances"));
            }
            if (doc.get("kind").equals("Deployment")) {
                assertEquals(2, Yaml.at(doc, "spec.replicas"));
                String image = (String) Yaml.at(doc, "spec.template.spec.containers.0.image");
                assertTrue(image == null || image.startsWith("registry.example.gov.vn/antq/"), image);
            }
        }
    }

    @Test
    void devHasOneOfEachAndNoBackups() {
        Map<String, Long> kinds = kinds("dev");
        assertEquals(4, kinds.get("Deployment"));
        assertEquals(3, kinds.get("Cluster"));
        assertEquals(Set.of(), Set.of("HorizontalPodAutoscaler", "PodDisruptionBudget", "ScheduledBackup", "ObjectStore")
                .stream().filter(kinds::containsKey).collect(Collectors.toSet()));
        for (Map<String, Object> doc : Deployments.render(Deployments.KUBERNETES, "dev")) {
            if (doc.get("kind").equals("Cluster")) {
                assertEquals(1, Yaml.at(doc, "spec.instances"));
            }
        }
    }

    @Test
    void everyServiceMigratesAtStartSoFlywaysLockGuardsConcurrentStarts() {
        for (AppFacts app : Deployments.APPS.values()) {
            if (app.hasDatabase()) {
                String properties = Deployments.read(Deployments.ROOT.resolve(app.name()).resolve("src/main/resources/application.properties"));
                assertTrue(properties.contains("\nquarkus.flyway.migrate-at-start=true"), app.name());
            }
        }
    }

    private static Map<String, Long> kinds(String overlay) {
        return Deployments.render(Deployments.KUBERNETES, overlay).stream()
                .collect(Collectors.groupingBy(d -> (String) d.get("kind"), Collectors.counting()));
    }
}
