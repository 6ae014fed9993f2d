package vn.gov.antq.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where kubectl (with its built-in kustomize) is installed, the renderer must produce the same documents for both
 * overlays. Skipped on machines without kubectl: the build never needs it.
 */
class KubectlAgreementTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void rendererAgreesWithKubectlKustomize(String overlay) throws IOException, InterruptedException {
        String kubectl = onPath("kubectl");
        assumeTrue(kubectl != null, "kubectl is not installed");
        Process process = new ProcessBuilder(kubectl, "kustomize", Deployments.KUBERNETES.resolve("overlays").resolve(overlay).toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(process.waitFor(60, TimeUnit.SECONDS), "kubectl did not answer");
        assertEquals(0, process.exitValue(), output);
        assertEquals(byId(Yaml.readAll(output)), byId(Deployments.render(Deployments.KUBERNETES, overlay)));
    }

    private static Map<String, Object> byId(List<Map<String, Object>> docs) {
        Map<String, Object> byId = new TreeMap<>();
        docs.forEach(d -> byId.put(d.get("kind") + "/" + Yaml.at(d, "metadata.namespace") + "/" + Kustomize.name(d), d));
        return byId;
    }

    private static String onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File file = new File(dir, command);
            if (file.canExecute()) {
                return file.getPath();
            }
        }
        return null;
    }
}
