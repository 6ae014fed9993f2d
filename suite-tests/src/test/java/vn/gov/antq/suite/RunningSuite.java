package vn.gov.antq.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import vn.gov.antq.commons.security.DevTokens;

/**
 * The whole suite started by the run command itself ({@code deploy/run-local.sh --demo}), on free ports, with a fresh
 * embedded PostgreSQL in a directory of its own, and the demo data loaded through the APIs. One per test JVM: it is
 * started on first use and stopped (SIGTERM to the launcher, which stops the services, then the database) when the
 * JVM exits.
 */
final class RunningSuite {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final String READY_LINE = "The suite is up.";
    private static RunningSuite instance;

    final int gatewayPort = freePort();
    final int modelsPort = freePort();
    final int activitiesPort = freePort();
    final int staffingPort = freePort();
    final Path root = Path.of(System.getProperty("antq.suite.root", "..")).toAbsolutePath().normalize();
    final Path work;
    /** The database's files: outside the checkout, which the unprivileged user PostgreSQL runs as under root may not enter. */
    final Path dataDir;
    final Path launcherLog;
    private final Process launcher;
    private PrivateKey signingKey;

    static synchronized RunningSuite get() {
        if (instance == null) {
            instance = new RunningSuite();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "suite-stop"));
        }
        return instance;
    }

    private RunningSuite() {
        try {
            Path base = Path.of(System.getProperty("antq.suite.work", "target/suite")).toAbsolutePath();
            Files.createDirectories(base);
            work = Files.createTempDirectory(base, "run-");
            dataDir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "antq-suite-test-");
            launcherLog = work.resolve("launcher.log");
            ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("deploy/run-local.sh").toString(), "--demo")
                    .directory(root.toFile()).redirectErrorStream(true).redirectOutput(launcherLog.toFile());
            Map<String, String> env = builder.environment();
            env.put("ANTQ_RUN_DIR", work.resolve("run").toString());
            env.put("ANTQ_DATA_DIR", dataDir.resolve("pgdata").toString());
            env.put("ANTQ_GATEWAY_PORT", Integer.toString(gatewayPort));
            env.put("ANTQ_MODELS_PORT", Integer.toString(modelsPort));
            env.put("ANTQ_ACTIVITIES_PORT", Integer.toString(activitiesPort));
            env.put("ANTQ_STAFFING_PORT", Integer.toString(staffingPort));
            env.put("ANTQ_READY_TIMEOUT", "300");
            env.put("ANTQ_JAVA_OPTS", "-Xmx256m -XX:TieredStopAtLevel=1");
            // A developer's own settings must not leak into the test's suite.
            env.remove("ANTQ_PG_URL");
            env.remove("ANTQ_MODELS_URL");
            env.remove("ANTQ_ACTIVITIES_URL");
            env.remove("ANTQ_STAFFING_URL");
            launcher = builder.start();
            awaitReady();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            String log = Files.readString(launcherLog, StandardCharsets.UTF_8);
            if (log.contains(READY_LINE)) {
                if (log.contains("did not load completely")) {
                    throw new IllegalStateException("The demo data did not load:\n" + log);
                }
                return;
            }
            if (!launcher.isAlive()) {
                throw new IllegalStateException("The run command exited with " + launcher.exitValue() + ":\n" + log);
            }
            sleep(Duration.ofMillis(500));
        }
        stop();
        throw new IllegalStateException("The suite was not up after " + START_TIMEOUT + ":\n" + Files.readString(launcherLog));
    }

    String gateway() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    String service(String name) {
        return "http://127.0.0.1:" + switch (name) {
            case "models" -> modelsPort;
            case "activities" -> activitiesPort;
            case "staffing" -> staffingPort;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A token the suite accepts: signed with the key pair the run command made for it. */
    synchronized String token(String role, String province, String commune) {
        if (signingKey == null) {
            signingKey = DevTokens.readPrivateKey(work.resolve("run/jwt").resolve(DevTokens.PRIVATE_KEY_FILE));
        }
        return DevTokens.sign(new DevTokens.TokenRequest("suite-test-" + role.toLowerCase(), List.of(role), province, commune, "antq-local",
                Instant.now().minusSeconds(5), Duration.ofMinutes(30)), signingKey);
    }

    /** Stops the suite the way an operator does (SIGTERM to the launcher) and waits until everything is down. */
    synchronized boolean stop() {
        if (!launcher.isAlive()) {
            return true;
        }
        launcher.destroy();
        try {
            return launcher.waitFor(90, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (launcher.isAlive()) {
                launcher.destroyForcibly();
            } else {
                deleteQuietly(dataDir);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A leftover temporary directory is harmless; the test's verdict does not depend on it.
        }
    }

    boolean launcherAlive() {
        return launcher.isAlive();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
