package vn.gov.antq.commons.testing;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import vn.gov.antq.commons.security.DevTokens;
import vn.gov.antq.commons.security.DevTokens.TokenRequest;

/** Bearer tokens for tests, valid or broken in each way the services must refuse. */
public final class TestTokens {

    /** Scope used by "in scope" callers in tests: Đồng Nai and one of its communes. */
    public static final String PROVINCE = "75";
    public static final String COMMUNE = "26068";
    /** A different province and commune, for "out of scope" checks. */
    public static final String OTHER_PROVINCE = "38";
    public static final String OTHER_COMMUNE = "14812";

    private TestTokens() {
    }

    /** A valid token for the role, scoped to {@link #PROVINCE}/{@link #COMMUNE} where the role needs it. */
    public static String forRole(String role) {
        return token(role, PROVINCE, COMMUNE);
    }

    public static String token(String role, String province, String commune) {
        return sign(new TokenRequest("test-" + role.toLowerCase(), List.of(role), province, commune, JwtTestResource.ISSUER,
                Instant.now().minusSeconds(5), Duration.ofMinutes(10)));
    }

    public static String expired(String role) {
        return sign(new TokenRequest("expired", List.of(role), PROVINCE, COMMUNE, JwtTestResource.ISSUER,
                Instant.now().minus(Duration.ofHours(3)), Duration.ofHours(1)));
    }

    public static String notYetValid(String role) {
        return sign(new TokenRequest("future", List.of(role), PROVINCE, COMMUNE, JwtTestResource.ISSUER,
                Instant.now().plus(Duration.ofHours(2)), Duration.ofHours(1)));
    }

    public static String wrongIssuer(String role) {
        return sign(new TokenRequest("elsewhere", List.of(role), PROVINCE, COMMUNE, "https://evil.example/realms/antq",
                Instant.now(), Duration.ofMinutes(10)));
    }

    /** Well-formed and current, but signed by a key the services do not trust. */
    public static String badSignature(String role) {
        return DevTokens.sign(new TokenRequest("forger", List.of(role), PROVINCE, COMMUNE, JwtTestResource.ISSUER,
                Instant.now(), Duration.ofMinutes(10)), DevTokens.generateKeyPair().getPrivate());
    }

    private static String sign(TokenRequest request) {
        return DevTokens.sign(request, privateKey());
    }

    private static PrivateKey privateKey() {
        String pem = System.getProperty(JwtTestResource.PRIVATE_KEY_PROPERTY);
        if (pem == null) {
            throw new IllegalStateException("No test key: annotate the test with @QuarkusTestResource(JwtTestResource.class)");
        }
        return DevTokens.parsePrivateKey(pem);
    }
}
