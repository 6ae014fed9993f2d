package vn.gov.antq.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;

/**
 * Per-address limits of the public endpoints, behind a trusted proxy (the test client on 127.0.0.1) that names each
 * citizen's address in X-Forwarded-For: 3 submissions and 4 receipt lookups per minute for every address.
 */
@QuarkusTest
@TestProfile(PublicRateLimitTest.BehindTrustedProxy.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class PublicRateLimitTest {

    public static class BehindTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "antq.public-limits.submissions-per-minute", "3",
                    "antq.public-limits.receipt-lookups-per-minute", "4",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Inject
    EntityManager entityManager;

    @Test
    void everyAddressHasItsOwnAllowanceOfSubmissions() {
        String citizen = address();
        String marker = "Tin gửi dồn dập " + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            submit(citizen, marker).then().statusCode(201);
        }
        Response refused = submit(citizen, marker);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429)).body("title", equalTo("Too Many Requests"))
                .body("detail", containsString("Too many requests from your address"));
        // One submission comes back every 20 seconds (3 a minute): the client is told to wait at most that long, at least 1 s.
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
        assertEquals(3L, count("select count(*) from tip where summary = '" + marker + "'"), "the refused submission stored nothing");

        submit(address(), marker).then().statusCode(201);
        assertEquals(4L, count("select count(*) from tip where summary = '" + marker + "'"));
    }

    @Test
    void statusReadsAndAdditionsShareOneAllowanceAndTheReceiptLockoutStays() {
        Response submitted = submit(address(), "Nghi có đường dây cho vay nặng lãi " + UUID.randomUUID());
        String code = submitted.jsonPath().getString("receipt.receiptCode");
        String secret = submitted.jsonPath().getString("receipt.secret");

        String guesser = address();
        status(guesser, code, "doan-1").then().statusCode(404);
        status(guesser, code, "doan-2").then().statusCode(404);
        addition(guesser, code, "doan-3").then().statusCode(404);
        addition(guesser, code, "doan-4").then().statusCode(404);
        Response limited = status(guesser, code, secret);
        limited.then().statusCode(429).body("detail", containsString("from your address"));
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);

        // The citizen's own address is not affected; the right secret resets the receipt's count of wrong ones.
        status(address(), code, secret).then().statusCode(200).body("status", equalTo("RECEIVED"));

        // Wrong secrets spread over many addresses still lock the receipt itself (5 in a row).
        for (int i = 0; i < 5; i++) {
            status(address(), code, "doan-lan-" + i).then().statusCode(404);
        }
        Response locked = status(address(), code, secret);
        locked.then().statusCode(429).body("detail", containsString("Too many wrong secrets for this receipt"));
        assertNull(locked.header("Retry-After"), "the lockout is the receipt's, not the address's");
    }

    /** A citizen's address no other test of this run uses (documentation range, RFC 5737). */
    private static String address() {
        return "198.51.100." + ADDRESSES.incrementAndGet();
    }

    private static Response submit(String address, String summary) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "FRAUD");
        body.put("provinceCode", "75");
        body.put("summary", summary);
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body(body).when().post("/api/v1/public/tips");
    }

    private static Response status(String address, String code, String secret) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("receiptCode", code, "secret", secret)).when().post("/api/v1/public/tip-receipts/status");
    }

    private static Response addition(String address, String code, String secret) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("receipt", Map.of("receiptCode", code, "secret", secret), "text", "Bổ sung thông tin"))
                .when().post("/api/v1/public/tip-receipts/additions");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
