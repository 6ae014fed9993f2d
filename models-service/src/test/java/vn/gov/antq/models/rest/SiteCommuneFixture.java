package vn.gov.antq.models.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.TestTokens;

/**
 * A few current communes of Đồng Nai (75, with {@link TestTokens#COMMUNE}) and Thanh Hóa (38, with
 * {@link TestTokens#OTHER_COMMUNE}), loaded through the import endpoint as an operator would. Importing the same file
 * again changes nothing, so every test class may load it.
 */
final class SiteCommuneFixture {

    /** Another commune of province 75. */
    static final String OTHER_COMMUNE_75 = "26041";

    private SiteCommuneFixture() {
    }

    static void load() {
        byte[] csv;
        try (InputStream in = SiteCommuneFixture.class.getResourceAsStream("/communes/sites-communes.csv")) {
            csv = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN)).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/communes/imports").then().statusCode(200).body("rejected", equalTo(0));
    }
}
