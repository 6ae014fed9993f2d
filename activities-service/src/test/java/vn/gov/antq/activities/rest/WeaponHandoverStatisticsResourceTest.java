package vn.gov.antq.activities.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.antq.activities.rest.StatisticsFixture.ADMIN;
import static vn.gov.antq.activities.rest.StatisticsFixture.as;
import static vn.gov.antq.activities.rest.StatisticsFixture.body;
import static vn.gov.antq.activities.rest.StatisticsFixture.figure;
import static vn.gov.antq.activities.rest.StatisticsFixture.number;
import static vn.gov.antq.activities.rest.StatisticsFixture.post;
import static vn.gov.antq.activities.rest.StatisticsFixture.postAs;
import static vn.gov.antq.activities.rest.StatisticsFixture.quantity;

import java.util.ArrayList;
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
 * Weapon handover statistics on a dataset built through the API in 2014–2017, years no other test uses, with every
 * expected number worked out below. The window is 2015-01-01 – 2016-12-31.
 *
 * <pre>
 * handover province commune        source              day          items                                   in window
 * H1       75       25207→25210    VOLUNTARY_HANDOVER  2015-03-01   2 guns, 50 rounds, 1.25 kg explosives   yes
 * H2       75       25288→25270    SEIZURE             2016-12-31   1 gun, 3 primitive weapons,             yes
 *                                                                   20.5 kg firecrackers (after a tip)
 * H3       38       -              VOLUNTARY_HANDOVER  2016-06-01   10 detonators, 5 dangerous toys         yes
 * H4       75       25207          VOLUNTARY_HANDOVER  2017-01-01   9 guns                                  no
 * H5       75       25207          SEIZURE             2014-12-31   7 guns                                  no
 * H6       75       25291 (split)  VOLUNTARY_HANDOVER  2016-02-02   1 bomb/mine/grenade                     yes
 *
 * tally  reported               period                    figures
 * HT1    38                     2015-01-01 – 2015-12-31   Thanh Hóa's figures: 6237 guns, 3913 primitive weapons, 258 bombs,
 *                                                         25991 rounds, 667 kg explosives, 919 detonators, 858 support tools,
 *                                                         1848 dangerous toys, 1048 kg firecrackers
 * HT2    74 (→79)               2015-01-01 – 2015-12-31   21 guns, 501 primitive weapons
 * HT3    70 (→75)               2016-01-01 – 2016-06-30   100 rounds, 12.345 kg firecrackers
 * HT4    70, old 25288 (→25270) 2015-01-01 – 2015-12-31   3 guns
 * HT5    38                     2014-01-01 – 2014-12-31   100 guns (before the window)
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class WeaponHandoverStatisticsResourceTest {

    private static final String PATH = "/api/v1/weapon-handover-statistics";
    private static boolean built;

    @BeforeEach
    void dataset() {
        if (built) {
            return;
        }
        StatisticsFixture.loadCommunes();
        handover("75", "25207", "VOLUNTARY_HANDOVER", "2015-03-01", null, "GUNS", 2, "ROUNDS", 50, "EXPLOSIVES", 1.25);
        long tip = post("/api/v1/tips", body("receivedAt", "2016-12-30T09:00:00+07:00", "channel", "HOTLINE", "category", "WEAPONS_EXPLOSIVES",
                "provinceCode", "75", "communeCode", "25288", "summary", "Nghi cất giấu súng và pháo trong kho"));
        handover("75", "25288", "SEIZURE", "2016-12-31", tip, "GUNS", 1, "PRIMITIVE_WEAPONS", 3, "FIRECRACKERS", 20.5);
        handover("38", null, "VOLUNTARY_HANDOVER", "2016-06-01", null, "DETONATORS", 10, "DANGEROUS_TOYS", 5);
        handover("75", "25207", "VOLUNTARY_HANDOVER", "2017-01-01", null, "GUNS", 9);
        handover("75", "25207", "SEIZURE", "2014-12-31", null, "GUNS", 7);
        handover("75", "25291", "VOLUNTARY_HANDOVER", "2016-02-02", null, "BOMBS_MINES_GRENADES", 1);
        tally("38", null, "2015-01-01", "2015-12-31", "guns", 6237, "primitiveWeapons", 3913, "bombsMinesGrenades", 258, "rounds", 25991,
                "explosivesKg", 667, "detonators", 919, "supportTools", 858, "dangerousToys", 1848, "firecrackersKg", 1048);
        tally("74", null, "2015-01-01", "2015-12-31", "guns", 21, "primitiveWeapons", 501);
        tally("70", null, "2016-01-01", "2016-06-30", "rounds", 100, "firecrackersKg", 12.345);
        tally("70", "25288", "2015-01-01", "2015-12-31", "guns", 3);
        tally("38", null, "2014-01-01", "2014-12-31", "guns", 100);
        built = true;
    }

    @Test
    void nationalTotalsAddRecordsAndTalliesWithoutDoubleCounting() {
        ValidatableResponse national = window(ADMIN).when().get(PATH).then().statusCode(200)
                .body("province", nullValue()).body("groups.size()", equalTo(0));
        // H1, H2, H3, H6; tallies give no number of handovers.
        figure(national, "totals.handovers", 4, 0);
        // 2 + 1; HT1 6237 + HT2 21 + HT4 3 (HT5 lies before the window).
        figure(national, "totals.guns", 3, 6261);
        figure(national, "totals.primitiveWeapons", 3, 3913 + 501);
        figure(national, "totals.bombsMinesGrenades", 1, 258);
        figure(national, "totals.rounds", 50, 25991 + 100);
        quantity(national, "totals.explosivesKg", "1.25", "667");
        figure(national, "totals.detonators", 10, 919);
        figure(national, "totals.supportTools", 0, 858);
        figure(national, "totals.dangerousToys", 5, 1848);
        quantity(national, "totals.firecrackersKg", "20.5", "1060.345");
        figure(window(TestTokens.forRole(Roles.PARTNER_SYSTEM)).when().get(PATH).then().statusCode(200), "totals.guns", 3, 6261);
    }

    @Test
    void byProvinceOldProvincesCountUnderTheirSuccessors() {
        ValidatableResponse byProvince = window(ADMIN).queryParam("groupBy", "province").when().get(PATH).then().statusCode(200)
                .body("groups.key", equalTo(List.of("38", "75", "79")));
        figure(byProvince, "groups[0].handovers", 1, 0);
        figure(byProvince, "groups[0].guns", 0, 6237);
        figure(byProvince, "groups[0].detonators", 10, 919);
        quantity(byProvince, "groups[0].explosivesKg", "0", "667");
        // Đồng Nai: H1, H2, H6 and Bình Phước's HT3, HT4.
        figure(byProvince, "groups[1].handovers", 3, 0);
        figure(byProvince, "groups[1].guns", 3, 3);
        figure(byProvince, "groups[1].rounds", 50, 100);
        quantity(byProvince, "groups[1].explosivesKg", "1.25", "0");
        quantity(byProvince, "groups[1].firecrackersKg", "20.5", "12.345");
        // Hồ Chí Minh City: Bình Dương's HT2.
        figure(byProvince, "groups[2].guns", 0, 21);
        figure(byProvince, "groups[2].primitiveWeapons", 0, 501);
    }

    @Test
    void oldProvincesBreakTalliesDownAsReported() {
        window(ADMIN).when().get(PATH).then().statusCode(200)
                .body("oldProvinces.reportedProvinceCode", equalTo(List.of("38", "70", "74")))
                .body("oldProvinces[0].tallies", equalTo(1))
                .body("oldProvinces[0].guns", equalTo(6237))
                .body("oldProvinces[0].explosivesKg", equalTo(number("667")))
                .body("oldProvinces[0].firecrackersKg", equalTo(number("1048")))
                .body("oldProvinces[1].reportedProvinceName", equalTo("Bình Phước"))
                .body("oldProvinces[1].provinceCode", equalTo("75"))
                .body("oldProvinces[1].tallies", equalTo(2))
                .body("oldProvinces[1].guns", equalTo(3))
                .body("oldProvinces[1].rounds", equalTo(100))
                .body("oldProvinces[1].firecrackersKg", equalTo(number("12.345")))
                .body("oldProvinces[1].primitiveWeapons", nullValue())
                .body("oldProvinces[1].explosivesKg", nullValue())
                .body("oldProvinces[2].provinceCode", equalTo("79"))
                .body("oldProvinces[2].guns", equalTo(21))
                .body("oldProvinces[2].rounds", nullValue());
        as(ADMIN).queryParam("asOf", "2026-01-01").when().get(PATH).then().statusCode(200).body("oldProvinces", nullValue());
    }

    @Test
    void bySourceTalliesGoUnderNone() {
        ValidatableResponse bySource = window(ADMIN).queryParam("groupBy", "source").when().get(PATH).then().statusCode(200)
                .body("groups.key", equalTo(Arrays.asList("SEIZURE", "VOLUNTARY_HANDOVER", null)))
                .body("groups.label", equalTo(List.of("Thu giữ", "Tự nguyện giao nộp", "Không áp dụng")));
        figure(bySource, "groups[0].handovers", 1, 0);
        figure(bySource, "groups[0].primitiveWeapons", 3, 0);
        quantity(bySource, "groups[0].firecrackersKg", "20.5", "0");
        figure(bySource, "groups[1].handovers", 3, 0);
        figure(bySource, "groups[1].guns", 2, 0);
        figure(bySource, "groups[1].dangerousToys", 5, 0);
        figure(bySource, "groups[2].handovers", 0, 0);
        figure(bySource, "groups[2].guns", 0, 6261);
        quantity(bySource, "groups[2].firecrackersKg", "0", "1060.345");
    }

    @Test
    void byCommuneOldCommunesCountUnderTheirSuccessors() {
        ValidatableResponse byCommune = window(ADMIN).queryParam("province", "75").queryParam("groupBy", "commune").when().get(PATH)
                .then().statusCode(200).body("groups.key", equalTo(Arrays.asList("25210", "25270", null)));
        figure(byCommune, "groups[0].guns", 2, 0);
        quantity(byCommune, "groups[0].explosivesKg", "1.25", "0");
        // H2 and HT4, both named by old commune 25288.
        figure(byCommune, "groups[1].handovers", 1, 0);
        figure(byCommune, "groups[1].guns", 1, 3);
        // H6 (old 25291 was split) and the province-wide HT3.
        figure(byCommune, "groups[2].handovers", 1, 0);
        figure(byCommune, "groups[2].bombsMinesGrenades", 1, 0);
        figure(byCommune, "groups[2].rounds", 0, 100);
        figure(byCommune, "totals.handovers", 3, 0);
    }

    @Test
    void theWindowsEdges() {
        ValidatableResponse lastDay = as(ADMIN).queryParam("asOf", "2016-12-31").when().get(PATH).then().statusCode(200);
        figure(lastDay, "totals.handovers", 1, 0);
        figure(lastDay, "totals.guns", 1, 0);
        figure(as(ADMIN).queryParam("asOf", "2014-12-31").when().get(PATH).then().statusCode(200), "totals.guns", 7, 100);
        figure(as(ADMIN).queryParam("asOf", "2017-01-01").when().get(PATH).then().statusCode(200), "totals.guns", 9, 0);
    }

    @Test
    void scopePerRole() {
        String officer38 = TestTokens.token(Roles.PROVINCE_OFFICER, "38", null);
        ValidatableResponse own = window(officer38).queryParam("groupBy", "commune").when().get(PATH).then().statusCode(200)
                .body("province", equalTo("38"));
        figure(own, "totals.handovers", 1, 0);
        figure(own, "totals.guns", 0, 6237);
        // Another province's totals are open to every role, its communes are not.
        figure(window(officer38).queryParam("province", "75").when().get(PATH).then().statusCode(200), "totals.guns", 3, 3);
        ValidatableResponse other = window(officer38).queryParam("province", "75").queryParam("groupBy", "commune").when().get(PATH)
                .then().statusCode(200).body("groups.size()", equalTo(0));
        figure(other, "totals.guns", 0, 0);
        quantity(other, "totals.firecrackersKg", "0", "0");
        for (String role : List.of(Roles.COMMUNE_OFFICER, Roles.TIP_INVESTIGATOR)) {
            figure(window(TestTokens.forRole(role)).queryParam("groupBy", "commune").when().get(PATH).then().statusCode(200)
                    .body("province", equalTo("75")), "totals.guns", 3, 3);
        }
    }

    @Test
    void recordsAndTalliesNeverCoverTheSameItems() {
        // Rounds handed over in Đồng Nai in spring 2016 fall into HT3; Bình Phước's guns of 2015 would cover H1 and meet HT4.
        postAs(ADMIN, "/api/v1/weapon-handovers", handoverBody("75", null, "VOLUNTARY_HANDOVER", "2016-03-01", null, "ROUNDS", 5))
                .then().statusCode(409);
        postAs(ADMIN, "/api/v1/weapon-handover-tallies", tallyBody("70", null, "2015-01-01", "2015-12-31", "guns", 40)).then().statusCode(409)
                .body("detail", containsString("Double counting"));
        figure(window(ADMIN).when().get(PATH).then().statusCode(200), "totals.rounds", 50, 26091);
    }

    @Test
    void badRequestsAre400() {
        window(ADMIN).queryParam("groupBy", "category").when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("groupBy"))
                .body("errors[0].message", containsString("province, commune, source"));
        window(ADMIN).queryParam("province", "99").when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("province"));
    }

    private static RequestSpecification window(String token) {
        return StatisticsFixture.window(token, "2015-01-01", "2016-12-31");
    }

    private static void handover(String province, String commune, String source, String day, Long tip, Object... items) {
        post("/api/v1/weapon-handovers", handoverBody(province, commune, source, day, tip, items));
    }

    private static Map<String, Object> handoverBody(String province, String commune, String source, String day, Long tip, Object... items) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < items.length; i += 2) {
            lines.add(body("category", items[i], "quantity", items[i + 1]));
        }
        return body("handedOverOn", day, "provinceCode", province, "communeCode", commune, "source", source, "tipId", tip, "items", lines,
                "handingParty", "Người dân giao nộp tại trụ sở Công an");
    }

    private static void tally(String province, String commune, String from, String to, Object... figures) {
        post("/api/v1/weapon-handover-tallies", tallyBody(province, commune, from, to, figures));
    }

    private static Map<String, Object> tallyBody(String province, String commune, String from, String to, Object... figures) {
        Map<String, Object> body = body("provinceCode", province, "communeCode", commune, "periodFrom", from, "periodTo", to,
                "sourceDocument", "Báo cáo kết quả vận động thu hồi vũ khí năm " + to.substring(0, 4));
        body.putAll(body(figures));
        return body;
    }
}
