package vn.gov.antq.commons.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

/** A token is verified once for its life; any other text, however close, is verified (and refused) on its own. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class VerifiedTokenCacheTest {

    private static final String PATH = "/api/v1/communes";

    @Test
    void theSameTokenIsVerifiedOnceAndAnotherTokenAgain() {
        String token = TestTokens.forRole(Roles.MINISTRY_ANALYST);
        long before = VerifiedTokenCache.verifications();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get(PATH).then().statusCode(200);
        }
        assertEquals(1, VerifiedTokenCache.verifications() - before);

        given().auth().oauth2(TestTokens.token(Roles.MINISTRY_ANALYST, null, null)).when().get(PATH).then().statusCode(200);
        assertEquals(2, VerifiedTokenCache.verifications() - before);
    }

    @Test
    void aTokenWithTheClaimsOfAVerifiedOneButAnotherSignatureIsRefused() {
        String token = TestTokens.forRole(Roles.MINISTRY_ADMIN);
        given().auth().oauth2(token).when().get(PATH).then().statusCode(200);
        String forgedSignature = TestTokens.badSignature(Roles.MINISTRY_ADMIN);
        String forged = token.substring(0, token.lastIndexOf('.')) + forgedSignature.substring(forgedSignature.lastIndexOf('.'));
        given().auth().oauth2(forged).when().get(PATH).then().statusCode(401);
        given().auth().oauth2(forged).when().get(PATH).then().statusCode(401);
        given().auth().oauth2(token).when().get(PATH).then().statusCode(200);
    }

    @Test
    void refusedTokensAreNeverKept() {
        String expired = TestTokens.expired(Roles.MINISTRY_ADMIN);
        long before = VerifiedTokenCache.verifications();
        given().auth().oauth2(expired).when().get(PATH).then().statusCode(401);
        given().auth().oauth2(expired).when().get(PATH).then().statusCode(401);
        assertEquals(2, VerifiedTokenCache.verifications() - before);
    }
}
