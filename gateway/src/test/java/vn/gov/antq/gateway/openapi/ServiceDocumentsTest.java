package vn.gov.antq.gateway.openapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.gateway.testing.Downstream;
import vn.gov.antq.gateway.testing.DownstreamServicesResource;

/** Swagger UI at the gateway is the one place to try everything: its own document and each service's, through it. */
@QuarkusTest
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(DownstreamServicesResource.class)
class ServiceDocumentsTest {

    private static final String MODELS_DOCUMENT = "openapi: 3.1.0\ninfo:\n  title: ANTQ models-service\n  version: 1.0.0-SNAPSHOT\n"
            + "paths:\n  /api/v1/models:\n    get:\n      operationId: listModels\n";

    @BeforeEach
    void reset() {
        Downstream.resetAll();
    }

    @Test
    void eachServicesDocumentIsServedByTheGatewayWithoutAToken() {
        Downstream.models().register(get(urlEqualTo("/q/openapi")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/yaml;charset=UTF-8").withBody(MODELS_DOCUMENT)));
        Downstream.staffing().register(get(urlEqualTo("/q/openapi?format=json")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"info\":{\"title\":\"ANTQ staffing-service\"}}")));

        given().when().get("/q/openapi/models").then().statusCode(200)
                .contentType(containsString("application/yaml")).body(equalTo(MODELS_DOCUMENT));
        given().queryParam("format", "json").when().get("/q/openapi/staffing").then().statusCode(200)
                .body("info.title", equalTo("ANTQ staffing-service"));
        Downstream.models().verifyThat(1, getRequestedFor(urlPathEqualTo("/q/openapi")));
    }

    @Test
    void anUnknownServiceIs404AndAServiceThatIsDown503() {
        given().when().get("/q/openapi/reports").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("/q/openapi/models"));
        given().when().get("/q/openapi/offline").then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void theGatewaysOwnDocumentStaysItsOwn() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("ANTQ gateway"));
    }

    @Test
    void swaggerUiListsEveryDocument() {
        String config = given().when().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        for (String url : new String[] { "/q/openapi/models", "/q/openapi/activities", "/q/openapi/staffing" }) {
            org.junit.jupiter.api.Assertions.assertTrue(config.contains(url), "Swagger UI offers " + url);
        }
        org.junit.jupiter.api.Assertions.assertTrue(config.contains("gateway"), "Swagger UI offers the gateway's own document");
    }
}
