package vn.gov.antq.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.gateway.testing.DownstreamServicesResource;

import static io.restassured.RestAssured.given;

/**
 * The route table stays complete: every {@code /api/v1/...} path a domain service declares in its sources (its own
 * resources, and the commons resources every database service serves) is routed to that service, and no route
 * shadows a path the gateway serves itself. A service that adds a resource without a line in the gateway's
 * application.properties fails this test, naming the line to add.
 */
@QuarkusTest
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(DownstreamServicesResource.class)
class RouteTableCompletenessTest {

    private static final Pattern PATH = Pattern.compile("@Path\\(\"(/api/v1[^\"]*)\"\\)");
    private static final Pattern METHOD_PATH = Pattern.compile("@Path\\(\"(/[^\"]*)\"\\)");
    private static final Map<String, String> MODULES = Map.of(
            "models", "models-service", "activities", "activities-service", "staffing", "staffing-service");

    @Inject
    RouteTable routes;

    @Test
    void everyPathAServiceDeclaresIsRoutedToIt() {
        List<String> missing = new ArrayList<>();
        MODULES.forEach((service, module) -> {
            for (String segment : declaredSegments(Path.of("..", module, "src", "main", "java"))) {
                Optional<RouteTable.Route> route = routes.routeOf("/api/v1/" + segment);
                if (route.isEmpty() || !route.get().services().contains(service)) {
                    missing.add("antq.gateway.routes." + segment + "=" + service + "   (declared by " + module + ")");
                }
            }
        });
        assertTrue(missing.isEmpty(), "Routes missing from gateway/src/main/resources/application.properties:\n" + String.join("\n", missing));
    }

    @Test
    void pathsEveryServiceServesAreSharedByAllThree() {
        for (String segment : declaredSegments(Path.of("..", "commons", "src", "main", "java"))) {
            Optional<RouteTable.Route> route = routes.routeOf("/api/v1/" + segment);
            assertTrue(route.isPresent(), segment + " is served by every service but not routed");
            assertTrue(route.get().services().containsAll(MODULES.keySet()), segment + " must reach every service with ?service=");
        }
        assertEquals(Optional.of("staffing"), routes.routeOf("/api/v1/communes").flatMap(RouteTable.Route::defaultService),
                "staffing-service owns the commune registry (issue 6)");
        assertEquals(Optional.empty(), routes.routeOf("/api/v1/audit-events").flatMap(RouteTable.Route::defaultService),
                "each service has its own audit trail: the caller must pick one");
    }

    @Test
    void noRouteShadowsAPathOfTheGateway() {
        Map<String, Object> paths = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Set<String> shadowed = new TreeSet<>();
        paths.keySet().stream().filter(p -> routes.routeOf(p).isPresent()).forEach(shadowed::add);
        assertTrue(shadowed.isEmpty(), "Routes that would hide the gateway's own operations: " + shadowed);
    }

    /** First path segments after /api/v1/ of the JAX-RS resources under a source root. */
    private static Set<String> declaredSegments(Path sources) {
        Path module = sources.getParent().getParent().getParent();
        assertTrue(Files.isDirectory(module), module.toAbsolutePath() + " not found (the test runs in the gateway module)");
        Set<String> segments = new TreeSet<>();
        if (!Files.isDirectory(sources)) {
            return segments; // a service with no code of its own yet
        }
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                String source = read(file);
                Matcher matcher = PATH.matcher(source);
                while (matcher.find()) {
                    String path = matcher.group(1);
                    if (path.equals("/api/v1") || path.equals("/api/v1/")) {
                        // Class-level /api/v1: the resources are named by the method-level paths.
                        Matcher methods = METHOD_PATH.matcher(source.substring(matcher.end()));
                        while (methods.find()) {
                            segments.add(firstSegment(methods.group(1)));
                        }
                    } else {
                        segments.add(firstSegment(path.substring("/api/v1".length())));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        segments.remove("");
        return segments;
    }

    private static String firstSegment(String path) {
        String rest = path.startsWith("/") ? path.substring(1) : path;
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
