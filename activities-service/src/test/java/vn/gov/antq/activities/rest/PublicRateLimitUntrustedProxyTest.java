package vn.gov.antq.activities.rest;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;

/**
 * Forwarding switched on, but the peer (the test client on 127.0.0.1) is not among the trusted proxies: whatever it
 * writes into X-Forwarded-For, every request counts against its own address, so the header cannot dodge the limit.
 */
@QuarkusTest
@TestProfile(PublicRateLimitUntrustedProxyTest.UntrustedPeer.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class PublicRateLimitUntrustedProxyTest {

    public static class UntrustedPeer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "antq.public-limits.submissions-per-minute", "2",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "192.0.2.10");
        }
    }

    @Test
    void anUntrustedPeersForwardedForIsIgnored() {
        submit("203.0.113.1").then().statusCode(201);
        submit("203.0.113.2").then().statusCode(201);
        submit("203.0.113.3").then().statusCode(429).contentType("application/problem+json");
    }

    private static Response submit(String claimedAddress) {
        return given().header("X-Forwarded-For", claimedAddress).contentType(ContentType.JSON)
                .body(Map.of("category", "GAMBLING", "provinceCode", "75", "summary", "Nghi có điểm đánh bạc sau chợ"))
                .when().post("/api/v1/public/tips");
    }
}
