package vn.gov.antq.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.gateway.testing.DownstreamServicesResource;
import vn.gov.antq.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(DownstreamServicesResource.class)
class ProvinceResourceTest {

    /** Reference data: any role may read it; a partner system is the least privileged caller. */
    private static RequestSpecification api() {
        return given().auth().oauth2(TestTokens.forRole(Roles.PARTNER_SYSTEM));
    }

    @ParameterizedTest(name = "({0}, {1}) → {2}")
    @CsvSource({
            "70, 2022-10-31, 75, Bình Phước, Đồng Nai, true",
            "74, 2018-12-31, 79, Bình Dương, Thành phố Hồ Chí Minh, true",
            "89, 2021-08-18, 91, An Giang, An Giang, true",
            "38, 2020-01-01, 38, Thanh Hóa, Thanh Hóa, true",
            "80, 2024-01-01, 80, Long An, Tây Ninh, true",
            "80, 2026-01-01, 80, Tây Ninh, Tây Ninh, false",
    })
    void resolvesReportedProvinceCodes(String code, String date, String current, String reportedName, String currentName, boolean before) {
        api().queryParam("code", code).queryParam("date", date)
                .when().get("/api/v1/province-resolutions")
                .then().statusCode(200)
                .body("reportedCode", equalTo(code))
                .body("reportedOn", equalTo(date))
                .body("reportedName", equalTo(reportedName))
                .body("beforeReform", equalTo(before))
                .body("currentProvince.code", equalTo(current))
                .body("currentProvince.name", equalTo(currentName));
    }

    @Test
    void unknownCodeIs400NamingTheField() {
        api().queryParam("code", "99").queryParam("date", "2022-01-01")
                .when().get("/api/v1/province-resolutions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:antq:problem:validation-failed"))
                .body("errors[0].field", equalTo("province"))
                .body("errors[0].message", equalTo("unknown province code '99'"));
    }

    @Test
    void missingParametersAre400() {
        api().when().get("/api/v1/province-resolutions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("code", "date"));
    }

    @Test
    void malformedDateIs400() {
        api().queryParam("code", "70").queryParam("date", "2022-13-45")
                .when().get("/api/v1/province-resolutions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("date"));
    }

    @Test
    void listsThe34ProvincesPaged() {
        api().queryParam("size", 50).when().get("/api/v1/provinces")
                .then().statusCode(200)
                .body("totalItems", equalTo(34))
                .body("items", hasSize(34))
                .body("items[0].code", equalTo("01"))
                .body("items.find { it.code == '37' }.mergedFrom.code", contains("35", "36", "37"));
        api().when().get("/api/v1/provinces")
                .then().statusCode(200).body("items", hasSize(20)).body("totalPages", equalTo(2));
    }

    @Test
    void sortsByCommuneCountDescending() {
        api().queryParam("sort", "communeCount,desc").queryParam("size", 2).when().get("/api/v1/provinces")
                .then().statusCode(200).body("items.code", contains("79", "38"));
    }

    @Test
    void rejectsUnknownSortAndOversizePages() {
        api().queryParam("sort", "area").when().get("/api/v1/provinces")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        api().queryParam("size", 1000).when().get("/api/v1/provinces")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        api().queryParam("page", "first").when().get("/api/v1/provinces")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void provincesCarryTheirReferencePopulationWithYearAndSource() {
        api().when().get("/api/v1/provinces/75").then().statusCode(200)
                .body("population", equalTo(4374000))
                .body("populationYear", equalTo(2024))
                .body("populationSource", org.hamcrest.Matchers.containsString("General Statistics Office"))
                .body("populationSource", org.hamcrest.Matchers.containsString("approximate"))
                .body("communeCount", equalTo(95))
                .body("mergedFrom.code", contains("70", "75"));
        api().queryParam("sort", "population,desc").queryParam("size", 2).when().get("/api/v1/provinces")
                .then().statusCode(200).body("items.code", contains("79", "01"));
    }

    @Test
    void getsOneProvinceOr404() {
        api().when().get("/api/v1/provinces/92").then().statusCode(200)
                .body("name", equalTo("Thành phố Cần Thơ"))
                .body("type", equalTo("MUNICIPALITY"))
                .body("communeCount", equalTo(103));
        api().when().get("/api/v1/provinces/70").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listsThe63FormerProvincesWithSuccessors() {
        api().queryParam("size", 100).when().get("/api/v1/legacy-provinces")
                .then().statusCode(200)
                .body("totalItems", equalTo(63))
                .body("items.find { it.code == '70' }.successorCode", equalTo("75"))
                .body("items.find { it.code == '70' }.successorName", equalTo("Đồng Nai"));
    }
}
