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
                .body("parts.find { it.part == 'models' }.oldProvinces.find { it.reportedProvinceCode == '70' }.models", equalTo(456))
                // activities-demo.json, Bình Phước 2019 – 2022-10: 3,652 meetings + 20 rallies = 3,672 activities;
                // 289,148 + 3,600 = 292,748 participants; 110,099 leaflets.
                .body("parts.find { it.part == 'activities' }.figures.activities.tallies", equalTo(3672))
                .body("parts.find { it.part == 'activities' }.figures.participants.total", equalTo(292748))
                .body("parts.find { it.part == 'activities' }.figures.leaflets.total", equalTo(110099))
                // staffing-demo.json, Bình Phước on 2022-10-31: 90 + 91 + 273 = 454 regular police, 24 + 182 + 1,009 = 1,215
                // semi-professional police.
                .body("parts.find { it.part == 'staffing' }.figures.regularOfficers.tallies", equalTo(454))
                .body("parts.find { it.part == 'staffing' }.figures.communesWithRegularPolice.total", equalTo(90))
                .body("parts.find { it.part == 'staffing' }.figures.semiProfessionalPolice.total", equalTo(1215))
                .body("parts.find { it.part == 'staffing' }.oldProvinces.find { it.reportedProvinceCode == '70' }.regularOfficers",
                        equalTo(454))
                // Nothing of the kind was reported for Bình Phước: zero, not null.
                .body("parts.find { it.part == 'tips' }.figures.received.total", equalTo(0))
                .body("parts.find { it.part == 'handovers' }.figures.guns.total", equalTo(0));
    }

    /**
     * activities-demo.json, Thanh Hóa (38) 2019–2022: 39,500 tips, 18,170 of value (ratio 18,170 / 39,500 = 0.4600),
     * 6,237 guns; staffing-demo.json: 1,677 + 3,132 + 119 = 4,928 trainees. Bình Dương's (74 → 79) are of 2018: outside.
     */
    @Test
    @Order(5)
    void thanhHoasReportedFiguresThroughTheGateway() {
        as(suite.gateway(), "MINISTRY_ANALYST", null, null)
                .queryParam("from", "2019-01-01").queryParam("to", "2022-12-31")
                .queryParam("metrics", "tips.received,tips.valuable,tips.valuableRatio,handovers.guns,staffing.trainingParticipants")
                .when().get("/api/v1/national-table")
                .then().statusCode(200)
                .body("degraded", hasSize(0))
                .body("rows.find { it.province.code == '38' }.cells.'tips.received'.tallies", equalTo(39500))
                .body("rows.find { it.province.code == '38' }.cells.'tips.valuable'.total", equalTo(18170))
                .body("rows.find { it.province.code == '38' }.cells.'tips.valuableRatio'.total", equalTo(0.46f))
                .body("rows.find { it.province.code == '38' }.cells.'handovers.guns'.total", equalTo(6237))
                .body("rows.find { it.province.code == '38' }.cells.'staffing.trainingParticipants'.total", equalTo(4928))
                .body("rows.find { it.province.code == '79' }.cells.'tips.received'.total", equalTo(0))
                .body("national.cells.'handovers.guns'.total", equalTo(6237));
    }

    /**
     * National table 2019–2022, models: Thanh Hóa (38) 499 (its all-types tally), Đồng Nai (75) 456 (Bình Phước's),
     * Hồ Chí Minh City (79) 0 (Bình Dương's tallies are of 2018), Ninh Bình (37) 0 (its 2022 tally counts model types
     * only). So 499 ranks first, 456 second; the national total is 955.
     */
    @Test
    @Order(6)
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

    /**
     * A commune drill-down after the reform, up to today: Phường Đồng Xoài (25210) has 2 model sites with 18 + 9 members
     * and a police unit meeting the norm (1 chief, 1 deputy, 3 officers); Xã Lộc Ninh (25270) 2 activities and a unit
     * with a chief and an officer (norm 1 + 1 + 3: 3 vacancies).
     */
    @Test
    @Order(7)
    void theCommuneDrillDownStaysInsideTheCallersProvince() {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        as(suite.gateway(), "PROVINCE_OFFICER", "75", null)
                .queryParam("from", "2025-07-01").queryParam("to", today)
                .queryParam("metrics", "models.sites,models.members,activities.activities,staffing.regularOfficers,staffing.vacancies")
                .when().get("/api/v1/provinces/75/commune-table")
                .then().statusCode(200)
                .body("degraded", hasSize(0))
                .body("rows.find { it.code == '25210' }.cells.'models.sites'.total", equalTo(2))
                .body("rows.find { it.code == '25210' }.cells.'models.members'.total", equalTo(27))
                .body("rows.find { it.code == '25210' }.cells.'staffing.regularOfficers'.total", equalTo(5))
                .body("rows.find { it.code == '25210' }.cells.'staffing.vacancies'.total", equalTo(0))
                .body("rows.find { it.code == '25270' }.cells.'activities.activities'.total", equalTo(2))
                .body("rows.find { it.code == '25270' }.cells.'staffing.vacancies'.total", equalTo(3));
        as(suite.gateway(), "PROVINCE_OFFICER", "38", null)
                .queryParam("from", "2025-07-01").queryParam("to", today)
                .when().get("/api/v1/provinces/75/commune-table")
                .then().statusCode(403).contentType("application/problem+json");
    }

    /** A write and a read passed through the gateway keep Idempotency-Key, Location, ETag and If-Match semantics. */
    @Test
    @Order(8)
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
