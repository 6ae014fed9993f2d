package vn.gov.antq.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.gov.antq.activities.rest.StatisticsFixture.ADMIN;
import static vn.gov.antq.activities.rest.StatisticsFixture.as;
import static vn.gov.antq.activities.rest.StatisticsFixture.body;
import static vn.gov.antq.activities.rest.StatisticsFixture.figure;
import static vn.gov.antq.activities.rest.StatisticsFixture.post;
import static vn.gov.antq.activities.rest.StatisticsFixture.postAs;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

/**
 * Tip statistics on a dataset built through the API in 2007–2010, years no other test uses, with every expected number
 * worked out below. The window is 2008-01-01 – 2009-12-31, Vietnam's days. Times are Vietnam's (+07:00).
 *
 * <pre>
 * tip  province commune       channel                  category       received            workflow (day: status)                       in window
 * P1   75       25207→25210   HOTLINE                  DRUGS          2008-02-01 09:00    02-02 VERIFYING, 02-10 08:00 VALUABLE,        yes
 *                                                                                         03-01 FORWARDED; 1 case solved, 2 arrests
 * P2   75       25288→25270   VNEID                    FRAUD          2009-12-31 23:30    2010-01-02 VERIFYING                          yes
 * P3   75       -             IN_PERSON                WANTED_PERSON  2008-06-01 08:00    06-01 VERIFYING, 06-05 VALUABLE,              yes
 *                                                                                         2010-02-01 CLOSED; 1 caught, 1 surrendered
 * P4   75       25207→25210   HOTLINE                  THEFT          2008-08-01 10:00    08-02 VERIFYING, 08-03 NOT_VALUABLE, 08-04 CLOSED yes
 * P5   75       25207         HOTLINE                  DRUGS          2010-01-01 00:30    (2009-12-31 17:30 UTC: Vietnam's day is 2010) no
 * P6   01       -             MAIL                     GAMBLING       2009-05-05 10:00    05-06 VERIFYING, 2010-01-05 VALUABLE          yes
 * P7   75       25207         HOTLINE                  DRUGS          2007-12-31 23:59                                                  no
 * P8   75       25207→25210   PROPAGANDA_SESSION_SLIP  DRUGS          2009-03-01 20:00    (slip of a meeting held that day)             yes
 *
 * tally  reported               period                    figures
 * TT1    38                     2008-01-01 – 2008-12-31   received 20000, valuable 9000, wantedCaughtOrSurrendered 400
 * TT2    38                     2009-01-01 – 2009-12-31   received 19500, valuable 9170, wantedCaughtOrSurrendered 323
 * TT3    74 (→79)               2008-01-01 – 2008-12-31   valuable 5000, casesSolved 2144, suspectsArrested 3630
 * TT4    70, old 25288 (→25270) 2009-01-01 – 2009-06-30   received 40, valuable 10, wantedCaught 2, wantedSurrendered 1
 * TT5    38                     2007-01-01 – 2007-12-31   received 999 (before the window)
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class TipStatisticsResourceTest {

    private static final String PATH = "/api/v1/tip-statistics";
    private static final String SUMMARY = "Nghi có đường dây buôn bán ma túy ở chợ đêm";
    private static final String TIPSTER = "Trần Thị Tố Giác";
    private static boolean built;

    @BeforeEach
    void dataset() {
        if (built) {
            return;
        }
        StatisticsFixture.loadCommunes();
        Map<String, Object> p1 = tipBody("75", "25207", "HOTLINE", "DRUGS", "2008-02-01T09:00:00+07:00");
        p1.put("summary", SUMMARY);
        p1.put("reporter", Map.of("name", TIPSTER, "phone", "0912345678"));
        long tip1 = post("/api/v1/tips", p1);
        status(tip1, "VERIFYING", "2008-02-02T08:00:00+07:00", null);
        status(tip1, "VALUABLE", "2008-02-10T08:00:00+07:00", null);
        outcomes(tip1, "HOTLINE", "DRUGS", 1, 2, 0, 0);
        status(tip1, "FORWARDED", "2008-03-01T08:00:00+07:00", Map.of("forwardedTo", "Phòng Cảnh sát điều tra tội phạm về ma túy"));
        long tip2 = post("/api/v1/tips", tipBody("75", "25288", "VNEID", "FRAUD", "2009-12-31T23:30:00+07:00"));
        status(tip2, "VERIFYING", "2010-01-02T08:00:00+07:00", null);
        long tip3 = post("/api/v1/tips", tipBody("75", null, "IN_PERSON", "WANTED_PERSON", "2008-06-01T08:00:00+07:00"));
        status(tip3, "VERIFYING", "2008-06-01T10:00:00+07:00", null);
        status(tip3, "VALUABLE", "2008-06-05T08:00:00+07:00", null);
        outcomes(tip3, "IN_PERSON", "WANTED_PERSON", 0, 0, 1, 1);
        status(tip3, "CLOSED", "2010-02-01T08:00:00+07:00", null);
        long tip4 = post("/api/v1/tips", tipBody("75", "25207", "HOTLINE", "THEFT", "2008-08-01T10:00:00+07:00"));
        status(tip4, "VERIFYING", "2008-08-02T08:00:00+07:00", null);
        status(tip4, "NOT_VALUABLE", "2008-08-03T08:00:00+07:00", Map.of("notValuableReason", "PRANK"));
        status(tip4, "CLOSED", "2008-08-04T08:00:00+07:00", null);
        post("/api/v1/tips", tipBody("75", "25207", "HOTLINE", "DRUGS", "2010-01-01T00:30:00+07:00"));
        long tip6 = post("/api/v1/tips", tipBody("01", null, "MAIL", "GAMBLING", "2009-05-05T10:00:00+07:00"));
        status(tip6, "VERIFYING", "2009-05-06T08:00:00+07:00", null);
        status(tip6, "VALUABLE", "2010-01-05T08:00:00+07:00", null);
        post("/api/v1/tips", tipBody("75", "25207", "HOTLINE", "DRUGS", "2007-12-31T23:59:00+07:00"));
        long meeting = post("/api/v1/activities", body("title", "Họp dân phòng, chống ma túy ấp Tân Thành", "form", "COMMUNITY_MEETING",
                "topics", List.of("DRUGS"), "provinceCode", "75", "communeCode", "25207", "heldOn", "2009-03-01", "organiser", "POLICE"));
        Map<String, Object> slip = tipBody("75", "25207", "PROPAGANDA_SESSION_SLIP", "DRUGS", "2009-03-01T20:00:00+07:00");
        slip.put("activityId", meeting);
        post("/api/v1/tips", slip);
        tally("38", null, "2008-01-01", "2008-12-31", "received", 20000, "valuable", 9000, "wantedCaughtOrSurrendered", 400);
        tally("38", null, "2009-01-01", "2009-12-31", "received", 19500, "valuable", 9170, "wantedCaughtOrSurrendered", 323);
        tally("74", null, "2008-01-01", "2008-12-31", "valuable", 5000, "casesSolved", 2144, "suspectsArrested", 3630);
        tally("70", "25288", "2009-01-01", "2009-06-30", "received", 40, "valuable", 10, "wantedCaught", 2, "wantedSurrendered", 1);
        tally("38", null, "2007-01-01", "2007-12-31", "received", 999);
        built = true;
    }

    @Test
    void nationalTotalsAddRecordsAndTalliesWithoutDoubleCounting() {
        ValidatableResponse national = window(ADMIN).when().get(PATH).then().statusCode(200)
                .body("province", nullValue()).body("groups.size()", equalTo(0));
        // P1, P2, P3, P4, P6, P8; TT1 20000 + TT2 19500 + TT4 40 (TT5 lies before the window).
        figure(national, "totals.received", 6, 39540);
        // P1 and P3 (P6 became VALUABLE after the window); 9000 + 9170 + 5000 + 10.
        figure(national, "totals.valuable", 2, 23180);
        figure(national, "totals.notValuable", 1, 0);
        figure(national, "totals.casesSolved", 1, 2144);
        figure(national, "totals.suspectsArrested", 2, 3630);
        figure(national, "totals.wantedCaught", 1, 2);
        figure(national, "totals.wantedSurrendered", 1, 1);
        // Caught and surrendered, and the unsplit 400 + 323 of Thanh Hóa's tallies: 2 + 1 + 723.
        figure(national, "totals.wantedCaughtOrSurrendered", 2, 726);
        // (2 + 23180) / (6 + 39540).
        national.body("totals.valuableRatio", equalTo(new BigDecimal("0.5862")));
        figure(window(TestTokens.forRole(Roles.PARTNER_SYSTEM)).when().get(PATH).then().statusCode(200), "totals.received", 6, 39540);
    }

    @Test
    void byProvinceWithTheValuableRatioOfEach() {
        ValidatableResponse byProvince = window(ADMIN).queryParam("groupBy", "province").when().get(PATH).then().statusCode(200)
                .body("groups.key", equalTo(List.of("01", "38", "75", "79")))
                .body("groups.label", equalTo(List.of("Thành phố Hà Nội", "Thanh Hóa", "Đồng Nai", "Thành phố Hồ Chí Minh")));
        figure(byProvince, "groups[0].received", 1, 0);
        byProvince.body("groups[0].valuableRatio", equalTo(new BigDecimal("0.0")));
        figure(byProvince, "groups[1].received", 0, 39500);
        figure(byProvince, "groups[1].valuable", 0, 18170);
        figure(byProvince, "groups[1].wantedCaughtOrSurrendered", 0, 723);
        byProvince.body("groups[1].valuableRatio", equalTo(new BigDecimal("0.46")));
        // Đồng Nai: P1, P2, P3, P4, P8 and Bình Phước's commune tally TT4.
        figure(byProvince, "groups[2].received", 5, 40);
        figure(byProvince, "groups[2].valuable", 2, 10);
        figure(byProvince, "groups[2].notValuable", 1, 0);
        figure(byProvince, "groups[2].wantedCaught", 1, 2);
        figure(byProvince, "groups[2].wantedCaughtOrSurrendered", 2, 3);
        byProvince.body("groups[2].valuableRatio", equalTo(new BigDecimal("0.2667")));
        // Hồ Chí Minh City: Bình Dương's TT3, which reports no tips received: no ratio.
        figure(byProvince, "groups[3].valuable", 0, 5000);
        figure(byProvince, "groups[3].casesSolved", 0, 2144);
        figure(byProvince, "groups[3].suspectsArrested", 0, 3630);
        byProvince.body("groups[3].valuableRatio", nullValue());
    }

    @Test
    void oldProvincesBreakTalliesDownAsReported() {
        window(ADMIN).when().get(PATH).then().statusCode(200)
                .body("oldProvinces.reportedProvinceCode", equalTo(List.of("38", "70", "74")))
                .body("oldProvinces[0].tallies", equalTo(2))
                .body("oldProvinces[0].received", equalTo(39500))
                .body("oldProvinces[0].valuable", equalTo(18170))
                .body("oldProvinces[0].wantedCaught", nullValue())
                .body("oldProvinces[0].wantedCaughtOrSurrendered", equalTo(723))
                .body("oldProvinces[0].casesSolved", nullValue())
                .body("oldProvinces[1].reportedProvinceName", equalTo("Bình Phước"))
                .body("oldProvinces[1].provinceCode", equalTo("75"))
                .body("oldProvinces[1].wantedCaught", equalTo(2))
                .body("oldProvinces[1].wantedSurrendered", equalTo(1))
                .body("oldProvinces[1].wantedCaughtOrSurrendered", equalTo(3))
                .body("oldProvinces[2].reportedProvinceName", equalTo("Bình Dương"))
                .body("oldProvinces[2].provinceCode", equalTo("79"))
                .body("oldProvinces[2].provinceName", equalTo("Thành phố Hồ Chí Minh"))
                .body("oldProvinces[2].received", nullValue())
                .body("oldProvinces[2].casesSolved", equalTo(2144))
                .body("oldProvinces[2].suspectsArrested", equalTo(3630));
        as(ADMIN).queryParam("from", "2025-07-01").queryParam("to", "2025-12-31").when().get(PATH).then().statusCode(200)
                .body("oldProvinces", nullValue());
    }

    @Test
    void byChannelAndByCategoryTalliesGoUnderNone() {
        ValidatableResponse byChannel = window(ADMIN).queryParam("groupBy", "channel").when().get(PATH).then().statusCode(200)
                .body("groups.key", equalTo(Arrays.asList("HOTLINE", "IN_PERSON", "MAIL", "PROPAGANDA_SESSION_SLIP", "VNEID", null)))
                .body("groups[0].label", equalTo("Đường dây nóng"))
                .body("groups[3].label", equalTo("Phiếu thu tại buổi tuyên truyền"));
        figure(byChannel, "groups[0].received", 2, 0);
        figure(byChannel, "groups[0].valuable", 1, 0);
        figure(byChannel, "groups[0].notValuable", 1, 0);
        figure(byChannel, "groups[0].casesSolved", 1, 0);
        byChannel.body("groups[0].valuableRatio", equalTo(new BigDecimal("0.5")));
        figure(byChannel, "groups[1].wantedSurrendered", 1, 0);
        byChannel.body("groups[1].valuableRatio", equalTo(new BigDecimal("1.0")));
        figure(byChannel, "groups[3].received", 1, 0);
        figure(byChannel, "groups[5].received", 0, 39540);
        figure(byChannel, "groups[5].valuable", 0, 23180);
        ValidatableResponse byCategory = window(ADMIN).queryParam("groupBy", "category").when().get(PATH).then().statusCode(200)
                .body("groups.key", equalTo(Arrays.asList("DRUGS", "FRAUD", "GAMBLING", "THEFT", "WANTED_PERSON", null)))
                .body("groups[4].label", equalTo("Đối tượng truy nã"));
        figure(byCategory, "groups[0].received", 2, 0);
        figure(byCategory, "groups[0].valuable", 1, 0);
        figure(byCategory, "groups[3].notValuable", 1, 0);
        figure(byCategory, "groups[4].wantedCaughtOrSurrendered", 2, 0);
        figure(byCategory, "groups[5].wantedCaughtOrSurrendered", 0, 726);
    }

    @Test
    void byStatusOnTheWindowsLastDay() {
        ValidatableResponse byStatus = window(ADMIN).queryParam("groupBy", "status").when().get(PATH).then().statusCode(200)
                .body("groups.key", equalTo(Arrays.asList("CLOSED", "FORWARDED", "RECEIVED", "VALUABLE", "VERIFYING", null)))
                .body("groups[2].label", equalTo("Đã tiếp nhận"));
        // P4; P1; P2 and P8; P3 (closed only in 2010); P6 (of value only in 2010).
        figure(byStatus, "groups[0].notValuable", 1, 0);
        figure(byStatus, "groups[1].casesSolved", 1, 0);
        figure(byStatus, "groups[2].received", 2, 0);
        figure(byStatus, "groups[3].wantedCaught", 1, 0);
        figure(byStatus, "groups[4].received", 1, 0);
        figure(byStatus, "groups[4].valuable", 0, 0);
        // P1 became VALUABLE at 08:00 on 2008-02-10: a window ending that day counts it, one ending the day before does not.
        ValidatableResponse thatDay = as(ADMIN).queryParam("from", "2008-02-01").queryParam("to", "2008-02-10").queryParam("groupBy", "status")
                .when().get(PATH).then().statusCode(200).body("groups.key", equalTo(Arrays.asList("VALUABLE", null)));
        figure(thatDay, "totals.valuable", 1, 9000 + 5000);
        ValidatableResponse dayBefore = as(ADMIN).queryParam("from", "2008-02-01").queryParam("to", "2008-02-09").queryParam("groupBy", "status")
                .when().get(PATH).then().statusCode(200).body("groups.key", equalTo(Arrays.asList("VERIFYING", null)));
        figure(dayBefore, "totals.valuable", 0, 9000 + 5000);
    }

    @Test
    void byCommuneTipsAndCommuneTalliesCountUnderTheCurrentCommune() {
        ValidatableResponse byCommune = window(ADMIN).queryParam("province", "75").queryParam("groupBy", "commune").when().get(PATH)
                .then().statusCode(200).body("groups.key", equalTo(Arrays.asList("25210", "25270", null)));
        // P1, P4, P8.
        figure(byCommune, "groups[0].received", 3, 0);
        figure(byCommune, "groups[0].valuable", 1, 0);
        figure(byCommune, "groups[0].notValuable", 1, 0);
        // P2 and TT4, reported for old commune 25288.
        figure(byCommune, "groups[1].received", 1, 40);
        figure(byCommune, "groups[1].wantedCaught", 0, 2);
        // P3, province-level.
        figure(byCommune, "groups[2].received", 1, 0);
        figure(byCommune, "groups[2].wantedCaught", 1, 0);
        figure(byCommune, "totals.received", 5, 40);
    }

    @Test
    void daysAreVietnamsDays() {
        // P2 came in at 23:30 on 2009-12-31 in Vietnam; TT2 covers the day.
        figure(as(ADMIN).queryParam("asOf", "2009-12-31").when().get(PATH).then().statusCode(200), "totals.received", 1, 19500);
        // P5 came in at 00:30 on 2010-01-01 in Vietnam, still 2009-12-31 in UTC.
        figure(as(ADMIN).queryParam("asOf", "2010-01-01").when().get(PATH).then().statusCode(200).body("oldProvinces.size()", equalTo(0)),
                "totals.received", 1, 0);
        // P7 came in a minute before 2008.
        figure(as(ADMIN).queryParam("asOf", "2007-12-31").when().get(PATH).then().statusCode(200), "totals.received", 1, 999);
    }

    @Test
    void neitherTheTipsTextNorItsTipsterEverAppears() {
        for (String groupBy : List.of("province", "commune", "channel", "category", "status")) {
            String answer = window(ADMIN).queryParam("groupBy", groupBy).when().get(PATH).then().statusCode(200).extract().asString();
            assertFalse(answer.contains(SUMMARY) || answer.contains(TIPSTER) || answer.contains("0912345678"), groupBy + ": " + answer);
        }
    }

    @Test
    void scopePerRole() {
        String officer38 = TestTokens.token(Roles.PROVINCE_OFFICER, "38", null);
        ValidatableResponse own = window(officer38).queryParam("groupBy", "commune").when().get(PATH).then().statusCode(200)
                .body("province", equalTo("38"));
        figure(own, "totals.received", 0, 39500);
        own.body("oldProvinces.reportedProvinceCode", equalTo(List.of("38")));
        // Another province's totals are open to every role, its communes are not.
        figure(window(officer38).queryParam("province", "75").when().get(PATH).then().statusCode(200), "totals.received", 5, 40);
        ValidatableResponse other = window(officer38).queryParam("province", "75").queryParam("groupBy", "commune").when().get(PATH)
                .then().statusCode(200).body("groups.size()", equalTo(0)).body("totals.valuableRatio", nullValue());
        figure(other, "totals.received", 0, 0);
        // Investigators, commune officers and province officers of Đồng Nai read Đồng Nai's counts.
        for (String role : List.of(Roles.TIP_INVESTIGATOR, Roles.COMMUNE_OFFICER, Roles.PROVINCE_OFFICER)) {
            figure(window(TestTokens.forRole(role)).queryParam("groupBy", "commune").when().get(PATH).then().statusCode(200)
                    .body("province", equalTo("75")), "totals.received", 5, 40);
        }
        figure(window(TestTokens.forRole(Roles.MINISTRY_ANALYST)).queryParam("province", "38").when().get(PATH).then().statusCode(200),
                "totals.valuable", 0, 18170);
    }

    @Test
    void recordsAndTalliesNeverCoverTheSameTips() {
        // Bình Phước's 2008 would cover P1, P3, P4; a tip of Thanh Hóa in 2009 would fall into TT2.
        postAs(ADMIN, "/api/v1/tip-tallies", tallyBody("70", null, "2008-01-01", "2008-12-31", "received", 5)).then().statusCode(409);
        postAs(ADMIN, "/api/v1/tips", tipBody("38", null, "HOTLINE", "DRUGS", "2009-05-05T10:00:00+07:00")).then().statusCode(409);
        figure(window(ADMIN).when().get(PATH).then().statusCode(200), "totals.received", 6, 39540);
    }

    @Test
    void badRequestsAre400() {
        window(ADMIN).queryParam("groupBy", "form").when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
        window(ADMIN).queryParam("province", "74").when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("province"));
        as(ADMIN).queryParam("to", "2009-12-31").when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("from"));
        as(ADMIN).queryParam("asOf", "2009-02-30").when().get(PATH).then().statusCode(400).body("status", not(equalTo(500)));
    }

    private static RequestSpecification window(String token) {
        return StatisticsFixture.window(token, "2008-01-01", "2009-12-31");
    }

    private static Map<String, Object> tipBody(String province, String commune, String channel, String category, String receivedAt) {
        return body("receivedAt", receivedAt, "channel", channel, "category", category, "provinceCode", province, "communeCode", commune,
                "summary", "Tin báo " + category.toLowerCase() + " " + receivedAt);
    }

    private static void status(long tip, String status, String effectiveAt, Map<String, Object> extra) {
        Map<String, Object> change = body("status", status, "effectiveAt", effectiveAt);
        if (extra != null) {
            change.putAll(extra);
        }
        given().auth().oauth2(ADMIN).header("If-Match", etag(tip)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(change).when().post("/api/v1/tips/" + tip + "/status-changes").then().statusCode(200);
    }

    private static void outcomes(long tip, String channel, String category, int cases, int arrests, int caught, int surrendered) {
        given().auth().oauth2(ADMIN).header("If-Match", etag(tip)).contentType(ContentType.JSON)
                .body(body("channel", channel, "category", category, "summary", "Đã xác minh, có kết quả", "casesSolved", cases,
                        "suspectsArrested", arrests, "wantedCaught", caught, "wantedSurrendered", surrendered))
                .when().put("/api/v1/tips/" + tip).then().statusCode(200);
    }

    private static String etag(long tip) {
        return given().auth().oauth2(ADMIN).when().get("/api/v1/tips/" + tip).then().statusCode(200).extract().header("ETag");
    }

    private static void tally(String province, String commune, String from, String to, Object... figures) {
        post("/api/v1/tip-tallies", tallyBody(province, commune, from, to, figures));
    }

    private static Map<String, Object> tallyBody(String province, String commune, String from, String to, Object... figures) {
        Map<String, Object> body = body("provinceCode", province, "communeCode", commune, "periodFrom", from, "periodTo", to,
                "sourceDocument", "Báo cáo kết quả tiếp nhận tin báo năm " + to.substring(0, 4));
        body.putAll(body(figures));
        return body;
    }
}
