package vn.gov.antq.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
