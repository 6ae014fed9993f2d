package vn.gov.antq.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the single-host compose file against the apps: each app is a service with its image, the environment it
 * needs (the same names the Kubernetes manifests use), a health check on its own port and readiness path, and
 * {@code depends_on} with {@code condition: service_healthy} on what it talks to; the databases it connects to are
 * the ones the init script creates.
 */
final class ComposeChecker {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([a-z0-9-]+):5432/([a-z0-9_]+)");
    private static final Pattern HTTP_URL = Pattern.compile("http://([a-z0-9-]+):(\\d+)");
    private static final Pattern CREATE_DATABASE = Pattern.compile("(?i)CREATE DATABASE\\s+([a-z0-9_]+)");

    private ComposeChecker() {
    }

    static List<String> check(Map<String, Object> compose, String initScript, Map<String, AppFacts> apps) {
        List<String> out = new ArrayList<>();
        Map<String, Object> services = Yaml.map(compose.get("services"));
        Map<String, Object> postgres = Yaml.map(services.get("postgres"));
        if (postgres.isEmpty() || Yaml.map(postgres.get("healthcheck")).isEmpty()) {
            out.add("compose: a postgres service with a health check is needed");
        }
        Set<String> databases = new java.util.TreeSet<>();
        Matcher created = CREATE_DATABASE.matcher(initScript);
        while (created.find()) {
            databases.add(created.group(1));
        }
        Map<String, Object> declaredSecrets = Yaml.map(compose.get("secrets"));
        for (AppFacts app : apps.values()) {
            String where = "compose " + app.name();
            Map<String, Object> service = Yaml.map(services.get(app.name()));
            if (service.isEmpty()) {
                out.add(where + ": no such service");
                continue;
            }
            String image = String.valueOf(service.get("image"));
            if (!image.matches(".*/" + app.name() + ":.*")) {
                out.add(where + ": image " + image + " is not the " + app.name() + " image");
            }
            Map<String, Object> env = Yaml.map(service.get("environment"));
            for (String name : app.requiredEnv()) {
                if (!env.containsKey(name)) {
                    out.add(where + ": " + name + " is not set, and " + app.name() + " needs it");
                }
            }
            Object httpPort = env.get("QUARKUS_HTTP_PORT");
            int port = httpPort == null ? app.port() : Integer.parseInt(String.valueOf(httpPort));
            if (port != app.port()) {
                out.add(where + ": QUARKUS_HTTP_PORT " + port + " differs from " + app.name() + "'s " + app.port());
            }
            checkHealth(out, where, service, app);
            if (app.hasDatabase()) {
                Matcher m = JDBC_URL.matcher(String.valueOf(env.get("QUARKUS_DATASOURCE_JDBC_URL")));
                if (!m.matches() || !m.group(1).equals("postgres") || !m.group(2).equals(app.databaseName())
                        || !databases.contains(m.group(2))) {
                    out.add(where + ": QUARKUS_DATASOURCE_JDBC_URL must name its database " + app.databaseName()
                            + " on the postgres service, created by the init script " + databases);
                }
                requireHealthyDependency(out, where, service, "postgres");
            }
            if (app.name().equals("gateway")) {
                AppFacts.GATEWAY_SERVICE_URLS.forEach((variable, target) -> {
                    Matcher m = HTTP_URL.matcher(String.valueOf(env.get(variable)));
                    if (!m.matches() || !m.group(1).equals(target) || Integer.parseInt(m.group(2)) != apps.get(target).port()) {
                        out.add(where + ": " + variable + " must be http://" + target + ":" + apps.get(target).port() + ", is " + env.get(variable));
                    }
                    requireHealthyDependency(out, where, service, target);
                });
            }
            for (String property : app.requiredConfigProperties()) {
                if (!env.containsKey(AppFacts.envName(property)) && !configFileFromSecret(env, service, declaredSecrets)) {
                    out.add(where + ": " + property + " has no source (" + AppFacts.envName(property)
                            + " or a QUARKUS_CONFIG_LOCATIONS file under /run/secrets)");
                }
            }
            if (!Boolean.TRUE.equals(service.get("read_only")) || !String.valueOf(service.get("cap_drop")).contains("ALL")) {
                out.add(where + ": must run read-only with all capabilities dropped");
            }
            String user = String.valueOf(service.get("user"));
            if (user.equals("null") || user.equals("0") || user.equals("root")) {
                out.add(where + ": must run as a non-root user");
            }
        }
        return out;
    }

    private static void checkHealth(List<String> out, String where, Map<String, Object> service, AppFacts app) {
        String test = String.join(" ", Yaml.list(Yaml.map(service.get("healthcheck")).get("test")).stream().map(String::valueOf).toList());
        String ready = app.healthPaths().get("readiness");
        if (ready == null || !test.contains("/127.0.0.1/" + app.port() + " ") || !test.contains("GET " + ready + " ")) {
            out.add(where + ": the health check must ask 127.0.0.1:" + app.port() + " for " + ready + ", is: " + test);
        }
    }

    private static void requireHealthyDependency(List<String> out, String where, Map<String, Object> service, String dependency) {
        Object condition = Yaml.map(Yaml.map(service.get("depends_on")).get(dependency)).get("condition");
        if (!"service_healthy".equals(condition)) {
            out.add(where + ": must depend on " + dependency + " with condition: service_healthy");
        }
    }

    private static boolean configFileFromSecret(Map<String, Object> env, Map<String, Object> service, Map<String, Object> declared) {
        String locations = String.valueOf(env.get("QUARKUS_CONFIG_LOCATIONS"));
        for (Object secret : Yaml.list(service.get("secrets"))) {
            if (declared.containsKey(String.valueOf(secret)) && locations.contains("file:/run/secrets/" + secret)) {
                return true;
            }
        }
        return false;
    }
}
