package vn.gov.antq.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.antq.gateway.testing.StatisticsStubs.answer;
import static vn.gov.antq.gateway.testing.StatisticsStubs.group;
import static vn.gov.antq.gateway.testing.StatisticsStubs.listing;
import static vn.gov.antq.gateway.testing.StatisticsStubs.notModified;
import static vn.gov.antq.gateway.testing.StatisticsStubs.request;
import static vn.gov.antq.gateway.testing.StatisticsStubs.serve;
import static vn.gov.antq.gateway.testing.StatisticsStubs.totals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.TestTokens;
import vn.gov.antq.gateway.testing.Downstream;
import vn.gov.antq.gateway.testing.DownstreamServicesResource;

/**
 * Views revalidate their parts with the services: If-None-Match listing the tags kept for each URL, the caller's own
 * token every time. The services' side is stubbed as docs/statistics-contract.md has it: a whole-month window answers
 * under a tag, a request listing it answers 304 naming it. Each test has a month of its own: what the gateway keeps
 * outlives a test.
 */
@QuarkusTest
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(DownstreamServicesResource.class)
class ViewRevalidationTest {

    private static final String ANALYST = TestTokens.forRole(Roles.MINISTRY_ANALYST);
    private static final String TABLE = "/api/v1/national-table";
    private static final String METRICS = "models.sites,tips.received";
    private static final Pattern TIMING_ENTRY = Pattern.compile("([a-z]+);dur=\\d+\\.\\d(?:;desc=\"([^\"]*)\")?");

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void reset() {
        Downstream.resetAll();
        breakers.resetAll();
    }

    private static RequestSpecification table(String token, String from, String to) {
        return given().auth().oauth2(token).queryParam("from", from).queryParam("to", to).queryParam("metrics", METRICS);
    }

    /** models-statistics by province for the window: Đồng Nai's sites under this tag, and 304 to a request listing it. */
    private static void models(String from, String to, int sites, String etag) {
        serve(Downstream.models(), request("model-statistics", from, to, null, "province"),
                answer(from, to, totals("sites", sites, 0)).groupBy("province").group(group("75", "Đồng Nai", "sites", sites, 0))
                        .response(etag));
        serve(Downstream.models(), listing(request("model-statistics", from, to, null, "province"), etag), notModified(etag));
    }

    private static void tips(String from, String to, int received, String etag) {
        serve(Downstream.activities(), request("tip-statistics", from, to, null, "province"),
                answer(from, to, totals("received", received, 0)).groupBy("province")
                        .group(group("79", "Thành phố Hồ Chí Minh", "received", received, 0)).response(etag));
        serve(Downstream.activities(), listing(request("tip-statistics", from, to, null, "province"), etag), notModified(etag));
    }

    private static List<LoggedRequest> seen(WireMock service, String endpoint) {
        return service.find(anyRequestedFor(urlPathEqualTo("/api/v1/" + endpoint)));
    }

    /** Each Server-Timing entry by name → its desc, or "" when it has none. */
    private static Map<String, String> timing(Response response) {
        String header = response.header("Server-Timing");
        assertNotNull(header, "Server-Timing");
        Map<String, String> entries = new LinkedHashMap<>();
        for (String entry : header.split(", ")) {
            Matcher m = TIMING_ENTRY.matcher(entry);
            assertTrue(m.matches(), entry + " in " + header);
            entries.put(m.group(1), m.group(2) == null ? "" : m.group(2));
        }
        return entries;
    }

    private double calls(String part, String outcome) {
        return registry.counter("antq.gateway.statistics.calls", "part", part, "outcome", outcome).count();
    }

    @Test
    void unchangedPartsAreConfirmedBy304AndTheirKeptBodiesUsed() {
        String from = "2024-01-01";
        String to = "2024-01-31";
        models(from, to, 12, "\"s1-m1\"");
        tips(from, to, 40, "\"s1-t1\"");
        double notModified = calls("models", "not_modified");

        Response first = table(ANALYST, from, to).get(TABLE);
        first.then().statusCode(200);
        assertEquals(Map.of("models", "", "tips", "", "compose", ""), timing(first));
        for (LoggedRequest call : List.of(seen(Downstream.models(), "model-statistics").get(0), seen(Downstream.activities(), "tip-statistics").get(0))) {
            assertNull(call.getHeader("If-None-Match"), "nothing kept yet: a plain GET");
        }

        Downstream.models().resetRequests();
        Downstream.activities().resetRequests();
        Response second = table(ANALYST, from, to).get(TABLE);
        second.then().statusCode(200)
                .body("degraded", org.hamcrest.Matchers.empty())
                .body("rows.find { it.province.code == '75' }.cells.'models.sites'.total", org.hamcrest.Matchers.equalTo(12))
                .body("national.cells.'tips.received'.total", org.hamcrest.Matchers.equalTo(40));
        assertEquals(Map.of("models", "304", "tips", "304", "compose", ""), timing(second));
        // Every part was still asked, with the caller's token, listing the tag kept for it.
        List<LoggedRequest> modelCalls = seen(Downstream.models(), "model-statistics");
        List<LoggedRequest> tipCalls = seen(Downstream.activities(), "tip-statistics");
        assertEquals(1, modelCalls.size());
        assertEquals(1, tipCalls.size());
        assertEquals("\"s1-m1\"", modelCalls.get(0).getHeader("If-None-Match"));
        assertEquals("\"s1-t1\"", tipCalls.get(0).getHeader("If-None-Match"));
        assertEquals("Bearer " + ANALYST, modelCalls.get(0).getHeader("Authorization"));
        assertEquals("Bearer " + ANALYST, tipCalls.get(0).getHeader("Authorization"));
        assertEquals(notModified + 1, calls("models", "not_modified"));
    }
}
