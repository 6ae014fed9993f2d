package vn.gov.antq.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class PublicTipResourceTest {

    private static final String OFFICER_75 = TestTokens.forRole(Roles.PROVINCE_OFFICER);

    @Inject
    EntityManager entityManager;

    @Test
    void aCitizenFollowsATipUpWithReceiptAndSecretAndTheSecretIsStoredOnlyHashed() {
        Response submitted = submit(tip("Có người gọi điện giả danh công an yêu cầu chuyển tiền"));
        submitted.then().statusCode(201)
                .body("receipt.receiptCode", startsWith("TB-"))
                .body("tip.status", equalTo("RECEIVED"));
        String code = submitted.jsonPath().getString("receipt.receiptCode");
        String secret = submitted.jsonPath().getString("receipt.secret");
        long tipId = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select tip_id from tip_receipt where code = '" + code + "'").getSingleResult()).longValue());
        String hash = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select secret_hash from tip_receipt where code = '" + code + "'").getSingleResult());
        assertFalse(hash.contains(secret), "only a hash of the secret is kept");
        assertTrue(Integer.parseInt(hash.split(":")[0]) >= 100_000, "slow hash");

        readStatus(code, secret).then().statusCode(200).body("status", equalTo("RECEIVED")).body("additions", equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("receipt", Map.of("receiptCode", code, "secret", secret),
                "text", "Đối tượng thường đi xe máy màu đỏ")).when().post("/api/v1/public/tip-receipts/additions")
                .then().statusCode(200).body("additions", equalTo(1));
        given().auth().oauth2(OFFICER_75).when().get("/api/v1/tips/" + tipId + "/additions").then().statusCode(200)
                .body("text", equalTo(List.of("Đối tượng thường đi xe máy màu đỏ")));
        given().auth().oauth2(OFFICER_75).when().get("/api/v1/tips/" + tipId).then().statusCode(200)
                .body("channel", equalTo("MOBILE_APP")).body("reporterIdentified", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("receipt", Map.of("receiptCode", code, "secret", "wrong-secret"),
                "text", "Không được lưu")).when().post("/api/v1/public/tip-receipts/additions").then().statusCode(404);
        assertEquals(1L, count("select count(*) from tip_addition where tip_id = " + tipId));
    }

    @Test
    void wrongSecretsLockTheReceiptWith429() {
        Response submitted = submit(tip("Nghi có điểm đánh bạc trong ấp"));
        String code = submitted.jsonPath().getString("receipt.receiptCode");
        String secret = submitted.jsonPath().getString("receipt.secret");
        for (int i = 0; i < 5; i++) {
            readStatus(code, "guess-" + i).then().statusCode(404).contentType("application/problem+json");
        }
        readStatus(code, secret).then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429));
        readStatus("TB-NOSUCHCODE", secret).then().statusCode(404);
    }

    @Test
    void invalidSubmissionsAre400AndStoreNothing() {
        String marker = "Tin công khai không hợp lệ " + System.nanoTime();
        Map<String, Object> legacy = tip(marker);
        legacy.put("provinceCode", "60");
        Map<String, Object> noCategory = tip(marker);
        noCategory.remove("category");
        for (Map<String, Object> body : List.of(legacy, noCategory)) {
            submit(body).then().statusCode(400).contentType("application/problem+json");
        }
        assertEquals(0L, count("select count(*) from tip where summary = '" + marker + "'"));
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", "TB-X")).when().post("/api/v1/public/tip-receipts/status")
                .then().statusCode(400);
    }

    private static Response readStatus(String code, String secret) {
        return given().contentType(ContentType.JSON).body(Map.of("receiptCode", code, "secret", secret))
                .when().post("/api/v1/public/tip-receipts/status");
    }

    private static Response submit(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/public/tips");
    }

    private static Map<String, Object> tip(String summary) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "FRAUD");
        body.put("provinceCode", "75");
        body.put("summary", summary);
        return body;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
