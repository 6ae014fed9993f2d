package vn.gov.antq.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** The repository's deploy/ material and the apps' facts, shared by the tests. */
final class Deployments {

    static final Path ROOT = AppFacts.repositoryRoot();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    static final Path COMPOSE = ROOT.resolve("deploy/compose");
    static final Map<String, AppFacts> APPS = AppFacts.load(ROOT);
    static final OperatorSecrets SECRETS = OperatorSecrets.fromReadme(ROOT.resolve("deploy/README.md"));

    private Deployments() {
    }

    static List<Map<String, Object>> render(Path kubernetes, String overlay) {
        return Kustomize.build(kubernetes.resolve("overlays").resolve(overlay));
    }

    static List<String> check(Path kubernetes, String overlay) {
        return ManifestChecker.check(overlay, overlay.equals("prod"), render(kubernetes, overlay), APPS, SECRETS);
    }

    /** A copy of deploy/kubernetes in which one file was changed. */
    static Path brokenCopy(Path target, String file, UnaryOperator<String> change) {
        try (Stream<Path> files = Files.walk(KUBERNETES)) {
            for (Path source : files.toList()) {
                Path copy = target.resolve(KUBERNETES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
            Path changed = target.resolve(file);
            String before = Files.readString(changed);
            String after = change.apply(before);
            if (after.equals(before)) {
                throw new IllegalStateException("the change to " + file + " changed nothing");
            }
            Files.writeString(changed, after);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
