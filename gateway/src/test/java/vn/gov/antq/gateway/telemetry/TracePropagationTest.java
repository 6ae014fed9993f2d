package vn.gov.antq.gateway.telemetry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.telemetry.DiscardingSpanExporter;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.TestTokens;
import vn.gov.antq.gateway.testing.Downstream;
import vn.gov.antq.gateway.testing.DownstreamServicesResource;

/** W3C trace context goes from the caller through the gateway to the services, the gateway adding its own span. */
@QuarkusTest
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(DownstreamServicesResource.class)
class TracePropagationTest {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]");
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @Inject
    Instance<SpanExporter> exporters;

    @BeforeEach
    void reset() {
        Downstream.resetAll();
        Downstream.models().register(get(urlPathEqualTo("/api/v1/model-types")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));
    }

    @Test
    void thePassedThroughRequestContinuesTheCallersTraceInAGatewaySpan() {
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ANALYST))
                .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
                .get("/api/v1/model-types").then().statusCode(200);
        Matcher downstream = traceparentSeenBy("/api/v1/model-types");
        assertEquals(TRACE_ID, downstream.group(1), "same trace");
        assertNotEquals(CALLER_SPAN, downstream.group(2), "the gateway's own span is the parent the service sees");
    }

    @Test
    void aCallWithoutTraceContextStartsATraceTheServiceJoins() {
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ANALYST)).get("/api/v1/model-types").then().statusCode(200);
        Matcher downstream = traceparentSeenBy("/api/v1/model-types");
        assertNotEquals("00000000000000000000000000000000", downstream.group(1));
    }

    @Test
    void theViewsStatisticsCallsContinueTheCallersTrace() {
        Downstream.models().register(get(urlPathEqualTo("/api/v1/model-statistics")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"totals\":{\"sites\":{\"records\":1,\"tallies\":0,\"total\":1}},\"groups\":[]}")));
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ANALYST))
                .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
                .queryParam("metric", "models.sites").queryParam("from", "2025-07-01").queryParam("to", "2025-07-31")
                .get("/api/v1/trends").then().statusCode(200).body("points[0].total", org.hamcrest.Matchers.equalTo(1));
        Matcher downstream = traceparentSeenBy("/api/v1/model-statistics");
        assertEquals(TRACE_ID, downstream.group(1), "same trace");
        assertNotEquals(CALLER_SPAN, downstream.group(2));
    }

    @Test
    void withoutAnOtlpEndpointSpansAreDroppedNotSentToACollectorThatIsNotThere() {
        // The OTLP exporter only steps in when QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT names a collector.
        assertEquals(List.of(DiscardingSpanExporter.class), exporters.stream().map(Object::getClass).map(c -> (Class<?>) c)
                .map(c -> c.getName().contains("_ClientProxy") || c.getName().contains("_Subclass") ? c.getSuperclass() : c).toList());
    }

    static Matcher traceparentSeenBy(String path) {
        List<LoggedRequest> requests = Downstream.models().find(getRequestedFor(urlPathEqualTo(path)));
        assertEquals(1, requests.size());
        String traceparent = requests.get(0).getHeader("traceparent");
        Matcher matcher = TRACEPARENT.matcher(String.valueOf(traceparent));
        assertTrue(matcher.matches(), "a W3C traceparent reached the service: " + traceparent);
        return matcher;
    }
}
