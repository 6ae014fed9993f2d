package vn.gov.antq.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.TestTokens;
import vn.gov.antq.gateway.testing.Downstream;
import vn.gov.antq.gateway.testing.DownstreamServicesResource;

@QuarkusTest
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(DownstreamServicesResource.class)
class PassThroughTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String NOT_FOUND_BODY = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"No model with id 999\",\"instance\":\"/api/v1/models/999\",\"requestId\":\"from-the-service\"}";

    @TestHTTPResource("/")
    java.net.URL gateway;

    private final WireMock models = Downstream.models();
    private final WireMock activities = Downstream.activities();
    private final WireMock staffing = Downstream.staffing();

    @BeforeEach
    void reset() {
        Downstream.resetAll();
    }

    private String gatewayAuthority() {
        return gateway.getHost() + ":" + gateway.getPort();
    }

    @Test
    void getGoesToTheOwnerWithPathQueryAndHeadersUnchanged() {
        models.register(get(urlPathEqualTo("/api/v1/models")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("Cache-Control", "private, no-cache")
                .withHeader("X-Total-Hint", "1").withBody("{\"items\":[{\"id\":7,\"name\":\"Tổ an ninh nhân dân\"}]}")));
        String token = TestTokens.forRole(Roles.PROVINCE_OFFICER);

        given().auth().oauth2(token).header("X-Request-Id", "req-pass-through-1")
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .queryParam("province", "75").queryParam("q", "tổ an ninh").queryParam("sort", "name,desc")
                .when().get("/api/v1/models")
                .then().statusCode(200).contentType("application/json")
                .header("X-Request-Id", "req-pass-through-1")
                .header("Cache-Control", "private, no-cache")
                .header("X-Total-Hint", "1")
                .body("items[0].name", org.hamcrest.Matchers.equalTo("Tổ an ninh nhân dân"));

        LoggedRequest seen = single(models, getRequestedFor(urlPathEqualTo("/api/v1/models")));
        assertEquals("75", seen.queryParameter("province").firstValue());
        assertEquals("tổ an ninh", seen.queryParameter("q").firstValue());
        assertEquals("name,desc", seen.queryParameter("sort").firstValue());
        assertEquals("Bearer " + token, seen.getHeader("Authorization"));
        assertEquals("req-pass-through-1", seen.getHeader("X-Request-Id"));
        assertTrue(seen.getHeader("traceparent").startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-"), seen.getHeader("traceparent"));
        assertEquals(gatewayAuthority(), seen.getHeader("X-Forwarded-Host"));
        assertEquals("http", seen.getHeader("X-Forwarded-Proto"));
        assertEquals(String.valueOf(gateway.getPort()), seen.getHeader("X-Forwarded-Port"));
        assertEquals(0, count(activities) + count(staffing), "nothing reaches the other services");
    }

    @Test
    void eachServiceGetsItsOwnRoutes() {
        models.register(any(urlPathEqualTo("/api/v1/model-tallies/3")).willReturn(json("{\"s\":\"models\"}")));
        activities.register(any(urlPathEqualTo("/api/v1/tips/5/status-changes")).willReturn(json("{\"s\":\"activities\"}")));
        staffing.register(any(urlPathEqualTo("/api/v1/postings")).willReturn(json("{\"s\":\"staffing\"}")));
        String token = TestTokens.forRole(Roles.MINISTRY_ADMIN);
        given().auth().oauth2(token).get("/api/v1/model-tallies/3").then().statusCode(200).body("s", org.hamcrest.Matchers.equalTo("models"));
        given().auth().oauth2(token).get("/api/v1/tips/5/status-changes").then().statusCode(200).body("s", org.hamcrest.Matchers.equalTo("activities"));
        given().auth().oauth2(token).get("/api/v1/postings").then().statusCode(200).body("s", org.hamcrest.Matchers.equalTo("staffing"));
    }

    @Test
    void createWithIdempotencyKeyIsRelayedAndItsLocationPointsAtTheGateway() {
        String body = "{\"name\":\"Camera an ninh\",\"provinceCode\":\"75\"}";
        String wiremockLocation = "http://localhost:" + Downstream.port("models") + "/api/v1/models/42";
        models.register(post(urlEqualTo("/api/v1/models")).withHeader("Idempotency-Key", equalTo("key-1"))
                .withRequestBody(equalToJson(body)).willReturn(aResponse().withStatus(201)
                        .withHeader("Content-Type", "application/json").withHeader("Location", wiremockLocation)
                        .withHeader("ETag", "\"0\"").withBody("{\"id\":42,\"version\":0}")));
        String token = TestTokens.forRole(Roles.PROVINCE_OFFICER);

        given().auth().oauth2(token).header("Idempotency-Key", "key-1").contentType("application/json").body(body)
                .when().post("/api/v1/models")
                .then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", "http://" + gatewayAuthority() + "/api/v1/models/42")
                .body("id", org.hamcrest.Matchers.equalTo(42));

        LoggedRequest seen = single(models, postRequestedFor(urlEqualTo("/api/v1/models")));
        assertEquals("key-1", seen.getHeader("Idempotency-Key"));
        assertEquals("application/json", seen.getHeader("Content-Type").split(";")[0]);
    }

    @Test
    void idempotentReplayIsRelayedAsTheServiceGivesIt() {
        // The service remembers the first answer; the gateway must hand the replay over untouched.
        models.register(post(urlEqualTo("/api/v1/model-types")).withHeader("Idempotency-Key", equalTo("replayed-key"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withHeader("Location", "/api/v1/model-types/CAMERA").withHeader("ETag", "\"0\"")
                        .withHeader("Idempotent-Replayed", "true").withBody("{\"code\":\"CAMERA\"}")));
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN)).header("Idempotency-Key", "replayed-key")
                .contentType("application/json").body("{\"code\":\"CAMERA\"}")
                .when().post("/api/v1/model-types")
                .then().statusCode(201).header("Idempotent-Replayed", "true").header("ETag", "\"0\"")
                .header("Location", "/api/v1/model-types/CAMERA");
    }

    @Test
    void staleIfMatchGets412WithTheCurrentETagAsTheServiceAnswers() {
        String problem = "{\"type\":\"urn:antq:problem:precondition-failed\",\"title\":\"Precondition failed\",\"status\":412,"
                + "\"detail\":\"The record has changed: its current ETag is \\\"3\\\"\",\"instance\":\"/api/v1/models/42\"}";
        models.register(put(urlEqualTo("/api/v1/models/42")).withHeader("If-Match", equalTo("\"1\""))
                .willReturn(aResponse().withStatus(412).withHeader("Content-Type", PROBLEM).withHeader("ETag", "\"3\"").withBody(problem)));
        Response response = given().auth().oauth2(TestTokens.forRole(Roles.PROVINCE_OFFICER)).header("If-Match", "\"1\"")
                .contentType("application/json").body("{\"name\":\"x\"}")
                .when().put("/api/v1/models/42");
        response.then().statusCode(412).contentType(PROBLEM).header("ETag", "\"3\"");
        assertEquals(problem, response.asString());
    }

    @Test
    void conditionalGetGets304WithoutBody() {
        models.register(get(urlEqualTo("/api/v1/models/42")).withHeader("If-None-Match", equalTo("\"3\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"3\"")));
        given().auth().oauth2(TestTokens.forRole(Roles.PROVINCE_OFFICER)).header("If-None-Match", "\"3\"")
                .when().get("/api/v1/models/42")
                .then().statusCode(304).header("ETag", "\"3\"").body(emptyString());
    }

    @Test
    void problemBodiesAndStatusesComeBackUnchanged() {
        models.register(get(urlEqualTo("/api/v1/models/999")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", PROBLEM).withBody(NOT_FOUND_BODY)));
        models.register(delete(urlEqualTo("/api/v1/model-sites/5")).willReturn(aResponse().withStatus(428)
                .withHeader("Content-Type", PROBLEM).withBody("{\"type\":\"urn:antq:problem:precondition-required\",\"status\":428}")));
        Response notFound = given().auth().oauth2(TestTokens.forRole(Roles.PROVINCE_OFFICER)).when().get("/api/v1/models/999");
        notFound.then().statusCode(404).contentType(PROBLEM);
        assertEquals(NOT_FOUND_BODY, notFound.asString());
        given().auth().oauth2(TestTokens.forRole(Roles.PROVINCE_OFFICER)).when().delete("/api/v1/model-sites/5")
                .then().statusCode(428).contentType(PROBLEM).body("status", org.hamcrest.Matchers.equalTo(428));
        models.verifyThat(1, deleteRequestedFor(urlEqualTo("/api/v1/model-sites/5")));
    }

    @Test
    void requestsWithoutTokenReachTheServiceWhichDecides() {
        // Citizens file tips without an account; a missing token elsewhere is the service's 401 to give.
        activities.register(post(urlEqualTo("/api/v1/public/tips")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"receiptCode\":\"R-1\"}")));
        models.register(get(urlEqualTo("/api/v1/models")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", PROBLEM).withHeader("WWW-Authenticate", "Bearer").withBody("{\"status\":401}")));
        given().header("Idempotency-Key", "anon-1").contentType("application/json").body("{\"summary\":\"Có người mua bán ma túy\"}")
                .when().post("/api/v1/public/tips")
                .then().statusCode(201).body("receiptCode", org.hamcrest.Matchers.equalTo("R-1"));
        given().when().get("/api/v1/models").then().statusCode(401).header("WWW-Authenticate", "Bearer");
        assertNull(single(activities, postRequestedFor(urlEqualTo("/api/v1/public/tips"))).getHeader("Authorization"));
    }

    @Test
    void largeBodiesAreStreamedBothWays() {
        byte[] upload = new byte[1_800_000];
        new Random(7).nextBytes(upload);
        byte[] download = new byte[3_000_000];
        new Random(8).nextBytes(download);
        staffing.register(post(urlEqualTo("/api/v1/communes/imports")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"inserted\":3321}")));
        activities.register(get(urlEqualTo("/api/v1/activities/changes?updatedSince=2025-01-01T00:00:00Z")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/octet-stream").withBody(download)));

        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN)).contentType("text/csv").body(upload)
                .when().post("/api/v1/communes/imports")
                .then().statusCode(200).body("inserted", org.hamcrest.Matchers.equalTo(3321));
        assertArrayEquals(upload, single(staffing, postRequestedFor(urlEqualTo("/api/v1/communes/imports"))).getBody());

        byte[] received = given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN)).urlEncodingEnabled(false)
                .when().get("/api/v1/activities/changes?updatedSince=2025-01-01T00:00:00Z")
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(download, received);
    }

    @Test
    void sharedRoutesGoToTheChosenServiceWithoutTheChoiceInTheQuery() {
        staffing.register(get(urlPathEqualTo("/api/v1/communes")).willReturn(json("{\"from\":\"staffing\"}")));
        models.register(get(urlPathEqualTo("/api/v1/communes")).willReturn(json("{\"from\":\"models\"}")));
        activities.register(get(urlPathEqualTo("/api/v1/audit-events")).willReturn(json("{\"from\":\"activities\"}")));
        String token = TestTokens.forRole(Roles.MINISTRY_ADMIN);

        given().auth().oauth2(token).queryParam("province", "75").get("/api/v1/communes")
                .then().statusCode(200).body("from", org.hamcrest.Matchers.equalTo("staffing"));
        given().auth().oauth2(token).queryParam("province", "75").queryParam("service", "models").get("/api/v1/communes")
                .then().statusCode(200).body("from", org.hamcrest.Matchers.equalTo("models"));
        given().auth().oauth2(token).queryParam("service", "activities").queryParam("resourceType", "tip").get("/api/v1/audit-events")
                .then().statusCode(200).body("from", org.hamcrest.Matchers.equalTo("activities"));

        LoggedRequest toModels = single(models, getRequestedFor(urlPathEqualTo("/api/v1/communes")));
        assertEquals("/api/v1/communes?province=75", toModels.getUrl());
        assertEquals("/api/v1/audit-events?resourceType=tip", single(activities, getRequestedFor(urlPathEqualTo("/api/v1/audit-events"))).getUrl());
    }

    @Test
    void aSharedRouteWithoutAChoiceOrWithAnUnknownOneIs400() {
        String token = TestTokens.forRole(Roles.MINISTRY_ADMIN);
        given().auth().oauth2(token).get("/api/v1/audit-events")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", org.hamcrest.Matchers.equalTo("urn:antq:problem:validation-failed"))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("service"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("activities, models, offline, staffing"));
        given().auth().oauth2(token).queryParam("service", "gateway").get("/api/v1/communes")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", org.hamcrest.Matchers.equalTo("service"));
        assertEquals(0, count(models) + count(activities) + count(staffing));
    }

    @Test
    void aServiceThatIsDownIs503ProblemJsonAtOnce() {
        long started = System.nanoTime();
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN)).header("X-Request-Id", "req-offline-1")
                .contentType("application/json").body("{\"a\":1}")
                .when().post("/api/v1/offline-records")
                .then().statusCode(503).contentType(PROBLEM)
                .body("status", org.hamcrest.Matchers.equalTo(503))
                .body("detail", org.hamcrest.Matchers.containsString("offline-service"))
                .body("instance", org.hamcrest.Matchers.equalTo("/api/v1/offline-records"))
                .body("requestId", org.hamcrest.Matchers.equalTo("req-offline-1"));
        assertTrue((System.nanoTime() - started) / 1_000_000 < 3000, "answered without waiting long");
    }

    @Test
    void aSilentServiceIs504AfterTheIdleTimeout() {
        models.register(get(urlEqualTo("/api/v1/models/1")).willReturn(aResponse().withStatus(200).withFixedDelay(6000)));
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN))
                .when().get("/api/v1/models/1")
                .then().time(lessThan(5000L)).statusCode(504).contentType(PROBLEM)
                .body("detail", org.hamcrest.Matchers.containsString("models-service did not answer"));
    }

    @Test
    void aServiceBreakingOffIs502() {
        staffing.register(get(urlEqualTo("/api/v1/officers")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN))
                .when().get("/api/v1/officers")
                .then().statusCode(502).contentType(PROBLEM).body("status", org.hamcrest.Matchers.equalTo(502));
    }

    @Test
    void pathsNoRouteNamesStayWithTheGateway() {
        given().auth().oauth2(TestTokens.forRole(Roles.PARTNER_SYSTEM)).get("/api/v1/provinces/75")
                .then().statusCode(200).body("name", org.hamcrest.Matchers.equalTo("Đồng Nai"));
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM);
        assertEquals(0, count(models) + count(activities) + count(staffing));
    }

    @Test
    void theRequestIdIsNotDuplicated() {
        models.register(get(urlEqualTo("/api/v1/model-types")).willReturn(aResponse().withStatus(200)
                .withHeader("X-Request-Id", "req-dup-1").withBody("[]")));
        Response response = given().auth().oauth2(TestTokens.forRole(Roles.PARTNER_SYSTEM)).header("X-Request-Id", "req-dup-1")
                .get("/api/v1/model-types");
        assertEquals(List.of("req-dup-1"), response.headers().getValues("X-Request-Id"));
        response.then().header("Location", nullValue());
        assertFalse(new String(response.asByteArray(), StandardCharsets.UTF_8).isEmpty());
    }

    @Test
    void compressedAnswersOfTheServiceAreRelayedAsTheyAre() throws Exception {
        byte[] plain = "{\"items\":[{\"name\":\"Câu lạc bộ phòng chống tội phạm\"}]}".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write(plain);
        }
        models.register(get(urlEqualTo("/api/v1/model-sites")).withHeader("Accept-Encoding", com.github.tomakehurst.wiremock.client.WireMock.containing("gzip"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Content-Encoding", "gzip").withHeader("ETag", "\"5\"").withBody(zipped.toByteArray())));
        Response response = given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN)).header("Accept-Encoding", "gzip")
                .get("/api/v1/model-sites");
        response.then().statusCode(200).header("Content-Encoding", "gzip").header("ETag", "\"5\"")
                .body("items[0].name", org.hamcrest.Matchers.equalTo("Câu lạc bộ phòng chống tội phạm"));
        assertEquals(List.of("gzip"), response.headers().getValues("Content-Encoding"));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static LoggedRequest single(WireMock server, com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
        List<LoggedRequest> requests = server.find(pattern);
        assertEquals(1, requests.size(), "requests matching " + pattern.build());
        return requests.get(0);
    }

    private static int count(WireMock server) {
        return server.find(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())).size();
    }
}
