package vn.gov.antq.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each app needs from a deployment, read from the apps' own files in this repository (not a copy): its port
 * ({@code quarkus.http.port}), whether it has a database, the health paths it serves (Quarkus SmallRye Health:
 * {@code /<non-application root>/<health root>/live|ready|started}, defaults {@code q}, {@code health}, overridable
 * by properties), and the environment variables it cannot run without in production.
 */
record AppFacts(String name, int port, String databaseName, Map<String, String> healthPaths,
        Set<String> requiredEnv, Set<String> requiredConfigProperties) {

    static final List<String> APPS = List.of("gateway", "models-service", "activities-service", "staffing-service");

    /** The gateway's downstream service URLs (antq.gateway.services.<service>.url). */
    static final Map<String, String> GATEWAY_SERVICE_URLS = Map.of(
            "ANTQ_GATEWAY_SERVICES_MODELS_URL", "models-service",
            "ANTQ_GATEWAY_SERVICES_ACTIVITIES_URL", "activities-service",
            "ANTQ_GATEWAY_SERVICES_STAFFING_URL", "staffing-service");

    private static final Pattern REQUIRED_EXPRESSION = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::NONE)?}");

    boolean hasDatabase() {
        return databaseName != null;
    }

    /** The repository: the tests run in deploy/ (surefire's working directory is the module). */
    static Path repositoryRoot() {
        return Path.of("..").toAbsolutePath().normalize();
    }

    static Map<String, AppFacts> load(Path root) {
        Properties shared = properties(root.resolve("commons/src/main/resources/META-INF/microprofile-config.properties"));
        Map<String, AppFacts> apps = new LinkedHashMap<>();
        for (String name : APPS) {
            Properties own = properties(root.resolve(name).resolve("src/main/resources/application.properties"));
            Map<String, String> config = new LinkedHashMap<>();
            for (Properties p : List.of(shared, own)) {
                p.stringPropertyNames().stream().filter(k -> !k.startsWith("%")).forEach(k -> config.put(k, p.getProperty(k)));
            }
            apps.put(name, of(name, config, pom(root, name)));
        }
        return apps;
    }

    static AppFacts of(String name, Map<String, String> config, String pom) {
        String port = config.get("quarkus.http.port");
        if (port == null) {
            throw new IllegalStateException(name + " sets no quarkus.http.port");
        }
        Set<String> required = new LinkedHashSet<>();
        for (String value : config.values()) {
            Matcher m = REQUIRED_EXPRESSION.matcher(value);
            while (m.find()) {
                required.add(m.group(1));
            }
        }
        // A value that points at this machine works on a developer's laptop only: a deployment must override it.
        config.forEach((key, value) -> {
            if (value.contains("127.0.0.1") || value.contains("localhost")) {
                required.add(envName(key));
            }
        });
        String databaseName = null;
        if (config.containsKey("quarkus.datasource.db-kind")) {
            required.addAll(List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD"));
            String url = config.get("quarkus.datasource.jdbc.url");
            databaseName = url.substring(url.lastIndexOf('/') + 1);
        }
        Set<String> requiredProperties = new LinkedHashSet<>();
        if (name.equals("gateway")) {
            required.addAll(GATEWAY_SERVICE_URLS.keySet());
        }
        if (name.equals("activities-service")) {
            // Without a current tipster key only anonymous tips can be recorded (README, Configuration).
            requiredProperties.add("antq.tipster.current-key");
        }
        Map<String, String> health = new LinkedHashMap<>();
        if (pom.contains("<artifactId>quarkus-smallrye-health</artifactId>")) {
            String base = "/" + config.getOrDefault("quarkus.http.non-application-root-path", "q").replaceAll("^/|/$", "")
                    + "/" + config.getOrDefault("quarkus.smallrye-health.root-path", "health").replaceAll("^/|/$", "");
            health.put("liveness", base + "/" + config.getOrDefault("quarkus.smallrye-health.liveness-path", "live"));
            health.put("readiness", base + "/" + config.getOrDefault("quarkus.smallrye-health.readiness-path", "ready"));
            health.put("startup", base + "/" + config.getOrDefault("quarkus.smallrye-health.startup-path", "started"));
        }
        return new AppFacts(name, Integer.parseInt(port), databaseName, health, required, requiredProperties);
    }

    /** MicroProfile Config's environment variable for a property: non-alphanumerics to '_', upper case. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Properties properties(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String pom(Path root, String name) {
        try {
            return Files.readString(root.resolve(name).resolve("pom.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> names() {
        return new ArrayList<>(APPS);
    }
}
