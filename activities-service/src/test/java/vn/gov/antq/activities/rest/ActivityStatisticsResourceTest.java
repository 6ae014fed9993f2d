package vn.gov.antq.activities.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.antq.activities.rest.StatisticsFixture.ADMIN;
import static vn.gov.antq.activities.rest.StatisticsFixture.as;
import static vn.gov.antq.activities.rest.StatisticsFixture.body;
import static vn.gov.antq.activities.rest.StatisticsFixture.figure;
import static vn.gov.antq.activities.rest.StatisticsFixture.number;
import static vn.gov.antq.activities.rest.StatisticsFixture.post;
import static vn.gov.antq.activities.rest.StatisticsFixture.postAs;
import static vn.gov.antq.activities.rest.StatisticsFixture.quantity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

/**
 * Activity statistics on a dataset built through the API in 2003–2006, years no other test uses, with every expected
 * number worked out below. The window is 2004-01-01 – 2005-12-31. Old communes 25207 and 25288 of Bình Phước (70) are
 * today's 25210 and 25270 of Đồng Nai (75); old 25291 was split between the two, so its activities count under no
 * current commune.
 *
 * <pre>
 * activity province commune        form                 topics                        organiser     days                     in window
 * A1       75       25207→25210    COMMUNITY_MEETING    CRIME_PREVENTION, DRUGS       POLICE        2004-03-10               yes
 * A2       75       25288→25270    MOBILE_PROPAGANDA    TRAFFIC_SAFETY                WOMENS_UNION  2003-11-01 – 2004-01-15  yes
 * A3       75       -              FILM_SCREENING       DRUGS                         YOUTH_UNION   2005-12-31               yes
 * A4       75       25207→25210    COMMUNITY_MEETING    CRIME_PREVENTION              POLICE        2006-01-01               no
 * A5       38       -              CONFERENCE           DRUGS, LAW_DISSEMINATION      POLICE        2005-06-01 – 2005-06-02  yes
 * A6       75       25207→25210    LEAFLET_DISTRIBUTION ONLINE_FRAUD                  POLICE        2003-12-31               no
 * A7       75       25291 (split)  FESTIVAL_DAY         BORDER_SECURITY               BORDER_GUARD  2005-09-02               yes
 *
 * figures   sessions participants leaflets booklets banners panels minutes hours
 * A1        1        120          300      -        -       -      -       -
 * A2        12       900          -        -        4       2      360     -
 * A3        3        450          -        -        -       -      -       4.5
 * A4        1        80           -        -        -       -      -       -
 * A5        2        300          -        500      -       -      -       -
 * A6        -        -            1000     -        -       -      -       -
 * A7        -        200          -        -        -       -      -       -
 *
 * tally  reported            form                   period                    figures
 * T1     70 (→75)            COMMUNITY_MEETING      2005-01-01 – 2005-12-31   activities 500, participants 40000
 * T2     70 (→75)            RALLY                  2004-01-01 – 2005-12-31   activities 20, participants 3600, leaflets 110099,
 *                                                                             bannersSlogans 156, panelsPosters 180
 * T3     70, old 25288 (→25270) LOUDSPEAKER_BROADCAST 2004-01-01 – 2004-12-31 sessions 800, broadcastMinutes 12000
 * T3b    70, old 25288 (→25270) LOUDSPEAKER_BROADCAST 2005-01-01 – 2005-12-31 sessions 700 (the next report: both count)
 * T4     38                  (every form)           2003-01-01 – 2003-12-31   activities 999 (before the window)
 * T5     38                  BANNERS_POSTERS        2004-01-01 – 2005-12-31   bannersSlogansPanelsPosters 61856 (not split)
 * T6     74 (→79)            FILM_SCREENING         2004-01-01 – 2004-12-31   screeningHours 5693
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ActivityStatisticsResourceTest {

    private static final String PATH = "/api/v1/activity-statistics";
    private static boolean built;

    @BeforeEach
    void dataset() {
        if (built) {
            return;
        }
        StatisticsFixture.loadCommunes();
        activity("A1", "75", "25207", "COMMUNITY_MEETING", List.of("CRIME_PREVENTION", "DRUGS"), "POLICE", "2004-03-10", null,
                "sessions", 1, "participants", 120, "leaflets", 300);
        activity("A2", "75", "25288", "MOBILE_PROPAGANDA", List.of("TRAFFIC_SAFETY"), "WOMENS_UNION", "2003-11-01", "2004-01-15",
                "sessions", 12, "participants", 900, "bannersSlogans", 4, "panelsPosters", 2, "broadcastMinutes", 360);
        activity("A3", "75", null, "FILM_SCREENING", List.of("DRUGS"), "YOUTH_UNION", "2005-12-31", null,
                "sessions", 3, "participants", 450, "screeningHours", 4.5);
        activity("A4", "75", "25207", "COMMUNITY_MEETING", List.of("CRIME_PREVENTION"), "POLICE", "2006-01-01", null,
                "sessions", 1, "participants", 80);
        activity("A5", "38", null, "CONFERENCE", List.of("LAW_DISSEMINATION", "DRUGS"), "POLICE", "2005-06-01", "2005-06-02",
                "sessions", 2, "participants", 300, "booklets", 500);
        activity("A6", "75", "25207", "LEAFLET_DISTRIBUTION", List.of("ONLINE_FRAUD"), "POLICE", "2003-12-31", null, "leaflets", 1000);
        activity("A7", "75", "25291", "FESTIVAL_DAY", List.of("BORDER_SECURITY"), "BORDER_GUARD", "2005-09-02", null, "participants", 200);
        tally("70", null, "COMMUNITY_MEETING", "2005-01-01", "2005-12-31", "activities", 500, "participants", 40000);
        tally("70", null, "RALLY", "2004-01-01", "2005-12-31", "activities", 20, "participants", 3600, "leaflets", 110099,
                "bannersSlogans", 156, "panelsPosters", 180);
        tally("70", "25288", "LOUDSPEAKER_BROADCAST", "2004-01-01", "2004-12-31", "sessions", 800, "broadcastMinutes", 12000);
        tally("70", "25288", "LOUDSPEAKER_BROADCAST", "2005-01-01", "2005-12-31", "sessions", 700);
        tally("38", null, null, "2003-01-01", "2003-12-31", "activities", 999);
        tally("38", null, "BANNERS_POSTERS", "2004-01-01", "2005-12-31", "bannersSlogansPanelsPosters", 61856);
        tally("74", null, "FILM_SCREENING", "2004-01-01", "2004-12-31", "screeningHours", 5693);
        built = true;
    }

    @Test
    void nationalTotalsAddRecordsAndTalliesWithoutDoubleCounting() {
        ValidatableResponse national = window(ADMIN).when().get(PATH).then().statusCode(200)
                .body("province", nullValue()).body("groupBy", nullValue()).body("groups.size()", equalTo(0))
                .body("from", equalTo("2004-01-01")).body("to", equalTo("2005-12-31"));
        // A1, A2, A3, A5, A7; T1 500 + T2 20 (T4 lies before the window).
        figure(national, "totals.activities", 5, 520);
        // 1 + 12 + 3 + 2; T3 800 + T3b 700: successive reports of one unit and form both count.
        figure(national, "totals.sessions", 18, 1500);
        figure(national, "totals.participants", 120 + 900 + 450 + 300 + 200, 40000 + 3600);
        figure(national, "totals.leaflets", 300, 110099);
        figure(national, "totals.booklets", 500, 0);
        figure(national, "totals.bannersSlogans", 4, 156);
        figure(national, "totals.panelsPosters", 2, 180);
        // The split figures of records and tallies, and T5's unsplit 61,856.
        figure(national, "totals.bannersSlogansPanelsPosters", 6, 156 + 180 + 61856);
        figure(national, "totals.broadcastMinutes", 360, 12000);
        quantity(national, "totals.screeningHours", "4.5", "5693");
        // Partner systems and analysts read the same national figures.
        for (String role : List.of(Roles.PARTNER_SYSTEM, Roles.MINISTRY_ANALYST)) {
            figure(window(TestTokens.forRole(role)).when().get(PATH).then().statusCode(200), "totals.participants", 1970, 43600);
        }
    }

    @Test
    void byProvinceOldProvincesCountUnderTheirSuccessors() {
        ValidatableResponse byProvince = window(ADMIN).queryParam("groupBy", "province").when().get(PATH).then().statusCode(200)
                .body("groupBy", equalTo("province"))
                .body("groups.key", equalTo(List.of("38", "75", "79")))
                .body("groups.label", equalTo(List.of("Thanh Hóa", "Đồng Nai", "Thành phố Hồ Chí Minh")));
        figure(byProvince, "groups[0].activities", 1, 0);
        figure(byProvince, "groups[0].booklets", 500, 0);
        figure(byProvince, "groups[0].bannersSlogansPanelsPosters", 0, 61856);
        figure(byProvince, "groups[0].bannersSlogans", 0, 0);
        // Đồng Nai: A1, A2, A3, A7 and Bình Phước's T1, T2, T3, T3b.
        figure(byProvince, "groups[1].activities", 4, 520);
        figure(byProvince, "groups[1].sessions", 16, 1500);
        figure(byProvince, "groups[1].participants", 1670, 43600);
        figure(byProvince, "groups[1].bannersSlogansPanelsPosters", 6, 336);
        quantity(byProvince, "groups[1].screeningHours", "4.5", "0");
        // Hồ Chí Minh City: Bình Dương's T6.
        figure(byProvince, "groups[2].activities", 0, 0);
        quantity(byProvince, "groups[2].screeningHours", "0", "5693");
    }

    @Test
    void oldProvincesBreakTalliesDownAsReported() {
        window(ADMIN).when().get(PATH).then().statusCode(200)
                .body("oldProvinces.reportedProvinceCode", equalTo(List.of("38", "70", "74")))
                .body("oldProvinces[0].tallies", equalTo(1))
                .body("oldProvinces[0].bannersSlogansPanelsPosters", equalTo(61856))
                .body("oldProvinces[0].activities", nullValue())
                .body("oldProvinces[1].reportedProvinceName", equalTo("Bình Phước"))
                .body("oldProvinces[1].provinceCode", equalTo("75"))
                .body("oldProvinces[1].provinceName", equalTo("Đồng Nai"))
                .body("oldProvinces[1].tallies", equalTo(4))
                .body("oldProvinces[1].activities", equalTo(520))
                .body("oldProvinces[1].sessions", equalTo(1500))
                .body("oldProvinces[1].participants", equalTo(43600))
                .body("oldProvinces[1].leaflets", equalTo(110099))
                .body("oldProvinces[1].booklets", nullValue())
                .body("oldProvinces[1].bannersSlogansPanelsPosters", equalTo(336))
                .body("oldProvinces[1].broadcastMinutes", equalTo(12000))
                .body("oldProvinces[1].screeningHours", nullValue())
                .body("oldProvinces[2].reportedProvinceName", equalTo("Bình Dương"))
                .body("oldProvinces[2].provinceCode", equalTo("79"))
                .body("oldProvinces[2].screeningHours", equalTo(number("5693")));
        // A window after the reform has no breakdown.
        as(ADMIN).queryParam("asOf", "2025-07-01").when().get(PATH).then().statusCode(200).body("oldProvinces", nullValue());
    }

    @Test
    void byFormTalliesKeepTheirForm() {
        ValidatableResponse byForm = window(ADMIN).queryParam("groupBy", "form").when().get(PATH).then().statusCode(200)
                .body("groups.key", equalTo(List.of("BANNERS_POSTERS", "COMMUNITY_MEETING", "CONFERENCE", "FESTIVAL_DAY", "FILM_SCREENING",
                        "LOUDSPEAKER_BROADCAST", "MOBILE_PROPAGANDA", "RALLY")))
                .body("groups[1].label", equalTo("Họp dân"));
        figure(byForm, "groups[0].bannersSlogansPanelsPosters", 0, 61856);
        figure(byForm, "groups[1].activities", 1, 500);
        figure(byForm, "groups[1].participants", 120, 40000);
        figure(byForm, "groups[3].participants", 200, 0);
        quantity(byForm, "groups[4].screeningHours", "4.5", "5693");
        figure(byForm, "groups[5].sessions", 0, 1500);
        figure(byForm, "groups[5].broadcastMinutes", 0, 12000);
        figure(byForm, "groups[6].sessions", 12, 0);
        figure(byForm, "groups[7].leaflets", 0, 110099);
        // From 2003 the window also reaches T4, which is of every form: its own group, without a form.
        as(ADMIN).queryParam("from", "2003-01-01").queryParam("to", "2005-12-31").queryParam("groupBy", "form").when().get(PATH)
                .then().statusCode(200).body("groups[-1].key", nullValue())
                .body("groups[-1].label", equalTo("Mọi hình thức (không tách theo hình thức)"))
                .body("groups[-1].activities.tallies", equalTo(999))
                .body("groups.find { it.key == 'LEAFLET_DISTRIBUTION' }.leaflets.records", equalTo(1000));
    }

    @Test
    void byTopicAnActivityCountsUnderEachOfItsTopics() {
        ValidatableResponse byTopic = window(ADMIN).queryParam("groupBy", "topic").when().get(PATH).then().statusCode(200)
                .body("groups.key", equalTo(Arrays.asList("BORDER_SECURITY", "CRIME_PREVENTION", "DRUGS", "LAW_DISSEMINATION",
                        "TRAFFIC_SAFETY", null)))
                .body("groups[2].label", equalTo("Ma túy"));
        figure(byTopic, "groups[0].participants", 200, 0);
        figure(byTopic, "groups[1].activities", 1, 0);
        // DRUGS: A1, A3, A5.
        figure(byTopic, "groups[2].activities", 3, 0);
        figure(byTopic, "groups[2].participants", 870, 0);
        figure(byTopic, "groups[3].booklets", 500, 0);
        figure(byTopic, "groups[4].sessions", 12, 0);
        // Tallies have no topic.
        figure(byTopic, "groups[5].activities", 0, 520);
        // The totals count each activity once.
        figure(byTopic, "totals.activities", 5, 520);
    }

    @Test
    void byOrganiser() {
        ValidatableResponse byOrganiser = window(ADMIN).queryParam("groupBy", "organiser").when().get(PATH).then().statusCode(200)
                .body("groups.key", equalTo(Arrays.asList("BORDER_GUARD", "POLICE", "WOMENS_UNION", "YOUTH_UNION", null)))
                .body("groups[2].label", equalTo("Hội Liên hiệp Phụ nữ"));
        figure(byOrganiser, "groups[0].participants", 200, 0);
        figure(byOrganiser, "groups[1].activities", 2, 0);
        figure(byOrganiser, "groups[1].participants", 420, 0);
        figure(byOrganiser, "groups[2].broadcastMinutes", 360, 0);
        quantity(byOrganiser, "groups[3].screeningHours", "4.5", "0");
        figure(byOrganiser, "groups[4].participants", 0, 43600);
    }

    @Test
    void byCommuneOldCommunesCountUnderTheirSuccessors() {
        ValidatableResponse byCommune = window(ADMIN).queryParam("province", "75").queryParam("groupBy", "commune").when().get(PATH)
                .then().statusCode(200).body("province", equalTo("75"))
                .body("groups.key", equalTo(Arrays.asList("25210", "25270", null)))
                .body("groups.label", equalTo(List.of("Phường Đồng Xoài", "Xã Lộc Ninh", "Cấp tỉnh (không gắn với một xã hiện nay)")));
        figure(byCommune, "groups[0].activities", 1, 0);
        figure(byCommune, "groups[0].leaflets", 300, 0);
        // A2 and the commune tallies T3, T3b reported for old commune 25288.
        figure(byCommune, "groups[1].activities", 1, 0);
        figure(byCommune, "groups[1].sessions", 12, 1500);
        figure(byCommune, "groups[1].broadcastMinutes", 360, 12000);
        // Under no current commune: A3 (province-wide), A7 (old 25291, split between 25210 and 25270), T1, T2.
        figure(byCommune, "groups[2].activities", 2, 520);
        figure(byCommune, "groups[2].participants", 650, 43600);
        quantity(byCommune, "groups[2].screeningHours", "4.5", "0");
        figure(byCommune, "totals.activities", 4, 520);
    }

    @Test
    void singleDaysAndTheWindowsEdges() {
        // 2005-12-31: A3 (its day), T1, T2, T3b, T5.
        ValidatableResponse lastDay = as(ADMIN).queryParam("asOf", "2005-12-31").when().get(PATH).then().statusCode(200)
                .body("from", equalTo("2005-12-31")).body("to", equalTo("2005-12-31"));
        figure(lastDay, "totals.activities", 1, 520);
        figure(lastDay, "totals.sessions", 3, 700);
        // 2004-01-15: A2's last day, T2, T3, T5, T6.
        ValidatableResponse periodEnd = as(ADMIN).queryParam("asOf", "2004-01-15").when().get(PATH).then().statusCode(200);
        figure(periodEnd, "totals.activities", 1, 20);
        figure(periodEnd, "totals.sessions", 12, 800);
        quantity(periodEnd, "totals.screeningHours", "0", "5693");
    }

    @Test
    void officersSeeEveryProvinceButOnlyTheirOwnCommunes() {
        String officer38 = TestTokens.token(Roles.PROVINCE_OFFICER, "38", null);
        // By commune without a province: the own province's.
        ValidatableResponse own = window(officer38).queryParam("groupBy", "commune").when().get(PATH).then().statusCode(200).body("province", equalTo("38"));
        figure(own, "totals.activities", 1, 0);
        figure(own, "totals.bannersSlogansPanelsPosters", 0, 61856);
        // Another province's totals are open to every role, its communes are not: zeros and no groups.
        figure(window(officer38).queryParam("province", "75").when().get(PATH).then().statusCode(200), "totals.participants", 1670, 43600);
        ValidatableResponse other = window(officer38).queryParam("province", "75").queryParam("groupBy", "commune").when().get(PATH)
                .then().statusCode(200).body("province", equalTo("75")).body("groups.size()", equalTo(0));
        figure(other, "totals.activities", 0, 0);
        quantity(other, "totals.screeningHours", "0", "0");
        // A commune officer and a tip investigator break down their province's figures by commune.
        for (String role : List.of(Roles.COMMUNE_OFFICER, Roles.TIP_INVESTIGATOR)) {
            figure(window(TestTokens.forRole(role)).queryParam("groupBy", "commune").when().get(PATH).then().statusCode(200).body("province", equalTo("75")),
                    "totals.participants", 1670, 43600);
        }
        window(TestTokens.forRole(Roles.COMMUNE_OFFICER)).queryParam("groupBy", "province").when().get(PATH).then().statusCode(200)
                .body("groups.key", hasItems("38", "75"));
    }

    @Test
    void recordsAndTalliesNeverCoverTheSameActivities() {
        // A meeting in Đồng Nai in 2005 lies in T1; a report of Bình Phước's loudspeakers for 2005 overlaps T3b's commune.
        postAs(ADMIN, "/api/v1/activities", activityBody("75", null, "COMMUNITY_MEETING", List.of("DRUGS"), "POLICE", "2005-05-05", null))
                .then().statusCode(409);
        postAs(ADMIN, "/api/v1/activity-tallies", tallyBody("70", null, "LOUDSPEAKER_BROADCAST", "2005-01-01", "2005-03-31", "sessions", 9))
                .then().statusCode(409).body("detail", containsString("overlaps"));
        figure(window(ADMIN).when().get(PATH).then().statusCode(200), "totals.activities", 5, 520);
    }

    @Test
    void badRequestsAre400() {
        as(ADMIN).when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("from"));
        as(ADMIN).queryParam("from", "2005-01-01").queryParam("to", "2004-01-01").when().get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(ADMIN).queryParam("asOf", "2005-01-01").queryParam("from", "2005-01-01").when().get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        window(ADMIN).queryParam("groupBy", "channel").when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("groupBy"))
                .body("errors[0].message", containsString("province, commune, form, topic, organiser"));
        window(ADMIN).queryParam("province", "70").when().get(PATH).then().statusCode(400).body("errors[0].message", containsString("merged into 75"));
        window(ADMIN).queryParam("province", "7").when().get(PATH).then().statusCode(400);
        as(ADMIN).queryParam("from", "2004-01-01").queryParam("to", "2005-13-01").when().get(PATH).then().statusCode(400);
        as(ADMIN).queryParam("from", "2004-01-01").when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    private static RequestSpecification window(String token) {
        return StatisticsFixture.window(token, "2004-01-01", "2005-12-31");
    }

    private static void activity(String name, String province, String commune, String form, List<String> topics, String organiser,
            String first, String last, Object... figures) {
        var body = activityBody(province, commune, form, topics, organiser, first, last);
        body.put("title", name + " " + body.get("title"));
        body.putAll(body(figures));
        post("/api/v1/activities", body);
    }

    private static Map<String, Object> activityBody(String province, String commune, String form, List<String> topics,
            String organiser, String first, String last) {
        return body("title", "Tuyên truyền thống kê " + first, "form", form, "topics", topics, "provinceCode", province,
                "communeCode", commune, "heldOn", last == null ? first : null, "periodFrom", last == null ? null : first, "periodTo", last,
                "organiser", organiser);
    }

    private static void tally(String province, String commune, String form, String from, String to, Object... figures) {
        post("/api/v1/activity-tallies", tallyBody(province, commune, form, from, to, figures));
    }

    private static Map<String, Object> tallyBody(String province, String commune, String form, String from, String to,
            Object... figures) {
        var body = body("provinceCode", province, "communeCode", commune, "form", form, "periodFrom", from, "periodTo", to,
                "sourceDocument", "Báo cáo tổng kết năm " + to.substring(0, 4));
        body.putAll(body(figures));
        return body;
    }
}
