package vn.gov.antq.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.gov.antq.gateway.testing.StatisticsStubs.answer;
import static vn.gov.antq.gateway.testing.StatisticsStubs.group;
import static vn.gov.antq.gateway.testing.StatisticsStubs.request;
import static vn.gov.antq.gateway.testing.StatisticsStubs.serve;
import static vn.gov.antq.gateway.testing.StatisticsStubs.totals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.TestTokens;
import vn.gov.antq.gateway.testing.Downstream;
import vn.gov.antq.gateway.testing.DownstreamServicesResource;

/**
 * No view shows a figure the caller's scope forbids. The stubbed services here misbehave on purpose: they answer
 * every province's figures whoever asks, so what the gateway shows is the gateway's own rule (ViewScope), and the
 * caller's token still reaches the services so they can filter too.
 */
@QuarkusTest
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(DownstreamServicesResource.class)
class ViewScopeTest {

    private static final String FROM = "2025-07-01";
    private static final String TO = "2025-12-31";
    /** Đồng Nai (75), commune 26068; the other province is Thanh Hóa (38). */
    private static final String OFFICER = TestTokens.forRole(Roles.PROVINCE_OFFICER);

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        Downstream.resetAll();
        breakers.resetAll();
        serve(Downstream.models(), request("model-statistics", FROM, TO, null, "province"),
                answer(FROM, TO, totals("sites", 30, 0)).group(group("38", "Thanh Hóa", "sites", 20, 0))
                        .group(group("75", "Đồng Nai", "sites", 10, 0)).response());
        for (String province : List.of("38", "75")) {
            serve(Downstream.models(), request("model-statistics", FROM, TO, province, null),
                    answer(FROM, TO, totals("sites", 10, 0)).response());
            serve(Downstream.models(), request("model-statistics", FROM, TO, province, "commune"),
                    answer(FROM, TO, totals("sites", 10, 0)).group(group("26068", "Phường Tân Phú", "sites", 10, 0)).response());
        }
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).queryParam("from", FROM).queryParam("to", TO);
    }

    private static int calls(WireMock service) {
        return service.find(anyRequestedFor(anyUrl())).size();
    }

    @Test
    void aProvinceOfficerSeesTheNationalTableWithOnlyItsOwnFigures() {
        as(OFFICER).queryParam("metrics", "models.sites").get("/api/v1/national-table").then().statusCode(200)
                .body("rows", hasSize(34))
                .body("rows.find { it.province.code == '75' }.withheld", equalTo(false))
                .body("rows.find { it.province.code == '75' }.cells.'models.sites'.total", equalTo(10))
                // its rank would tell how the others did
                .body("rows.find { it.province.code == '75' }.cells.'models.sites'.rank", nullValue())
                .body("rows.find { it.province.code == '38' }.withheld", equalTo(true))
                .body("rows.find { it.province.code == '38' }.province.population", equalTo(3760000))
                .body("rows.find { it.province.code == '38' }.cells.'models.sites'.total", nullValue())
                .body("rows.find { it.province.code == '38' }.cells.'models.sites'.per10kInhabitants", nullValue())
                .body("rows.findAll { it.province.code != '75' }.withheld", everyItem(equalTo(true)))
                .body("national.withheld", equalTo(true))
                .body("national.cells.'models.sites'.total", nullValue());
        // The services got the officer's own token, so they filter as well.
        assertEquals("Bearer " + OFFICER, Downstream.models().find(anyRequestedFor(anyUrl())).get(0).getHeader("Authorization"));
    }

    @Test
    void theCsvOfAProvinceOfficersTableHasNoOtherProvincesFigures() {
        String csv = as(OFFICER).accept("text/csv").queryParam("metrics", "models.sites").get("/api/v1/national-table")
                .then().statusCode(200).extract().asString();
        assertFalse(csv.contains(",20,"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("\r\n38,Thanh Hóa,3760000,166,true,,,,,,\r\n"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("\r\n,Toàn quốc,100623000,3321,true,,,,,,\r\n"), csv);
    }

    @Test
    void aProvinceOfficerGetsViewsOfItsOwnProvinceOnly() {
        as(OFFICER).get("/api/v1/provinces/75/scorecard").then().statusCode(200);
        as(OFFICER).get("/api/v1/provinces/75/commune-table").then().statusCode(200)
                .body("rows[0].code", equalTo("26068"));
        as(OFFICER).queryParam("metric", "models.sites").queryParam("province", "75").get("/api/v1/trends").then().statusCode(200);
        as(OFFICER).queryParam("provinces", "75").get("/api/v1/province-comparisons").then().statusCode(200);
        int before = calls(Downstream.models()) + calls(Downstream.activities()) + calls(Downstream.staffing());

        as(OFFICER).get("/api/v1/provinces/38/scorecard").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("outside your scope"));
        as(OFFICER).get("/api/v1/provinces/38/commune-table").then().statusCode(403).contentType("application/problem+json");
        as(OFFICER).accept("text/csv").get("/api/v1/provinces/38/commune-table").then().statusCode(403)
                .contentType("application/problem+json");
        as(OFFICER).queryParam("provinces", "75,38").get("/api/v1/province-comparisons").then().statusCode(403);
        as(OFFICER).queryParam("metric", "models.sites").queryParam("province", "38").get("/api/v1/trends").then().statusCode(403);
        as(OFFICER).queryParam("metric", "models.sites").get("/api/v1/trends").then().statusCode(403)
                .body("detail", containsString("province=75"));
        assertEquals(before, calls(Downstream.models()) + calls(Downstream.activities()) + calls(Downstream.staffing()),
                "nothing was asked of the services for a refused view");
    }

    @Test
    void communeOfficersAndInvestigatorsSeeTheirProvincesAggregates() {
        String communeOfficer = TestTokens.forRole(Roles.COMMUNE_OFFICER);
        as(communeOfficer).get("/api/v1/provinces/75/commune-table").then().statusCode(200);
        as(communeOfficer).get("/api/v1/provinces/38/commune-table").then().statusCode(403);
        String investigator = TestTokens.forRole(Roles.TIP_INVESTIGATOR);
        as(investigator).get("/api/v1/provinces/75/scorecard").then().statusCode(200);
        as(investigator).get("/api/v1/provinces/38/scorecard").then().statusCode(403);
        String elsewhere = TestTokens.token(Roles.PROVINCE_OFFICER, TestTokens.OTHER_PROVINCE, null);
        as(elsewhere).get("/api/v1/provinces/38/scorecard").then().statusCode(200);
        as(elsewhere).queryParam("metrics", "models.sites").get("/api/v1/national-table").then().statusCode(200)
                .body("rows.find { it.province.code == '38' }.cells.'models.sites'.total", equalTo(20))
                .body("rows.find { it.province.code == '75' }.cells.'models.sites'.total", nullValue());
    }

    @Test
    void partnerSystemsAndTheMinistrySeeEveryProvince() {
        for (String role : List.of(Roles.PARTNER_SYSTEM, Roles.MINISTRY_ANALYST, Roles.MINISTRY_ADMIN)) {
            String token = TestTokens.forRole(role);
            as(token).get("/api/v1/provinces/38/commune-table").then().statusCode(200);
            as(token).queryParam("metrics", "models.sites").get("/api/v1/national-table").then().statusCode(200)
                    .body("rows.find { it.province.code == '38' }.cells.'models.sites'.rank", equalTo(1))
                    .body("national.cells.'models.sites'.total", equalTo(30));
        }
    }
}
