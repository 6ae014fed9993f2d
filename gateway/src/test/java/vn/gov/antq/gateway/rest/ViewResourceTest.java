package vn.gov.antq.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.antq.gateway.testing.StatisticsStubs.answer;
import static vn.gov.antq.gateway.testing.StatisticsStubs.group;
import static vn.gov.antq.gateway.testing.StatisticsStubs.request;
import static vn.gov.antq.gateway.testing.StatisticsStubs.serve;
import static vn.gov.antq.gateway.testing.StatisticsStubs.totals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.TestTokens;
import vn.gov.antq.gateway.testing.Downstream;
import vn.gov.antq.gateway.testing.DownstreamServicesResource;

/**
 * Composition and arithmetic of the views on known inputs. Reference data: Đồng Nai (75) 4,374,000 inhabitants and
 * 95 communes, Hà Nội (01) 8,718,000 and 126, Hồ Chí Minh City (79) 13,556,000 and 168; the country 100,623,000 and
 * 3,321. Every expected rate below is worked out in the comment beside it.
 */
@QuarkusTest
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(DownstreamServicesResource.class)
class ViewResourceTest {

    private static final String FROM = "2019-01-01";
    private static final String TO = "2022-12-31";
    private static final String ANALYST = TestTokens.forRole(Roles.MINISTRY_ANALYST);

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        Downstream.resetAll();
        breakers.resetAll();
    }

    private static RequestSpecification analyst() {
        return given().auth().oauth2(ANALYST);
    }

    private static void scorecardStubs() {
        serve(Downstream.models(), request("model-statistics", FROM, TO, "75", null),
                answer(FROM, TO, totals("models", 2, 40, "sites", 12, 1611, "teams", 0, 615, "members", 0, 6000, "cameras", 3, 1600,
                        "exemplars", 1, 0, "recognitionsPassed", 0, 0, "recognitionsFailed", 0, 0)).province("75")
                        .oldProvince("70", "Bình Phước", "75", "Đồng Nai", 3, "models", 40, "sites", 1611, "teams", 615).response());
        serve(Downstream.activities(), request("activity-statistics", FROM, TO, "75", null),
                answer(FROM, TO, totals("activities", 5, 3652, "sessions", 5, 3652, "participants", 410, 289148, "leaflets", 0, 0,
                        "booklets", 0, 0, "bannersSlogans", 0, 0, "panelsPosters", 0, 0, "broadcastMinutes", 90, 0, "screeningHours", 2.5, 0))
                        .province("75").response());
        serve(Downstream.activities(), request("tip-statistics", FROM, TO, "75", null),
                answer(FROM, TO, totals("received", 10, 390, "valuable", 4, 180, "notValuable", 6, 210, "casesSolved", 1, 77,
                        "suspectsArrested", 2, 130, "wantedCaught", 0, 5, "wantedSurrendered", 0, 3)).province("75").response());
        serve(Downstream.activities(), request("weapon-handover-statistics", FROM, TO, "75", null),
                answer(FROM, TO, totals("handovers", 3, 0, "guns", 2, 0, "primitiveWeapons", 7, 0, "bombsMinesGrenades", 0, 0,
                        "rounds", 40, 0, "explosivesKg", 1.25, 0, "detonators", 0, 0, "supportTools", 1, 0, "dangerousToys", 0, 0,
                        "firecrackersKg", 12.5, 0)).province("75").response());
        serve(Downstream.staffing(), request("staffing-statistics", FROM, TO, "75", null),
                answer(FROM, TO, totals("communes", 90, 0, "communesWithRegularPolice", 85, 0, "regularOfficers", 454, 0, "chiefs", 90, 0,
                        "deputies", 91, 0, "officers", 273, 0, "unitsMeetingNorm", 80, 0, "vacancies", 12, 0, "grassrootsTeams", 0, 0,
                        "grassrootsMembers", 0, 0, "hamletsCovered", 0, 0, "semiProfessionalPolice", 0, 1215, "trainings", 4, 0,
                        "trainingParticipants", 300, 0)).province("75").response());
    }

    @Test
    void theScorecardComposesAllFivePartsWithSourceSplitRatesAndOldProvinces() {
        scorecardStubs();
        analyst().header("X-Request-Id", "req-scorecard-75")
                .queryParam("from", FROM).queryParam("to", TO)
                .when().get("/api/v1/provinces/75/scorecard")
                .then().statusCode(200)
                .body("province.code", equalTo("75")).body("province.population", equalTo(4374000)).body("province.communeCount", equalTo(95))
                .body("parts.part", contains("models", "activities", "tips", "handovers", "staffing"))
                .body("parts.available", contains(true, true, true, true, true))
                .body("degraded", empty())
                // sites 12 + 1611 = 1623; 1623 × 10,000 / 4,374,000 = 3.7105… → 3.711; 1623 / 95 = 17.0842… → 17.084
                .body("parts[0].figures.sites.records", equalTo(12))
                .body("parts[0].figures.sites.tallies", equalTo(1611))
                .body("parts[0].figures.sites.total", equalTo(1623))
                .body("parts[0].figures.sites.per10kInhabitants", equalTo(3.711f))
                .body("parts[0].figures.sites.perCommune", equalTo(17.084f))
                .body("parts[0].figures.sites.labelVi", equalTo("Điểm áp dụng mô hình"))
                // the old province as reported, counted under Đồng Nai
                .body("parts[0].oldProvinces[0].reportedProvinceCode", equalTo("70"))
                .body("parts[0].oldProvinces[0].reportedProvinceName", equalTo("Bình Phước"))
                .body("parts[0].oldProvinces[0].sites", equalTo(1611))
                // participants 410 + 289,148 = 289,558 → 289,558 × 10,000 / 4,374,000 = 661.9981… → 661.998
                .body("parts[1].figures.participants.total", equalTo(289558))
                .body("parts[1].figures.participants.per10kInhabitants", equalTo(661.998f))
                .body("parts[1].figures.screeningHours.total", equalTo(2.5f))
                // valuable 184 of 400 received → 0.4600; a ratio has no source split and no rates
                .body("parts[2].figures.valuableRatio.total", equalTo(0.46f))
                .body("parts[2].figures.valuableRatio.records", nullValue())
                .body("parts[2].figures.valuableRatio.per10kInhabitants", nullValue())
                .body("parts[3].figures.explosivesKg.total", equalTo(1.25f))
                // 85 of 90 communes have regular police → 0.9444; 454 officers / 95 communes = 4.7789… → 4.779
                .body("parts[4].figures.policeCoverage.total", equalTo(0.9444f))
                .body("parts[4].figures.regularOfficers.perCommune", equalTo(4.779f))
                .body("parts[4].figures.semiProfessionalPolice.tallies", equalTo(1215));

        // The caller's own token and request id went to every service, one call per endpoint.
        int calls = 0;
        for (var service : List.of(Downstream.models(), Downstream.activities(), Downstream.staffing())) {
            for (LoggedRequest seen : service.find(anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()))) {
                assertEquals("Bearer " + ANALYST, seen.getHeader("Authorization"));
                assertEquals("req-scorecard-75", seen.getHeader("X-Request-Id"));
                calls++;
            }
        }
        assertEquals(5, calls);
        assertEquals(3, Downstream.activities().find(anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())).size());
    }

    @Test
    void aWindowFromTheReformOnHasNoOldProvinces() {
        serve(Downstream.models(), request("model-statistics", "2025-07-01", "2025-12-31", "75", null),
                answer("2025-07-01", "2025-12-31", totals("models", 3, 0, "sites", 5, 0)).province("75").response());
        analyst().queryParam("from", "2025-07-01").queryParam("to", "2025-12-31").get("/api/v1/provinces/75/scorecard")
                .then().statusCode(200)
                .body("parts[0].oldProvinces", nullValue())
                .body("parts[0].figures.sites.total", equalTo(5))
                // a figure the service does not give is unknown, not 0
                .body("parts[0].figures.teams.total", nullValue());
    }

    private static void nationalStubs(String from, String to) {
        serve(Downstream.models(), request("model-statistics", from, to, null, "province"),
                answer(from, to, totals("models", 60, 0, "sites", 246, 5000)).groupBy("province")
                        .group(group("01", "Thành phố Hà Nội", "models", 20, 0, "sites", 23, 1600))
                        .group(group("75", "Đồng Nai", "models", 10, 0, "sites", 12, 1611))
                        .group(group("79", "Thành phố Hồ Chí Minh", "models", 30, 0, "sites", 211, 1789)).response());
        serve(Downstream.activities(), request("tip-statistics", from, to, null, "province"),
                answer(from, to, totals("received", 100, 900, "valuable", 50, 350)).groupBy("province")
                        .group(group("75", "Đồng Nai", "received", 10, 390, "valuable", 4, 180))
                        .group(group("38", "Thanh Hóa", "received", 0, 0, "valuable", 0, 0))
                        .group(group("79", "Thành phố Hồ Chí Minh", "received", 90, 510, "valuable", 46, 170)).response());
    }

    @Test
    void theNationalTableRanksEveryProvinceAndGivesRatesAndNationalTotals() {
        nationalStubs("2025-07-01", "2025-12-31");
        analyst().queryParam("from", "2025-07-01").queryParam("to", "2025-12-31")
                .queryParam("metrics", "models.sites,tips.valuableRatio,models.models")
                .when().get("/api/v1/national-table")
                .then().statusCode(200)
                .body("metrics.id", contains("models.sites", "tips.valuableRatio", "models.models"))
                .body("rankBy", equalTo("TOTAL"))
                .body("rows", hasSize(34))
                .body("rows.province.code[0]", equalTo("01"))
                .body("degraded", empty())
                // sites: 79 → 2000 (1st), 01 and 75 → 1623 each (both 2nd), everyone else 0 (all 4th)
                .body("rows.find { it.province.code == '79' }.cells.'models.sites'.total", equalTo(2000))
                .body("rows.find { it.province.code == '79' }.cells.'models.sites'.rank", equalTo(1))
                .body("rows.find { it.province.code == '01' }.cells.'models.sites'.rank", equalTo(2))
                .body("rows.find { it.province.code == '75' }.cells.'models.sites'.rank", equalTo(2))
                .body("rows.find { it.province.code == '38' }.cells.'models.sites'.total", equalTo(0))
                .body("rows.find { it.province.code == '38' }.cells.'models.sites'.rank", equalTo(4))
                // 2000 × 10,000 / 13,556,000 = 1.4753… → 1.475; 2000 / 168 = 11.9047… → 11.905
                .body("rows.find { it.province.code == '79' }.cells.'models.sites'.per10kInhabitants", equalTo(1.475f))
                .body("rows.find { it.province.code == '79' }.cells.'models.sites'.perCommune", equalTo(11.905f))
                .body("rows.find { it.province.code == '79' }.cells.'models.sites'.records", equalTo(211))
                // valuable ratio: 75 → 184/400 = 0.46 (1st), 79 → 216/600 = 0.36 (2nd), 38 → 0/0 = none, no rank
                .body("rows.find { it.province.code == '75' }.cells.'tips.valuableRatio'.total", equalTo(0.46f))
                .body("rows.find { it.province.code == '75' }.cells.'tips.valuableRatio'.rank", equalTo(1))
                .body("rows.find { it.province.code == '79' }.cells.'tips.valuableRatio'.rank", equalTo(2))
                .body("rows.find { it.province.code == '38' }.cells.'tips.valuableRatio'.total", nullValue())
                .body("rows.find { it.province.code == '38' }.cells.'tips.valuableRatio'.rank", nullValue())
                // national: the service's totals; 5246 × 10,000 / 100,623,000 = 0.5213… → 0.521; 5246 / 3321 = 1.5796… → 1.580
                .body("national.population", equalTo(100623000))
                .body("national.communeCount", equalTo(3321))
                .body("national.cells.'models.sites'.total", equalTo(5246))
                .body("national.cells.'models.sites'.per10kInhabitants", equalTo(0.521f))
                .body("national.cells.'models.sites'.perCommune", equalTo(1.58f))
                .body("national.cells.'models.sites'.rank", nullValue())
                // 400 valuable of 1000 received
                .body("national.cells.'tips.valuableRatio'.total", equalTo(0.4f));
        // One call per part, whatever the number of metrics of that part.
        assertEquals(1, Downstream.models().find(anyRequestedFor(urlPathEqualTo("/api/v1/model-statistics"))).size());
        assertEquals(0, Downstream.staffing().find(anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())).size());
    }

    @Test
    void aViewSaysInServerTimingHowLongItWaitedForEachPartAndForItself() {
        String from = "2025-07-01";
        String to = "2025-12-31";
        serve(Downstream.models(), request("model-statistics", from, to, null, "province"),
                answer(from, to, totals("models", 60, 0)).groupBy("province").response().withFixedDelay(300));
        serve(Downstream.activities(), request("tip-statistics", from, to, null, "province"),
                answer(from, to, totals("received", 100, 900, "valuable", 50, 350)).groupBy("province").response().withFixedDelay(150));
        String timing = analyst().queryParam("from", from).queryParam("to", to).queryParam("metrics", "models.models,tips.received")
                .when().get("/api/v1/national-table")
                .then().statusCode(200).extract().header("Server-Timing");
        Map<String, Double> durations = new LinkedHashMap<>();
        for (String entry : timing.split(", ")) {
            Matcher m = Pattern.compile("([a-z]+);dur=(\\d+\\.\\d)").matcher(entry);
            assertTrue(m.matches(), entry + " in " + timing);
            durations.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        assertEquals(List.of("models", "tips", "compose"), List.copyOf(durations.keySet()), timing);
        // Each part's wait includes the delay its service took to answer.
        assertTrue(durations.get("models") >= 300, timing);
        assertTrue(durations.get("tips") >= 150, timing);
    }

    @Test
    void ranksCanBeByRatePer10000Inhabitants() {
        nationalStubs("2025-07-01", "2025-12-31");
        // per 10,000: 75 → 3.711, 01 → 1623 × 10,000 / 8,718,000 = 1.8616… → 1.862, 79 → 1.475
        analyst().queryParam("from", "2025-07-01").queryParam("to", "2025-12-31").queryParam("metrics", "models.sites")
                .queryParam("rankBy", "PER_10K_INHABITANTS")
                .when().get("/api/v1/national-table")
                .then().statusCode(200)
                .body("rows.find { it.province.code == '75' }.cells.'models.sites'.rank", equalTo(1))
                .body("rows.find { it.province.code == '01' }.cells.'models.sites'.per10kInhabitants", equalTo(1.862f))
                .body("rows.find { it.province.code == '01' }.cells.'models.sites'.rank", equalTo(2))
                .body("rows.find { it.province.code == '79' }.cells.'models.sites'.rank", equalTo(3))
                .body("rows.find { it.province.code == '96' }.cells.'models.sites'.rank", equalTo(4));
    }

    @Test
    void aComparisonShowsTheChosenProvincesInOrderWithTheirNationalRanks() {
        nationalStubs("2025-07-01", "2025-12-31");
        analyst().queryParam("from", "2025-07-01").queryParam("to", "2025-12-31").queryParam("provinces", "75,79")
                .queryParam("metrics", "models.sites")
                .when().get("/api/v1/province-comparisons")
                .then().statusCode(200)
                .body("rows.province.code", contains("75", "79"))
                .body("rows.province.name", contains("Đồng Nai", "Thành phố Hồ Chí Minh"))
                .body("rows[0].cells.'models.sites'.rank", equalTo(2))
                .body("rows[1].cells.'models.sites'.rank", equalTo(1))
                .body("national.cells.'models.sites'.total", equalTo(5246));
    }

    @Test
    void comparisonsAndTablesRefuseWhatTheyCannotShow() {
        analyst().queryParam("from", "2025-07-01").queryParam("to", "2025-12-31").queryParam("provinces", "75,70")
                .get("/api/v1/province-comparisons")
                .then().statusCode(400).body("errors[0].field", equalTo("provinces"));
        analyst().queryParam("from", "2025-07-01").queryParam("to", "2025-12-31")
                .get("/api/v1/province-comparisons")
                .then().statusCode(400).body("errors[0].field", equalTo("provinces"));
        analyst().queryParam("from", "2025-07-01").queryParam("to", "2025-12-31").queryParam("metrics", "models.sites,models.bogus")
                .get("/api/v1/national-table")
                .then().statusCode(400).body("errors[0].field", equalTo("metrics"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("models.bogus"));
        analyst().queryParam("from", "2025-12-31").queryParam("to", "2025-07-01").get("/api/v1/national-table")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        analyst().queryParam("to", "2025-07-01").get("/api/v1/national-table")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.containsString("from"));
        analyst().queryParam("from", "2025-07-01").queryParam("to", "2025-12-31").queryParam("rankBy", "BEST")
                .get("/api/v1/national-table").then().statusCode(400);
        analyst().queryParam("from", "2025-07-01").queryParam("to", "2025-12-31").get("/api/v1/provinces/70/scorecard")
                .then().statusCode(404).contentType("application/problem+json");
        assertEquals(0, Downstream.models().find(anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())).size());
    }

    @Test
    void aTrendMakesOneCallPerPeriod() {
        String[][] quarters = { { "2025-01-01", "2025-03-31", "100" }, { "2025-04-01", "2025-06-30", "150" }, { "2025-07-01", "2025-09-30", "95" } };
        for (String[] q : quarters) {
            serve(Downstream.models(), request("model-statistics", q[0], q[1], "75", null),
                    answer(q[0], q[1], totals("sites", Integer.parseInt(q[2]), 0)).province("75").response());
        }
        analyst().queryParam("metric", "models.sites").queryParam("from", "2025-01-01").queryParam("to", "2025-09-30")
                .queryParam("interval", "QUARTER").queryParam("province", "75")
                .when().get("/api/v1/trends")
                .then().statusCode(200)
                .body("metric.id", equalTo("models.sites"))
                .body("province.code", equalTo("75"))
                .body("points.period", contains("2025-Q1", "2025-Q2", "2025-Q3"))
                .body("points.from", contains("2025-01-01", "2025-04-01", "2025-07-01"))
                .body("points.total", contains(100, 150, 95))
                // 150 × 10,000 / 4,374,000 = 0.3429… → 0.343
                .body("points[1].per10kInhabitants", equalTo(0.343f))
                .body("degraded", empty());
        assertEquals(3, Downstream.models().find(anyRequestedFor(urlPathEqualTo("/api/v1/model-statistics"))).size());
    }

    @Test
    void aNationalTrendUsesTheNationalPopulation() {
        serve(Downstream.activities(), request("tip-statistics", "2024-01-01", "2024-12-31", null, null),
                answer("2024-01-01", "2024-12-31", totals("received", 0, 1000, "valuable", 0, 250)).response());
        serve(Downstream.activities(), request("tip-statistics", "2025-01-01", "2025-06-30", null, null),
                answer("2025-01-01", "2025-06-30", totals("received", 10, 490, "valuable", 5, 195)).response());
        analyst().queryParam("metric", "tips.received").queryParam("from", "2024-01-01").queryParam("to", "2025-06-30")
                .when().get("/api/v1/trends")
                .then().statusCode(200)
                .body("province", nullValue())
                .body("interval", equalTo("YEAR"))
                .body("points.period", contains("2024", "2025"))
                .body("points.to", contains("2024-12-31", "2025-06-30"))
                .body("points.total", contains(1000, 500))
                // 1000 × 10,000 / 100,623,000 = 0.0993… → 0.099
                .body("points[0].per10kInhabitants", equalTo(0.099f));
    }

    @Test
    void tooManyPeriodsOrAnUnknownMetricIs400() {
        analyst().queryParam("metric", "models.sites").queryParam("from", "2015-01-01").queryParam("to", "2025-12-31")
                .queryParam("interval", "MONTH").get("/api/v1/trends")
                .then().statusCode(400).body("errors[0].field", equalTo("interval"));
        analyst().queryParam("metric", "sites").queryParam("from", "2025-01-01").queryParam("to", "2025-12-31").get("/api/v1/trends")
                .then().statusCode(400).body("errors[0].field", equalTo("metric"));
        analyst().queryParam("from", "2025-01-01").queryParam("to", "2025-12-31").get("/api/v1/trends")
                .then().statusCode(400);
    }

    @Test
    void theCommuneDrillDownRanksCommunesAndKeepsProvinceWideFiguresApart() {
        String from = "2025-07-01";
        String to = "2025-12-31";
        serve(Downstream.models(), request("model-statistics", from, to, "75", "commune"),
                answer(from, to, totals("models", 3, 0, "sites", 5, 122)).province("75").groupBy("commune")
                        .group(group("26068", "Phường Tân Phú", "models", 2, 0, "sites", 3, 0))
                        .group(group("26041", "Phường Trấn Biên", "models", 2, 0, "sites", 2, 0))
                        .group(group(null, "Cấp tỉnh (không gắn với xã)", "models", 0, 0, "sites", 0, 122)).response());
        serve(Downstream.activities(), request("activity-statistics", from, to, "75", "commune"),
                answer(from, to, totals("participants", 560, 0)).province("75").groupBy("commune")
                        .group(group("26068", "Phường Tân Phú", "participants", 120, 0))
                        .group(group("25993", "Phường Bình Phước", "participants", 440, 0)).response());
        analyst().queryParam("from", from).queryParam("to", to).queryParam("metrics", "models.sites,activities.participants")
                .when().get("/api/v1/provinces/75/commune-table")
                .then().statusCode(200)
                .body("province.code", equalTo("75"))
                .body("rows.code", contains("25993", "26041", "26068"))
                .body("rows.name", contains("Phường Bình Phước", "Phường Trấn Biên", "Phường Tân Phú"))
                // sites: Tân Phú 3 (1st), Trấn Biên 2 (2nd), Bình Phước none reported → 0 (3rd)
                .body("rows.find { it.code == '26068' }.cells.'models.sites'.rank", equalTo(1))
                .body("rows.find { it.code == '26041' }.cells.'models.sites'.rank", equalTo(2))
                .body("rows.find { it.code == '25993' }.cells.'models.sites'.total", equalTo(0))
                .body("rows.find { it.code == '25993' }.cells.'models.sites'.rank", equalTo(3))
                .body("rows.find { it.code == '25993' }.cells.'activities.participants'.rank", equalTo(1))
                .body("rows.find { it.code == '26041' }.cells.'activities.participants'.total", equalTo(0))
                .body("provinceWide.'models.sites'.tallies", equalTo(122))
                .body("provinceWide.'activities.participants'.total", nullValue())
                .body("totals.'models.sites'.total", equalTo(127))
                .body("totals.'activities.participants'.total", equalTo(560));
    }

    @Test
    void tabularViewsComeAsCsvWithAByteOrderMark() {
        nationalStubs("2025-07-01", "2025-12-31");
        Response response = analyst().accept("text/csv").queryParam("from", "2025-07-01").queryParam("to", "2025-12-31")
                .queryParam("metrics", "models.sites,tips.valuableRatio")
                .when().get("/api/v1/national-table");
        response.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"national-table_2025-07-01_2025-12-31.csv\"");
        byte[] bytes = response.asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(36, lines.size(), "header, 34 provinces, national");
        assertEquals("provinceCode,provinceName,population,communes,models.sites,models.sites.records,models.sites.tallies,"
                + "models.sites.per10kInhabitants,models.sites.perCommune,models.sites.rank,tips.valuableRatio,tips.valuableRatio.records,"
                + "tips.valuableRatio.tallies,tips.valuableRatio.per10kInhabitants,tips.valuableRatio.perCommune,tips.valuableRatio.rank",
                lines.get(0));
        assertTrue(lines.contains("75,Đồng Nai,4374000,95,1623,12,1611,3.711,17.084,2,0.4600,,,,,1"), String.join("\n", lines));
        assertTrue(lines.contains("38,Thanh Hóa,3760000,166,0,0,0,0.000,0.000,4,,,,,,"), String.join("\n", lines));
        assertEquals(",Toàn quốc,100623000,3321,5246,246,5000,0.521,1.580,,0.4000,,,,,", lines.get(35));
    }

    @Test
    void theMetricCatalogListsEveryFigureOfTheContract() {
        analyst().get("/api/v1/view-metrics").then().statusCode(200)
                .body("size()", equalTo(52))
                .body("find { it.id == 'tips.valuableRatio' }.unit", equalTo("RATIO"))
                .body("find { it.id == 'staffing.vacancies' }.basis", equalTo("STOCK"))
                .body("find { it.id == 'handovers.explosivesKg' }.unit", equalTo("KG"))
                .body("find { it.id == 'models.sites' }.labelVi", equalTo("Điểm áp dụng mô hình"))
                .body("find { it.id == 'models.sites' }.source", nullValue());
    }
}
