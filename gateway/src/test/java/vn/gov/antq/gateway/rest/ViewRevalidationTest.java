package vn.gov.antq.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Views revalidate their parts with the services (If-None-Match listing the tags kept for each URL, the caller's own
 * token every time) and reuse what was composed from unchanged parts; they carry an ETag of their own. The services'
 * side is stubbed as docs/statistics-contract.md has it: a whole-month window answers under a tag, a request listing
 * it answers 304 naming it. Each test has a month of its own: what the gateway keeps outlives a test.
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

    /** Byte for byte, generatedAt included: the view as composed before (a mismatch is not printed: 34 rows). */
    private static void assertSameBody(Response before, Response now) {
        assertTrue(before.asString().equals(now.asString()), "the same body as before");
    }

    private double calls(String part, String outcome) {
        return registry.counter("antq.gateway.statistics.calls", "part", part, "outcome", outcome).count();
    }

    private double views(String view, String outcome) {
        return registry.counter("antq.gateway.views", "view", view, "outcome", outcome).count();
    }

    @Test
    void anUnchangedViewIsRevalidatedPartByPartAndAnsweredAsComposedBefore() {
        String from = "2024-01-01";
        String to = "2024-01-31";
        models(from, to, 12, "\"s1-m1\"");
        tips(from, to, 40, "\"s1-t1\"");
        double notModified = calls("models", "not_modified");
        double reused = views("national-table", "reused");

        Response first = table(ANALYST, from, to).get(TABLE);
        first.then().statusCode(200).header("Cache-Control", "private, no-cache");
        String etag = first.header("ETag");
        assertTrue(etag != null && etag.matches("\"g1-[0-9a-f]{32}\""), etag);
        assertEquals(Map.of("models", "", "tips", "", "compose", ""), timing(first));
        for (LoggedRequest call : List.of(seen(Downstream.models(), "model-statistics").get(0), seen(Downstream.activities(), "tip-statistics").get(0))) {
            assertNull(call.getHeader("If-None-Match"), "nothing kept yet: a plain GET");
        }

        Downstream.models().resetRequests();
        Downstream.activities().resetRequests();
        Response second = table(ANALYST, from, to).get(TABLE);
        second.then().statusCode(200).header("Cache-Control", "private, no-cache")
                .body("rows.find { it.province.code == '75' }.cells.'models.sites'.total", org.hamcrest.Matchers.equalTo(12))
                .body("national.cells.'tips.received'.total", org.hamcrest.Matchers.equalTo(40));
        assertSameBody(first, second);
        assertEquals(etag, second.header("ETag"));
        assertEquals(Map.of("models", "304", "tips", "304", "compose", "reused"), timing(second));
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
        assertEquals(reused + 1, views("national-table", "reused"));
    }

    @Test
    void aPartAnsweringUnderANewTagChangesTheViewAndItsTag() {
        String from = "2024-02-01";
        String to = "2024-02-29";
        models(from, to, 12, "\"s1-m1\"");
        tips(from, to, 40, "\"s1-t1\"");
        Response first = table(ANALYST, from, to).get(TABLE);
        first.then().statusCode(200).body("national.cells.'models.sites'.total", org.hamcrest.Matchers.equalTo(12));

        // A record was added: models-service's data version, hence its tag, moved on.
        Downstream.models().resetMappings();
        models(from, to, 13, "\"s1-m2\"");
        double fetched = calls("models", "fetched");
        Response second = table(ANALYST, from, to).get(TABLE);
        second.then().statusCode(200)
                .body("national.cells.'models.sites'.total", org.hamcrest.Matchers.equalTo(13))
                .body("rows.find { it.province.code == '75' }.cells.'models.sites'.total", org.hamcrest.Matchers.equalTo(13))
                .body("national.cells.'tips.received'.total", org.hamcrest.Matchers.equalTo(40));
        assertNotEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(Map.of("models", "", "tips", "304", "compose", ""), timing(second), "composed anew");
        assertEquals(fetched + 1, calls("models", "fetched"));
        assertEquals("\"s1-m1\"", seen(Downstream.models(), "model-statistics").get(0).getHeader("If-None-Match"));

        // Both tags are kept for the URL, the newest first; the service names the one that is current.
        Downstream.models().resetRequests();
        Response third = table(ANALYST, from, to).get(TABLE);
        assertEquals("\"s1-m2\", \"s1-m1\"", seen(Downstream.models(), "model-statistics").get(0).getHeader("If-None-Match"));
        assertSameBody(second, third);
        assertEquals(second.header("ETag"), third.header("ETag"));
        assertEquals(Map.of("models", "304", "tips", "304", "compose", "reused"), timing(third));
    }

    @Test
    void aPartWithoutATagIsNeverKeptAndTheViewIsComposedEveryTimeWithoutATag() {
        String from = "2024-03-01";
        String to = "2024-03-31";
        serve(Downstream.models(), request("model-statistics", from, to, null, "province"),
                answer(from, to, totals("sites", 7, 0)).groupBy("province").group(group("75", "Đồng Nai", "sites", 7, 0)).response());
        tips(from, to, 40, "\"s1-t1\"");
        double composed = views("national-table", "composed");

        for (int i = 0; i < 2; i++) {
            Response view = table(ANALYST, from, to).header("If-None-Match", "*").get(TABLE);
            view.then().statusCode(200).body("national.cells.'models.sites'.total", org.hamcrest.Matchers.equalTo(7))
                    .body("national.cells.'tips.received'.total", org.hamcrest.Matchers.equalTo(40));
            assertNull(view.header("ETag"));
            assertNull(view.header("Cache-Control"));
            assertEquals("", timing(view).get("compose"));
        }
        List<LoggedRequest> modelCalls = seen(Downstream.models(), "model-statistics");
        assertEquals(2, modelCalls.size());
        modelCalls.forEach(call -> assertNull(call.getHeader("If-None-Match"), "an answer without a tag is not kept"));
        // The tagged part is revalidated all the same.
        assertEquals("\"s1-t1\"", seen(Downstream.activities(), "tip-statistics").get(1).getHeader("If-None-Match"));
        assertEquals(composed + 2, views("national-table", "composed"));
    }

    @Test
    void a304NamingNoTagSentIsNotTrustedAndThePartIsAskedForInFull() {
        String from = "2024-04-01";
        String to = "2024-04-30";
        models(from, to, 12, "\"s1-m1\"");
        tips(from, to, 40, "\"s1-t1\"");
        Response first = table(ANALYST, from, to).get(TABLE);
        first.then().statusCode(200);

        // models answers 304 naming a tag the gateway never had, tips a 304 naming none; a plain GET gets the figures.
        Downstream.models().resetMappings();
        serve(Downstream.models(), listing(request("model-statistics", from, to, null, "province"), "\"s1-m1\""), notModified("\"s1-other\""));
        serve(Downstream.models(), request("model-statistics", from, to, null, "province").withHeader("If-None-Match", WireMock.absent()),
                answer(from, to, totals("sites", 20, 0)).groupBy("province").group(group("75", "Đồng Nai", "sites", 20, 0))
                        .response("\"s1-m3\""));
        Downstream.activities().resetMappings();
        serve(Downstream.activities(), listing(request("tip-statistics", from, to, null, "province"), "\"s1-t1\""), notModified(null));
        serve(Downstream.activities(), request("tip-statistics", from, to, null, "province").withHeader("If-None-Match", WireMock.absent()),
                answer(from, to, totals("received", 41, 0)).groupBy("province").response("\"s1-t2\""));
        Downstream.models().resetRequests();
        Downstream.activities().resetRequests();

        Response second = table(ANALYST, from, to).get(TABLE);
        second.then().statusCode(200)
                .body("degraded", org.hamcrest.Matchers.empty())
                .body("national.cells.'models.sites'.total", org.hamcrest.Matchers.equalTo(20))
                .body("rows.find { it.province.code == '75' }.cells.'models.sites'.total", org.hamcrest.Matchers.equalTo(20))
                .body("national.cells.'tips.received'.total", org.hamcrest.Matchers.equalTo(41));
        assertNotEquals(first.header("ETag"), second.header("ETag"));
        for (List<LoggedRequest> calls : List.of(seen(Downstream.models(), "model-statistics"), seen(Downstream.activities(), "tip-statistics"))) {
            assertEquals(2, calls.size(), "the revalidation, then the plain GET");
            assertNotNull(calls.get(0).getHeader("If-None-Match"));
            assertNull(calls.get(1).getHeader("If-None-Match"));
        }
    }

    @Test
    void aViewWithAMissingPartIsNeverKeptAndIsComposedAgainOnceThePartRecovers() {
        String from = "2024-05-01";
        String to = "2024-05-31";
        models(from, to, 12, "\"s1-m1\"");
        serve(Downstream.activities(), request("tip-statistics", from, to, null, "province"), aResponse().withStatus(500));
        Response failing = table(ANALYST, from, to).get(TABLE);
        failing.then().statusCode(200).body("degraded.reason", org.hamcrest.Matchers.contains("SERVICE_ERROR"));
        assertNull(failing.header("ETag"));

        // Slow now: given up after the timeout, still nothing kept.
        Downstream.activities().resetMappings();
        serve(Downstream.activities(), request("tip-statistics", from, to, null, "province"),
                answer(from, to, totals("received", 40, 0)).groupBy("province").response("\"s1-t1\"").withFixedDelay(1500));
        Response slow = table(ANALYST, from, to).get(TABLE);
        slow.then().statusCode(200).body("degraded.reason", org.hamcrest.Matchers.contains("TIMEOUT"))
                .body("national.cells.'tips.received'.total", org.hamcrest.Matchers.nullValue())
                .body("national.cells.'models.sites'.total", org.hamcrest.Matchers.equalTo(12));
        assertNull(slow.header("ETag"));
        assertEquals("", timing(slow).get("compose"));

        // Recovered (breaker reset: three failures of four calls would hold it open, which is not what this is about).
        breakers.resetAll();
        Downstream.activities().resetMappings();
        tips(from, to, 40, "\"s1-t1\"");
        Response whole = table(ANALYST, from, to).get(TABLE);
        whole.then().statusCode(200).body("degraded", org.hamcrest.Matchers.empty())
                .body("national.cells.'tips.received'.total", org.hamcrest.Matchers.equalTo(40));
        assertNotNull(whole.header("ETag"));
        assertEquals(Map.of("models", "304", "tips", "", "compose", ""), timing(whole), "composed from the parts, not reused");

        Response again = table(ANALYST, from, to).get(TABLE);
        assertSameBody(whole, again);
        assertEquals(whole.header("ETag"), again.header("ETag"));
        assertEquals("reused", timing(again).get("compose"));
    }

    @Test
    void aClientHoldingTheViewsTagGets304WithoutABodyOnceThePartsAreRevalidated() {
        String from = "2024-06-01";
        String to = "2024-06-30";
        models(from, to, 12, "\"s1-m1\"");
        tips(from, to, 40, "\"s1-t1\"");
        String etag = table(ANALYST, from, to).get(TABLE).then().statusCode(200).extract().header("ETag");
        double notModified = views("national-table", "not_modified");
        Downstream.models().resetRequests();
        Downstream.activities().resetRequests();

        Response current = table(ANALYST, from, to).header("If-None-Match", etag).get(TABLE);
        current.then().statusCode(304).header("ETag", etag).header("Cache-Control", "private, no-cache");
        assertEquals("", current.asString());
        assertEquals("304", timing(current).get("compose"));
        assertEquals(notModified + 1, views("national-table", "not_modified"));
        assertEquals("\"s1-m1\"", seen(Downstream.models(), "model-statistics").get(0).getHeader("If-None-Match"));
        assertEquals("Bearer " + ANALYST, seen(Downstream.models(), "model-statistics").get(0).getHeader("Authorization"));
        assertEquals(1, seen(Downstream.activities(), "tip-statistics").size());

        // Weak comparison, as for any If-None-Match; several tags, one of them current.
        table(ANALYST, from, to).header("If-None-Match", "W/" + etag).get(TABLE).then().statusCode(304);
        table(ANALYST, from, to).header("If-None-Match", "\"g1-0\", " + etag).get(TABLE).then().statusCode(304);
        // Another tag: the view.
        table(ANALYST, from, to).header("If-None-Match", "\"g1-00000000000000000000000000000000\"").get(TABLE).then().statusCode(200)
                .header("ETag", etag).body("national.cells.'models.sites'.total", org.hamcrest.Matchers.equalTo(12));

        // CSV is another representation with a tag of its own.
        Response csv = table(ANALYST, from, to).accept("text/csv").header("If-None-Match", etag).get(TABLE);
        csv.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
        String csvTag = csv.header("ETag");
        assertNotNull(csvTag);
        assertNotEquals(etag, csvTag);
        assertTrue(csv.asString().contains("75,Đồng Nai,"), csv.asString());
        table(ANALYST, from, to).accept("text/csv").header("If-None-Match", csvTag).get(TABLE).then().statusCode(304).header("ETag", csvTag);
        Response csvAgain = table(ANALYST, from, to).accept("text/csv").get(TABLE);
        assertSameBody(csv, csvAgain);
        assertEquals("reused", timing(csvAgain).get("compose"));
    }

    private static final String COMMUNES = "/api/v1/provinces/75/commune-table";

    private static RequestSpecification communes(String token, String from, String to) {
        return given().auth().oauth2(token).queryParam("from", from).queryParam("to", to).queryParam("metrics", "models.sites");
    }

    /** Đồng Nai's model statistics by commune for this caller only: its figures under its tag, 304 to a request listing it. */
    private static void communeModelsFor(String token, String from, String to, int sites, String etag) {
        serve(Downstream.models(), request("model-statistics", from, to, "75", "commune").withHeader("Authorization", equalTo("Bearer " + token)),
                answer(from, to, totals("sites", sites, 0)).group(group("26068", "Phường Tân Phú", "sites", sites, 0)).response(etag));
        serve(Downstream.models(), listing(request("model-statistics", from, to, "75", "commune"), etag)
                .withHeader("Authorization", equalTo("Bearer " + token)), notModified(etag));
    }

    /** The one call the services got since the last reset, with its caller's token. */
    private static LoggedRequest onlyCall(String token) {
        List<LoggedRequest> calls = seen(Downstream.models(), "model-statistics");
        assertEquals(1, calls.size());
        assertEquals("Bearer " + token, calls.get(0).getHeader("Authorization"));
        Downstream.models().resetRequests();
        return calls.get(0);
    }

    @Test
    void eachCallerRevalidatesWithItsOwnTokenAndTheServicesRefusalStands() {
        String from = "2024-07-01";
        String to = "2024-07-31";
        String officer = TestTokens.forRole(Roles.PROVINCE_OFFICER);
        communeModelsFor(ANALYST, from, to, 30, "\"s1-ministry\"");
        // The gateway's own check lets Đồng Nai's officer drill into Đồng Nai; say the service refuses this caller anyway.
        serve(Downstream.models(), request("model-statistics", from, to, "75", "commune")
                .withHeader("Authorization", equalTo("Bearer " + officer)).atPriority(1), aResponse().withStatus(403));

        communes(ANALYST, from, to).get(COMMUNES).then().statusCode(200).header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("totals.'models.sites'.total", org.hamcrest.Matchers.equalTo(30));
        onlyCall(ANALYST);

        Response refused = communes(officer, from, to).get(COMMUNES);
        refused.then().statusCode(200)
                .body("degraded[0].reason", org.hamcrest.Matchers.equalTo("REJECTED"))
                .body("degraded[0].detail", org.hamcrest.Matchers.equalTo("answered 403"))
                .body("totals.'models.sites'.total", org.hamcrest.Matchers.nullValue())
                .body("rows", org.hamcrest.Matchers.empty());
        assertNull(refused.header("ETag"));
        assertTrue(!refused.asString().contains("26068"), refused.asString());
        // It asked with the tag it keeps, but with the officer's token: the service decided.
        assertEquals("\"s1-ministry\"", onlyCall(officer).getHeader("If-None-Match"));

        Response ministryAgain = communes(ANALYST, from, to).get(COMMUNES);
        ministryAgain.then().statusCode(200).body("totals.'models.sites'.total", org.hamcrest.Matchers.equalTo(30));
        assertEquals("reused", timing(ministryAgain).get("compose"));
        onlyCall(ANALYST);
    }

    @Test
    void callersOfDifferentScopesEachKeepTheirOwnTagForTheSameUrl() {
        String from = "2024-08-01";
        String to = "2024-08-31";
        String officer = TestTokens.forRole(Roles.PROVINCE_OFFICER);
        communeModelsFor(ANALYST, from, to, 30, "\"s1-ministry\"");
        communeModelsFor(officer, from, to, 10, "\"s1-officer\"");

        communes(ANALYST, from, to).get(COMMUNES).then().statusCode(200).body("totals.'models.sites'.total", org.hamcrest.Matchers.equalTo(30));
        assertNull(onlyCall(ANALYST).getHeader("If-None-Match"));
        communes(officer, from, to).get(COMMUNES).then().statusCode(200).body("totals.'models.sites'.total", org.hamcrest.Matchers.equalTo(10));
        assertEquals("\"s1-ministry\"", onlyCall(officer).getHeader("If-None-Match"));

        Response ministryAgain = communes(ANALYST, from, to).get(COMMUNES);
        ministryAgain.then().statusCode(200).body("totals.'models.sites'.total", org.hamcrest.Matchers.equalTo(30))
                .body("rows[0].cells.'models.sites'.total", org.hamcrest.Matchers.equalTo(30));
        assertEquals(Map.of("models", "304", "compose", "reused"), timing(ministryAgain));
        assertEquals("\"s1-officer\", \"s1-ministry\"", onlyCall(ANALYST).getHeader("If-None-Match"));

        Response officerAgain = communes(officer, from, to).get(COMMUNES);
        officerAgain.then().statusCode(200).body("totals.'models.sites'.total", org.hamcrest.Matchers.equalTo(10));
        assertEquals(Map.of("models", "304", "compose", "reused"), timing(officerAgain));
        onlyCall(officer);
        assertNotEquals(ministryAgain.header("ETag"), officerAgain.header("ETag"), "a tag per scope");
    }

    /** Đồng Nai's model statistics for one month: its sites under this tag, 304 to a request listing it. */
    private static void monthOfModels(String from, String to, int sites, String etag) {
        serve(Downstream.models(), request("model-statistics", from, to, "75", null),
                answer(from, to, totals("sites", sites, 0)).province("75").response(etag));
        serve(Downstream.models(), listing(request("model-statistics", from, to, "75", null), etag), notModified(etag));
    }

    @Test
    void aTrendIsReusedWhileEveryPeriodIsUnchangedAndComposedAgainWhenOneChanges() {
        RequestSpecification trend = given().auth().oauth2(ANALYST).queryParam("metric", "models.sites").queryParam("interval", "MONTH")
                .queryParam("province", "75").queryParam("from", "2024-09-01").queryParam("to", "2024-10-31");
        monthOfModels("2024-09-01", "2024-09-30", 4, "\"s1-sep\"");
        monthOfModels("2024-10-01", "2024-10-31", 6, "\"s1-oct\"");
        Response first = trend.get("/api/v1/trends");
        first.then().statusCode(200).body("points.total", org.hamcrest.Matchers.contains(4, 6));
        assertNotNull(first.header("ETag"));

        Response second = trend.get("/api/v1/trends");
        assertSameBody(first, second);
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(Map.of("models", "304", "compose", "reused"), timing(second));

        // October gets a record: one period fetched, the trend composed anew.
        Downstream.models().resetMappings();
        monthOfModels("2024-09-01", "2024-09-30", 4, "\"s1-sep\"");
        monthOfModels("2024-10-01", "2024-10-31", 7, "\"s1-oct2\"");
        Response third = trend.get("/api/v1/trends");
        third.then().statusCode(200).body("points.total", org.hamcrest.Matchers.contains(4, 7));
        assertNotEquals(first.header("ETag"), third.header("ETag"));
        assertEquals(Map.of("models", "", "compose", ""), timing(third), "not every call of the part was a 304");
    }

    @Test
    void everyViewDocumentsItsETagAndThe304() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json").asString()).path("paths");
        for (String path : List.of("/api/v1/provinces/{code}/scorecard", "/api/v1/national-table", "/api/v1/province-comparisons",
                "/api/v1/trends", "/api/v1/provinces/{code}/commune-table")) {
            JsonNode responses = paths.path(path).path("get").path("responses");
            assertTrue(responses.path("304").path("description").asText().startsWith("Not Modified"), path);
            assertTrue(responses.path("304").path("headers").path("ETag").path("description").asText().startsWith("Strong entity tag of this view"),
                    path);
            // The view's own wording, not a record's version.
            assertTrue(responses.path("200").path("headers").path("ETag").path("description").asText().startsWith("Strong entity tag of this view"),
                    path + ": " + responses.path("200").path("headers"));
            assertTrue(responses.path("200").path("headers").path("Cache-Control").path("description").asText().startsWith("private, no-cache"),
                    path);
        }
    }
}
