package vn.gov.antq.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.specification.RequestSpecification;

/**
 * The suite as an operator runs it: started by the run command with the demo data, checked through the gateway against
 * figures computed by hand from deploy/demo/*.json, then stopped. Expected values name the demo records they come from.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteIT {

    private static RunningSuite suite;

    @BeforeAll
    static void start() {
        suite = RunningSuite.get();
    }

    private static RequestSpecification as(String base, String role, String province, String commune) {
        return given().baseUri(base).auth().oauth2(suite.token(role, province, commune)).accept("application/json");
    }

    @Test
    @Order(1)
    void gatewayServesTheProvinces() {
        as(suite.gateway(), "PARTNER_SYSTEM", null, null)
                .when().get("/api/v1/provinces/75")
                .then().statusCode(200)
                .body("name", equalTo("Đồng Nai"))
                .body("mergedFrom.code", hasItem("70"));
    }

    /**
     * models-demo.json, window 2019-01-01..2022-12-31, Đồng Nai (75): only Bình Phước's (70) tallies count there.
     * Models: 7 + 22 + 1 + 1 + 1 + 1 + 249 + 122 + 38 + 9 + 5 = 456; teams: 1,611 + 615 = 2,226; members: 8,000.
     */
    @Test
    @Order(2)
    void modelFiguresOfAnOldProvinceCountUnderItsCurrentOne() {
        as(suite.service("models"), "MINISTRY_ANALYST", null, null)
                .queryParam("from", "2019-01-01").queryParam("to", "2022-12-31").queryParam("province", "75")
                .when().get("/api/v1/model-statistics")
                .then().statusCode(200)
                .body("totals.models.records", equalTo(0))
                .body("totals.models.tallies", equalTo(456))
                .body("totals.teams.tallies", equalTo(2226))
                .body("totals.members.total", equalTo(8000))
                .body("oldProvinces.find { it.reportedProvinceCode == '70' }.models", equalTo(456));
    }

    /** models-demo.json after the reform: 3 models with 5 sites in Đồng Nai; teams 2+1+1+0+1 = 5, members 18+9+5+0+25 = 57. */
    @Test
    @Order(3)
    void detailedRecordsAfterTheReform() {
        as(suite.service("models"), "PROVINCE_OFFICER", "75", null)
                .queryParam("from", "2025-07-01").queryParam("to", "2025-12-31").queryParam("province", "75")
                .when().get("/api/v1/model-statistics")
                .then().statusCode(200)
                .body("totals.models.records", equalTo(3))
                .body("totals.sites.records", equalTo(5))
                .body("totals.teams.records", equalTo(5))
                .body("totals.members.records", equalTo(57))
                .body("totals.models.tallies", equalTo(0));
    }

    /** The same Bình Phước figures, composed by the gateway: the scorecard of Đồng Nai for 2019–2022. */
    @Test
    @Order(4)
    void theGatewaysScorecardCountsAnOldProvinceUnderItsCurrentOne() {
        as(suite.gateway(), "PROVINCE_OFFICER", "38", null)
                .queryParam("from", "2019-01-01").queryParam("to", "2022-12-31")
                .when().get("/api/v1/provinces/75/scorecard")
                .then().statusCode(200)
                .body("degraded", hasSize(0))
                .body("parts.find { it.part == 'models' }.figures.models.tallies", equalTo(456))
                .body("parts.find { it.part == 'models' }.figures.models.records", equalTo(0))
                .body("parts.find { it.part == 'models' }.figures.teams.total", equalTo(2226))
                .body("parts.find { it.part == 'models' }.oldProvinces.find { it.reportedProvinceCode == '70' }.models", equalTo(456));
    }

    /**
     * National table 2019–2022, models: Thanh Hóa (38) 499 (its all-types tally), Đồng Nai (75) 456 (Bình Phước's),
     * Hồ Chí Minh City (79) 91 + 226 + 72 = 389 (Bình Dương's 2018 tallies do not overlap 2019–2022: 0), Ninh Bình (37) 0
     * (its 2022 tally counts model types only). So 499 ranks first, 456 second; the national total is 955.
     */
    @Test
    @Order(5)
    void theNationalTableRanksEveryProvince() {
        as(suite.gateway(), "PARTNER_SYSTEM", null, null)
                .queryParam("from", "2019-01-01").queryParam("to", "2022-12-31").queryParam("metrics", "models.models")
                .when().get("/api/v1/national-table")
                .then().statusCode(200)
                .body("rows", hasSize(34))
                .body("rows.find { it.province.code == '38' }.cells.'models.models'.total", equalTo(499))
                .body("rows.find { it.province.code == '38' }.cells.'models.models'.rank", equalTo(1))
                .body("rows.find { it.province.code == '75' }.cells.'models.models'.total", equalTo(456))
                .body("rows.find { it.province.code == '75' }.cells.'models.models'.rank", equalTo(2))
                .body("national.cells.'models.models'.total", equalTo(955));
    }

    /** A commune drill-down after the reform: Phường Đồng Xoài (25210) has 2 sites with 18 + 9 members. */
    @Test
    @Order(6)
    void theCommuneDrillDownStaysInsideTheCallersProvince() {
        as(suite.gateway(), "PROVINCE_OFFICER", "75", null)
                .queryParam("from", "2025-07-01").queryParam("to", "2025-12-31").queryParam("metrics", "models.sites,models.members")
                .when().get("/api/v1/provinces/75/commune-table")
                .then().statusCode(200)
                .body("rows.find { it.code == '25210' }.cells.'models.sites'.total", equalTo(2))
                .body("rows.find { it.code == '25210' }.cells.'models.members'.total", equalTo(27));
        as(suite.gateway(), "PROVINCE_OFFICER", "38", null)
                .queryParam("from", "2025-07-01").queryParam("to", "2025-12-31")
                .when().get("/api/v1/provinces/75/commune-table")
                .then().statusCode(403).contentType("application/problem+json");
    }

    /** A write and a read passed through the gateway keep Idempotency-Key, Location, ETag and If-Match semantics. */
    @Test
    @Order(7)
    void aWriteAndAReadPassThroughTheGateway() {
        String body = "{\"typeCode\":\"PEOPLES_SECURITY_TEAM\",\"name\":\"Tổ an ninh nhân dân khu phố 5 phường Biên Hòa\","
                + "\"provinceCode\":\"75\",\"leadOrganisation\":\"POLICE\",\"startDate\":\"2025-11-01\",\"initialStatus\":\"ACTIVE\"}";
        io.restassured.response.Response created = as(suite.gateway(), "PROVINCE_OFFICER", "75", null)
                .contentType("application/json").header("Idempotency-Key", "suite-test-model-1").body(body)
                .when().post("/api/v1/models");
        created.then().statusCode(201).header("ETag", equalTo("\"0\""));
        String location = created.header("Location");
        org.junit.jupiter.api.Assertions.assertTrue(location.startsWith(suite.gateway() + "/api/v1/models/"),
                "Location names the gateway: " + location);
        as(suite.gateway(), "PROVINCE_OFFICER", "75", null)
                .contentType("application/json").header("Idempotency-Key", "suite-test-model-1").body(body)
                .when().post("/api/v1/models")
                .then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", location);
        as(suite.gateway(), "PROVINCE_OFFICER", "75", null).when().get(location)
                .then().statusCode(200).header("ETag", "\"0\"").body("name", equalTo("Tổ an ninh nhân dân khu phố 5 phường Biên Hòa"));
        as(suite.gateway(), "PROVINCE_OFFICER", "75", null).header("If-None-Match", "\"0\"").when().get(location)
                .then().statusCode(304);
        as(suite.gateway(), "PROVINCE_OFFICER", "75", null)
                .contentType("application/json").header("If-Match", "\"7\"").body(body.replace("khu phố 5", "khu phố 6"))
                .when().put(location)
                .then().statusCode(412).contentType("application/problem+json");
        // Out of scope through the gateway: the record reads as missing.
        as(suite.gateway(), "PROVINCE_OFFICER", "38", null).when().get(location).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @AfterAll
    static void stopEverything() {
        assertTrue(suite.stop(), "the run command did not stop within 90 s");
        assertFalse(suite.launcherAlive());
        for (int port : new int[] { suite.gatewayPort, suite.modelsPort, suite.activitiesPort, suite.staffingPort }) {
            assertFalse(listening(port), "port " + port + " still answers after the suite stopped");
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
