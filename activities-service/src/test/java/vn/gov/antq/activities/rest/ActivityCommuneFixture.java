package vn.gov.antq.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.TestTokens;

/**
 * Two current communes of Đồng Nai (75, one of them {@link TestTokens#COMMUNE}) and {@link TestTokens#OTHER_COMMUNE} of
 * Thanh Hóa (38), loaded through the import endpoint as an operator would. Importing the same file again changes nothing,
 * so every test may load it.
 */
final class ActivityCommuneFixture {

    /** Another commune of province 75. */
    static final String OTHER_COMMUNE_75 = "26041";

    private ActivityCommuneFixture() {
    }

    static void load() {
        byte[] csv;
        try (InputStream in = ActivityCommuneFixture.class.getResourceAsStream("/communes/activity-communes.csv")) {
            csv = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN)).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/communes/imports").then().statusCode(200).body("rejected", equalTo(0));
    }
}
