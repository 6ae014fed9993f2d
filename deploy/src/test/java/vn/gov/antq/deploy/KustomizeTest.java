package vn.gov.antq.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer on small kustomizations, feature by feature, as kustomize v5 renders them. */
class KustomizeTest {

    @TempDir
    Path dir;

    @BeforeEach
    void base() throws IOException {
        write("base/kustomization.yaml", """
                resources:
                  - app.yaml
                """);
        write("base/app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: 1
                  template:
                    spec:
                      containers:
                        - name: app
                          image: antq/web:1.0
                          env:
                            - name: A
                              value: "1"
                          ports:
                            - containerPort: 8080
                      tolerations:
                        - key: x
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                spec:
                  ports:
                    - port: 80
                """);
    }

    @Test
    void overlayAddsNamespaceReplicasImagesAndResources() throws IOException {
        write("overlay/kustomization.yaml", """
                namespace: prod
                resources:
                  - ../base
                  - ns.yaml
                replicas:
                  - name: web
                    count: 3
                images:
                  - name: antq/web
                    newName: registry.example/antq/web
                    newTag: "2.0"
                """);
        write("overlay/ns.yaml", """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: prod
                """);
        List<Map<String, Object>> docs = Kustomize.build(dir.resolve("overlay"));
        assertEquals(3, docs.size());
        Map<String, Object> web = docs.get(0);
        assertEquals("prod", Yaml.at(web, "metadata.namespace"));
        assertEquals(3, Yaml.at(web, "spec.replicas"));
        assertEquals("registry.example/antq/web:2.0", Yaml.at(web, "spec.template.spec.containers.0.image"));
        assertEquals("prod", Yaml.at(docs.get(1), "metadata.namespace"));
        assertEquals(null, Yaml.at(docs.get(2), "metadata.namespace"), "a Namespace is cluster-scoped");
    }

    @Test
    void strategicMergePatchMergesContainersByNameAndReplacesOtherLists() throws IOException {
        write("overlay/kustomization.yaml", """
                resources:
                  - ../base
                patches:
                  - path: patch.yaml
                """);
        write("overlay/patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: null
                  template:
                    spec:
                      containers:
                        - name: app
                          env:
                            - name: B
                              value: "2"
                          ports:
                            - containerPort: 8080
                              name: http
                      tolerations:
                        - key: y
                """);
        Map<String, Object> web = Kustomize.build(dir.resolve("overlay")).get(0);
        assertEquals(null, Yaml.at(web, "spec.replicas"), "null deletes");
        assertEquals("antq/web:1.0", Yaml.at(web, "spec.template.spec.containers.0.image"), "merged into the container named app");
        assertEquals(List.of(Map.of("name", "A", "value", "1"), Map.of("name", "B", "value", "2")),
                Yaml.at(web, "spec.template.spec.containers.0.env"), "env merges by name");
        assertEquals(List.of(Map.of("containerPort", 8080, "name", "http")),
                Yaml.at(web, "spec.template.spec.containers.0.ports"), "container ports merge by containerPort");
        assertEquals(List.of(Map.of("key", "y")), Yaml.at(web, "spec.template.spec.tolerations"), "tolerations are replaced");
    }

    @Test
    void patchWithTargetAppliesToEveryMatchingKindWhateverItsOwnName() throws IOException {
        write("overlay/kustomization.yaml", """
                resources:
                  - ../base
                patches:
                  - path: patch.yaml
                    target:
                      kind: Deployment
                """);
        write("overlay/patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: any
                spec:
                  minReadySeconds: 5
                """);
        Map<String, Object> web = Kustomize.build(dir.resolve("overlay")).get(0);
        assertEquals("web", Yaml.at(web, "metadata.name"));
        assertEquals(5, Yaml.at(web, "spec.minReadySeconds"));
    }

    @Test
    void whatItDoesNotRenderIsAnErrorNotSilence() throws IOException {
        write("a/kustomization.yaml", "resources: [../base]\ncommonLabels:\n  team: antq\n");
        assertMessage("kustomization field 'commonLabels' is not supported", dir.resolve("a"));
        write("b/kustomization.yaml", "resources: [../base]\npatches:\n  - path: p.yaml\n");
        write("b/p.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nope\nspec:\n  replicas: 2\n");
        assertMessage("patch p.yaml matches no resource", dir.resolve("b"));
        write("c/kustomization.yaml", "resources: [../base]\nimages:\n  - name: antq/other\n    newTag: x\n");
        assertMessage("images entry antq/other matches no container", dir.resolve("c"));
        write("d/kustomization.yaml", "resources: [../base, ../base/app.yaml]\n");
        assertMessage("resource Deployment/null/web appears twice", dir.resolve("d"));
        write("e/kustomization.yaml", "resources: [../base]\npatches:\n  - path: p.yaml\n");
        write("e/p.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - $patch: delete\n          name: app\n");
        assertMessage("patch directive $patch", dir.resolve("e"));
    }

    @Test
    void imageNamesIgnoreTagsAndDigestsButNotRegistryPorts() {
        assertEquals("registry:5000/antq/web", Kustomize.imageName("registry:5000/antq/web:1.0"));
        assertEquals("antq/web", Kustomize.imageName("antq/web@sha256:abc"));
        assertEquals("registry:5000/antq/web", Kustomize.imageName("registry:5000/antq/web"));
    }

    private void assertMessage(String expected, Path kustomization) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Kustomize.build(kustomization));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private void write(String file, String text) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
