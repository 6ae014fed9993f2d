package vn.gov.antq.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gov.antq.gateway.testing.StatisticsStubs.answer;
import static vn.gov.antq.gateway.testing.StatisticsStubs.group;
import static vn.gov.antq.gateway.testing.StatisticsStubs.request;
import static vn.gov.antq.gateway.testing.StatisticsStubs.serve;
import static vn.gov.antq.gateway.testing.StatisticsStubs.totals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.TestTokens;
import vn.gov.antq.gateway.testing.Downstream;
import vn.gov.antq.gateway.testing.DownstreamServicesResource;

/**
 * A service that is missing, failing, slow or broken leaves its part null (never 0) and named in {@code degraded};
 * the view still answers 200 within a bounded time. Test timings: 1 s timeout per call, breaker over the last 4
 * calls, open for 2 s (application.properties, %test).
 */
@QuarkusTest
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(DownstreamServicesResource.class)
class ViewDegradationTest {

    private static final String FROM = "2025-07-01";
    private static final String TO = "2025-12-31";

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        Downstream.resetAll();
        breakers.resetAll();
    }

    private static RequestSpecification analyst() {
        return given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ANALYST)).queryParam("from", FROM).queryParam("to", TO);
    }

    /** Every part of Đồng Nai's scorecard answers, except those the test breaks afterwards. */
    private static void wholeScorecard() {
        serve(Downstream.models(), request("model-statistics", FROM, TO, "75", null), answer(FROM, TO, totals("sites", 5, 0)).response());
        serve(Downstream.activities(), request("activity-statistics", FROM, TO, "75", null),
                answer(FROM, TO, totals("participants", 100, 0)).response());
        serve(Downstream.activities(), request("tip-statistics", FROM, TO, "75", null),
                answer(FROM, TO, totals("received", 10, 0, "valuable", 4, 0)).response());
        serve(Downstream.activities(), request("weapon-handover-statistics", FROM, TO, "75", null),
                answer(FROM, TO, totals("guns", 2, 0)).response());
        serve(Downstream.staffing(), request("staffing-statistics", FROM, TO, "75", null),
                answer(FROM, TO, totals("regularOfficers", 454, 0)).response());
    }

    private static int calls(WireMock service, String endpoint) {
        return service.find(anyRequestedFor(urlPathEqualTo("/api/v1/" + endpoint))).size();
    }

    @Test
    void aMissingEndpointLeavesItsFiguresNullAndIsNotRetried() {
        wholeScorecard();
        Downstream.staffing().resetMappings(); // staffing-statistics answers 404, as before staffing-service serves it
        analyst().get("/api/v1/provinces/75/scorecard").then().statusCode(200)
                .body("parts.find { it.part == 'staffing' }.available", equalTo(false))
                .body("parts.find { it.part == 'staffing' }.figures.regularOfficers.total", nullValue())
                .body("parts.find { it.part == 'staffing' }.figures.values().total", everyItem(nullValue()))
                .body("parts.find { it.part == 'staffing' }.figures.values().records", everyItem(nullValue()))
                .body("parts.find { it.part == 'models' }.figures.sites.total", equalTo(5))
                .body("degraded", hasSize(1))
                .body("degraded[0].part", equalTo("staffing"))
                .body("degraded[0].service", equalTo("staffing-service"))
                .body("degraded[0].endpoint", equalTo("/api/v1/staffing-statistics"))
                .body("degraded[0].reason", equalTo("REJECTED"))
                .body("degraded[0].detail", equalTo("answered 404"));
        assertEquals(1, calls(Downstream.staffing(), "staffing-statistics"));
    }

    @Test
    void aFailingServiceIsAskedTwiceThenItsPartIsMissing() {
        wholeScorecard();
        serve(Downstream.activities(), request("tip-statistics", FROM, TO, "75", null),
                aResponse().withStatus(500).withHeader("Content-Type", "application/problem+json").withBody("{\"status\":500}"));
        analyst().get("/api/v1/provinces/75/scorecard").then().statusCode(200)
                .body("parts.find { it.part == 'tips' }.available", equalTo(false))
                .body("parts.find { it.part == 'tips' }.figures.valuableRatio.total", nullValue())
                .body("parts.find { it.part == 'activities' }.figures.participants.total", equalTo(100))
                .body("degraded.reason", contains("SERVICE_ERROR"))
                .body("degraded.detail", contains("answered 500"));
        assertEquals(2, calls(Downstream.activities(), "tip-statistics"));
    }

    @Test
    void aSlowServiceIsGivenUpAfterTheTimeoutWithoutARetry() {
        wholeScorecard();
        serve(Downstream.models(), request("model-statistics", FROM, TO, "75", null),
                answer(FROM, TO, totals("sites", 5, 0)).response().withFixedDelay(3000));
        analyst().get("/api/v1/provinces/75/scorecard").then().statusCode(200).time(lessThan(2500L))
                .body("parts.find { it.part == 'models' }.available", equalTo(false))
                .body("parts.find { it.part == 'models' }.figures.sites.total", nullValue())
                .body("parts.find { it.part == 'staffing' }.figures.regularOfficers.total", equalTo(454))
                .body("degraded.reason", contains("TIMEOUT"));
        assertEquals(1, calls(Downstream.models(), "model-statistics"));
    }

    @Test
    void aServiceSlowerThanUsualButInTimeIsWaitedFor() {
        wholeScorecard();
        serve(Downstream.models(), request("model-statistics", FROM, TO, "75", null),
                answer(FROM, TO, totals("sites", 5, 0)).response().withFixedDelay(400));
        analyst().get("/api/v1/provinces/75/scorecard").then().statusCode(200)
                .body("degraded", empty())
                .body("parts.find { it.part == 'models' }.figures.sites.total", equalTo(5));
    }

    @Test
    void brokenConnectionsAndAnswersOutsideTheContractAreMissingParts() {
        wholeScorecard();
        serve(Downstream.activities(), request("weapon-handover-statistics", FROM, TO, "75", null),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        serve(Downstream.activities(), request("activity-statistics", FROM, TO, "75", null),
                aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"items\":[]}"));
        analyst().get("/api/v1/provinces/75/scorecard").then().statusCode(200)
                .body("parts.find { it.part == 'handovers' }.available", equalTo(false))
                .body("parts.find { it.part == 'activities' }.available", equalTo(false))
                .body("degraded.find { it.part == 'handovers' }.reason", equalTo("UNREACHABLE"))
                .body("degraded.find { it.part == 'activities' }.reason", equalTo("INVALID_ANSWER"))
                .body("parts.find { it.part == 'tips' }.figures.valuableRatio.total", equalTo(0.4f));
    }

    @Test
    void aTrendPeriodThatFailsIsNullAndNamed() {
        serve(Downstream.models(), request("model-statistics", "2025-07-01", "2025-09-30", null, null),
                answer("2025-07-01", "2025-09-30", totals("sites", 40, 0)).response());
        serve(Downstream.models(), request("model-statistics", "2025-10-01", "2025-12-31", null, null),
                aResponse().withStatus(503));
        analyst().queryParam("metric", "models.sites").queryParam("interval", "QUARTER").get("/api/v1/trends")
                .then().statusCode(200)
                .body("points.period", contains("2025-Q3", "2025-Q4"))
                .body("points.total", contains(40, null))
                .body("points[1].per10kInhabitants", nullValue())
                .body("degraded", hasSize(1))
                .body("degraded[0].period", equalTo("2025-Q4"))
                .body("degraded[0].reason", equalTo("SERVICE_ERROR"));
    }

    @Test
    void aDegradedCsvSaysWhatIsMissingInAHeaderAndLeavesItsCellsEmpty() {
        serve(Downstream.models(), request("model-statistics", FROM, TO, null, "province"),
                answer(FROM, TO, totals("sites", 5, 0)).group(group("75", "Đồng Nai", "sites", 5, 0)).response());
        String csv = analyst().accept("text/csv").queryParam("metrics", "models.sites,staffing.vacancies")
                .get("/api/v1/national-table")
                .then().statusCode(200).header("X-Antq-Degraded", "staffing (REJECTED)")
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("\r\n75,Đồng Nai,4374000,95,5,5,0,0.011,0.053,1,,,,,,\r\n"), csv);
    }

    @Test
    void theBreakerOpensOnRepeatedFailuresAndClosesOnceTheServiceRecovers() throws InterruptedException {
        serve(Downstream.staffing(), request("staffing-statistics", FROM, TO, null, "province"), aResponse().withStatus(500));
        RequestSpecification table = analyst().queryParam("metrics", "staffing.vacancies");

        // Two views, each a call and its retry: four failures in the last four calls open the breaker.
        table.get("/api/v1/national-table").then().statusCode(200).body("degraded[0].reason", equalTo("SERVICE_ERROR"));
        table.get("/api/v1/national-table").then().statusCode(200).body("degraded[0].reason", equalTo("SERVICE_ERROR"));
        assertEquals(4, calls(Downstream.staffing(), "staffing-statistics"));

        // Open: the service is not asked at all (counted below), and the view still answers.
        table.get("/api/v1/national-table").then().statusCode(200)
                .body("degraded[0].reason", equalTo("CIRCUIT_OPEN"))
                .body("national.cells.'staffing.vacancies'.total", nullValue());
        assertEquals(4, calls(Downstream.staffing(), "staffing-statistics"));

        // The service recovers; after the breaker's delay a trial call goes through and the view is whole again.
        Downstream.staffing().resetMappings(); // (clears WireMock's request log too)
        serve(Downstream.staffing(), request("staffing-statistics", FROM, TO, null, "province"),
                answer(FROM, TO, totals("vacancies", 12, 0)).group(group("75", "Đồng Nai", "vacancies", 12, 0)).response());
        Thread.sleep(2300);
        for (int i = 0; i < 3; i++) {
            table.get("/api/v1/national-table").then().statusCode(200)
                    .body("degraded", empty())
                    .body("national.cells.'staffing.vacancies'.total", equalTo(12))
                    .body("rows.find { it.province.code == '75' }.cells.'staffing.vacancies'.rank", equalTo(1));
        }
        assertEquals(3, calls(Downstream.staffing(), "staffing-statistics"));
    }
}
