package vn.gov.antq.commons.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import vn.gov.antq.commons.security.Roles;

/**
 * What every app of the suite serves besides its API: health, OpenAPI with title/version/description, Swagger UI,
 * Prometheus metrics (any valid token), and problem+json for a route that does not exist. Each app's test extends this.
 */
public abstract class PlatformEndpointsContract {

    /** The {@code info.title} the app's OpenAPI document must carry. */
    protected abstract String expectedTitle();

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessIsUp() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDocumentDescribesTheApp() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo(expectedTitle()))
                .body("info.version", equalTo("1.0.0-SNAPSHOT"))
                .body("info.description", not(emptyOrNullString()))
                .body("components.schemas.keySet()", hasItem("Problem"));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
    }

    @Test
    void prometheusMetricsAreServedToAnyValidToken() {
        given().when().get("/q/metrics").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2(TestTokens.expired(Roles.PARTNER_SYSTEM)).when().get("/q/metrics").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
        given().auth().oauth2(TestTokens.forRole(Roles.PARTNER_SYSTEM)).when().get("/q/metrics")
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void unknownRouteIsProblemJson() {
        given().when().get("/api/v1/does-not-exist").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/does-not-exist"));
    }
}
