package vn.gov.antq.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.antq.activities.config.TipsterConfig;
import vn.gov.antq.activities.service.TipsterCipher;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

/**
 * The service after a key rotation as the README describes it: a new key "k2026" added and made current, the previous
 * current key "t2" kept for decryption. Identities stored before the rotation are written here the way the service
 * wrote them then: encrypted under t2 by a cipher configured with t2 as its current key.
 */
@QuarkusTest
@TestProfile(TipsterKeyRotationTest.RotatedKeys.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class TipsterKeyRotationTest {

    private static final String NEW_KEY = "k2026";
    private static final String OLD_KEY = "t2";
    private static final String OFFICER_75 = TestTokens.forRole(Roles.PROVINCE_OFFICER);
    private static final String INVESTIGATOR_75 = TestTokens.token(Roles.TIP_INVESTIGATOR, "75", null);
    private static final String REASON = "Xác minh lại nội dung tin báo với người báo tin";

    public static class RotatedKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("antq.tipster.keys." + NEW_KEY, "R3C0TMEJPzv0ew8h3lSYP7FE4+BOgSwYU/F0u2XaotU=",
                    "antq.tipster.current-key", NEW_KEY);
        }
    }

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void communes() {
        ActivityCommuneFixture.load();
    }

    @Test
    void identitiesFromBeforeTheRotationStillRevealAndNewOnesUseTheNewKey() {
        String phone = "09" + (10000000 + (System.nanoTime() % 80000000));
        long fresh = create(identity("Vũ Thị Hạnh", phone));
        assertEquals(NEW_KEY, keyIdOf(fresh), "new identities are encrypted under the current key");

        long older = create(null);
        storeIdentity(older, cipherBeforeRotation().encrypt(json(identity("Hoàng Văn Thái", "0911222333"))));
        assertEquals(OLD_KEY, keyIdOf(older));

        reveal(older).then().statusCode(200).body("reporter.name", equalTo("Hoàng Văn Thái")).body("reporter.phone", equalTo("0911222333"));
        reveal(fresh).then().statusCode(200).body("reporter.name", equalTo("Vũ Thị Hạnh")).body("reporter.phone", equalTo(phone));
        assertEquals(1L, reveals(older));
    }

    @Test
    void anIdentityUnderAKeyNoLongerConfiguredIsAClear500RevealingAndRecordingNothing() {
        long orphaned = create(null);
        String stored = cipher("k2019", randomKey()).encrypt(json(identity("Đặng Quốc Bảo", "0933444555")));
        storeIdentity(orphaned, stored);

        Response refused = reveal(orphaned);
        refused.then().statusCode(500).contentType("application/problem+json")
                .body("type", equalTo("urn:antq:problem:internal-error"))
                .body("detail", containsString("key 'k2019'"))
                .body("detail", containsString("Nothing was revealed"));
        assertNothingLeaks(refused.asString(), stored, "Đặng Quốc Bảo", "0933444555");
        assertEquals(0L, reveals(orphaned), "a refused reveal is not recorded");

        // Same id, other key material (or an altered value): refused the same way.
        long altered = create(null);
        String tampered = cipher(OLD_KEY, randomKey()).encrypt(json(identity("Lý Thị Thu", "0977888999")));
        storeIdentity(altered, tampered);
        Response unopened = reveal(altered);
        unopened.then().statusCode(500).contentType("application/problem+json").body("detail", containsString("key 't2'"));
        assertNothingLeaks(unopened.asString(), tampered, "Lý Thị Thu", "0977888999");
        assertEquals(0L, reveals(altered));
    }

    private static void assertNothingLeaks(String body, String stored, String name, String phone) {
        for (String secret : List.of(name, phone, stored, stored.substring(stored.indexOf(':') + 1, stored.indexOf(':') + 20))) {
            assertFalse(body.contains(secret), "the answer holds nothing of the identity: " + body);
        }
    }

    /** The service as configured before the rotation: t2 current. */
    private static TipsterCipher cipherBeforeRotation() {
        return cipher(OLD_KEY, ConfigProvider.getConfig().getValue("antq.tipster.keys." + OLD_KEY, String.class));
    }

    private static TipsterCipher cipher(String keyId, String base64Key) {
        return new TipsterCipher(new TipsterConfig() {
            @Override
            public Map<String, String> keys() {
                return Map.of(keyId, base64Key);
            }

            @Override
            public Optional<String> currentKey() {
                return Optional.of(keyId);
            }
        });
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String json(Map<String, Object> identity) {
        try {
            return new ObjectMapper().writeValueAsString(identity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> identity(String name, String phone) {
        Map<String, Object> identity = new HashMap<>();
        identity.put("name", name);
        identity.put("phone", phone);
        identity.put("address", "Ấp 2, xã Tân Phú");
        return identity;
    }

    private static long create(Map<String, Object> reporter) {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedAt", "2025-09-12T08:30:00+07:00");
        body.put("channel", "HOTLINE");
        body.put("category", "THEFT");
        body.put("provinceCode", "75");
        body.put("communeCode", TestTokens.COMMUNE);
        body.put("summary", "Mất trộm xe máy trước chợ xã " + UUID.randomUUID());
        if (reporter != null) {
            body.put("reporter", reporter);
        }
        return given().auth().oauth2(OFFICER_75).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/tips").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Response reveal(long id) {
        return given().auth().oauth2(INVESTIGATOR_75).contentType(ContentType.JSON).body(Map.of("reason", REASON))
                .when().post("/api/v1/tips/" + id + "/identity-reveals");
    }

    /** What the service stored before the rotation, put in place as the database would hold it. */
    private void storeIdentity(long id, String stored) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update tip set reporter_identity = ?1 where id = ?2")
                .setParameter(1, stored).setParameter(2, id).executeUpdate());
    }

    private String keyIdOf(long id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select split_part(reporter_identity, ':', 1) from tip where id = " + id).getSingleResult());
    }

    private long reveals(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from audit_event where resource_type = 'tip' and resource_id = '" + id + "' and action = 'REVEAL_IDENTITY'")
                .getSingleResult()).longValue());
    }
}
