package vn.gov.antq.staffing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gov.antq.staffing.rest.ForceFixtures.ADMIN;
import static vn.gov.antq.staffing.rest.ForceFixtures.post;
import static vn.gov.antq.staffing.rest.ForceFixtures.with;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Staffing statistics on a dataset built by hand, with every expected number worked out below. Before the reform it uses
 * 2007–2010, years no other test uses; after it, Đà Nẵng (48), a province no other test uses.
 *
 * <pre>
 * Window W1 = 2008-01-01 – 2010-12-31 (national), W2 = 2010-11-01 – 2010-12-31 (75).
 * regular police tallies   unit                   as of       communes chiefs deputies officers
 *   R0                     70 (→75)               2009-06-30  40       40     40       100    superseded in W1 by R1
 *   R1                     70 (→75)               2010-10-31  90       90     91       273    = 454
 *   R2                     70, old 25207 (→25210) 2010-12-31  1        1      1        3      under R1 in W1; alone in W2
 *   R3                     38                     2010-06-30  -        10     12       30     = 52
 * semi-professional tallies
 *   S0                     70                     2008-01-01 – 2008-12-31: deputies 30, standing 200, hamlet 1100 (superseded by S1)
 *   S1                     70                     2010-10-31: 24 + 182 + 1,009 = 1,215
 *   S2                     38, old 14815 (→14812) 2009-12-31: chiefs 1, deputies 1, standing 2, hamlet 10 = 14
 * trainings
 *   T1–T3  38 REPORTED_TOTAL 2008-01-01 – 2010-12-31: steering committee 1,677, semi-professional 3,132 (lượt), guards 119
 *   T4     70 COURSE 2009-05-04 – 05, 60 participants       T5 70 REPORTED_TOTAL 2010, 200 participants in 5 sessions
 *   T6     70 COURSE 2007-03-01 – 02, 25 participants (before W1)
 *
 * Đà Nẵng (48): communes A 20308, B 20320, C 20332 (xã), D 20194, E 20197 (phường). Window W4 = 2026-01-01 – 2026-03-31.
 * units   UA in A regular since 2025-07-01, UB in B since 2026-02-01, UD in D not regular
 * postings UA: O1 chief, O2 deputy, O3, O4, O5 officers from 2025-07-01; O4 transferred to UB from 2026-03-01;
 *              O9 officer from 2026-03-15
 *          UB: O6 chief from 2025-07-01; O7 officer 2025-07-01 – 2025-12-31; O8 officer from 2026-01-15
 *   on 2026-03-31: UA 1/1/3 meets the norm (1, ≥1, ≥3); UB 1/0/2, 2 vacancies; UD 0/0/0, 5 vacancies
 *   on 2025-12-31: UA 1/1/3 meets;                       UB 1/0/1, 3 vacancies; UD 5 vacancies
 * regular police tallies (communes without units): C on 2025-12-31 1 commune, 1/0/3; E on 2026-03-01 1 commune, 1/1/2
 * grassroots teams  TA1 A hamlet 2024-07-01 – : M1 leader, M2 2024-07-01 – 2026-02-01 (left), M3 from 2025-09-01
 *                   TA2 A hamlet 2025-08-01 – : no members
 *                   TB1 B hamlet 2024-09-01 – 2026-01-01 (dissolved): M4 2024-09-01 – 2026-01-01
 *                   TD1 D residential group 2025-10-01 – : M5 leader, M6 deputy leader
 * trainings  C1 COURSE 2026-01-10 – 12 in A, 45; C2 COURSE 2025-11-03 – 04, 30; C3 REPORTED_TOTAL 2026-02-01 – 03-31, 80 in 4 sessions
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class StaffingStatisticsResourceTest {

    private static final String PATH = "/api/v1/staffing-statistics";
    /** Every personal name of the dataset carries this, so no answer may contain it. */
    private static final String PERSONAL = "Thống Kê";
    private static final List<String> FIGURES = List.of("communes", "communesWithRegularPolice", "regularOfficers", "chiefs", "deputies",
            "officers", "unitsMeetingNorm", "vacancies", "grassrootsTeams", "grassrootsMembers", "hamletsCovered", "semiProfessionalPolice",
            "trainings", "trainingParticipants");
    private static boolean built;

    @BeforeEach
    void dataset() {
        if (built) {
            return;
        }
        ForceFixtures.loadCommunes();
        ForceFixtures.loadHueAndDaNang();
        beforeTheReform();
        inDaNang();
        built = true;
    }

    private static void beforeTheReform() {
        regularTally("70", null, "2009-06-30", 40, 40, 40, 100);
        regularTally("70", null, "2010-10-31", 90, 90, 91, 273);
        regularTally("70", "25207", "2010-12-31", 1, 1, 1, 3);
        regularTally("38", null, "2010-06-30", null, 10, 12, 30);
        Map<String, Object> s0 = new HashMap<>(Map.of("provinceCode", "70", "periodFrom", "2008-01-01", "periodTo", "2008-12-31",
                "deputyChiefs", 30, "standingOfficers", 200, "hamletOfficers", 1100, "sourceDocument", "Báo cáo năm 2008"));
        post(ADMIN, "/api/v1/semi-professional-tallies", s0).then().statusCode(201);
        post(ADMIN, "/api/v1/semi-professional-tallies", Map.of("provinceCode", "70", "asOf", "2010-10-31", "deputyChiefs", 24,
                "standingOfficers", 182, "hamletOfficers", 1009, "sourceDocument", "Báo cáo ngày 31/10/2010")).then().statusCode(201);
        post(ADMIN, "/api/v1/semi-professional-tallies", Map.of("provinceCode", "38", "communeCode", "14815", "asOf", "2009-12-31",
                "chiefs", 1, "deputyChiefs", 1, "standingOfficers", 2, "hamletOfficers", 10, "sourceDocument", "Báo cáo phường Lam Sơn"))
                .then().statusCode(201);
        training("REPORTED_TOTAL", "38", null, "2008-01-01", "2010-12-31", "STEERING_COMMITTEE", 1677, "PERSONS", null);
        training("REPORTED_TOTAL", "38", null, "2008-01-01", "2010-12-31", "SEMI_PROFESSIONAL_POLICE", 3132, "TRAINEE_TIMES", null);
        training("REPORTED_TOTAL", "38", null, "2008-01-01", "2010-12-31", "GUARDS", 119, "PERSONS", null);
        training("COURSE", "70", null, "2009-05-04", "2009-05-05", "SEMI_PROFESSIONAL_POLICE", 60, "PERSONS", 2);
        training("REPORTED_TOTAL", "70", null, "2010-01-01", "2010-12-31", "STEERING_COMMITTEE", 200, "PERSONS", 5);
        training("COURSE", "70", null, "2007-03-01", "2007-03-02", "GUARDS", 25, "PERSONS", null);
    }

    private static void inDaNang() {
        long ua = unit("20308", "Công an xã Bà Nà", "2025-07-01");
        long ub = unit("20320", "Công an xã Hòa Vang", "2026-02-01");
        unit("20194", "Công an phường Hải Vân", null);
        PoliceFixtures.post(officer(), ua, "CHIEF", "2025-07-01", null);
        PoliceFixtures.post(officer(), ua, "DEPUTY", "2025-07-01", null);
        PoliceFixtures.post(officer(), ua, "OFFICER", "2025-07-01", null);
        long o4 = PoliceFixtures.post(officer(), ua, "OFFICER", "2025-07-01", null);
        PoliceFixtures.post(officer(), ua, "OFFICER", "2025-07-01", null);
        PoliceFixtures.post(officer(), ub, "CHIEF", "2025-07-01", null);
        PoliceFixtures.post(officer(), ub, "OFFICER", "2025-07-01", "2025-12-31");
        PoliceFixtures.post(officer(), ub, "OFFICER", "2026-01-15", null);
        String o4Path = "/api/v1/postings/" + o4;
        given().auth().oauth2(ADMIN).header("If-Match", ForceFixtures.etag(ADMIN, o4Path)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(Map.of("policeUnitId", ub, "position", "OFFICER", "effectiveFrom", "2026-03-01",
                        "decisionRef", "215/QĐ-CAT"))
                .when().post(o4Path + "/transfers").then().statusCode(201);
        PoliceFixtures.post(officer(), ua, "OFFICER", "2026-03-15", null);
        regularTally("48", "20332", "2025-12-31", 1, 1, 0, 3);
        regularTally("48", "20197", "2026-03-01", 1, 1, 1, 2);

        long ta1 = team("20308", "Thôn Phú Túc", "HAMLET", "2024-07-01", null);
        member(ta1, "LEADER", "1975-03-10", "2024-07-01", null);
        member(ta1, "MEMBER", "1980-05-05", "2024-07-01", "2026-02-01");
        member(ta1, "MEMBER", "1990-09-09", "2025-09-01", null);
        team("20308", "Thôn An Sơn", "HAMLET", "2025-08-01", null);
        long tb1 = team("20320", "Thôn Trung Nghĩa", "HAMLET", "2024-09-01", "2026-01-01");
        member(tb1, "LEADER", "1970-01-01", "2024-09-01", "2026-01-01");
        long td1 = team("20194", "Tổ dân phố 5", "RESIDENTIAL_GROUP", "2025-10-01", null);
        member(td1, "LEADER", "1968-02-02", "2025-10-01", null);
        member(td1, "DEPUTY_LEADER", "1985-07-07", "2025-10-01", null);

        training("COURSE", "48", "20308", "2026-01-10", "2026-01-12", "GRASSROOTS_FORCE", 45, "PERSONS", null);
        training("COURSE", "48", null, "2025-11-03", "2025-11-04", "STEERING_COMMITTEE", 30, "PERSONS", null);
        training("REPORTED_TOTAL", "48", null, "2026-02-01", "2026-03-31", "GUARDS", 80, "PERSONS", 4);
    }

    @Test
    void beforeTheReformTheTalliesCountUnderTheCurrentProvincesWithoutDoubleCounting() {
        ValidatableResponse national = w1(ADMIN).when().get(PATH).then().statusCode(200).body("province", nullValue())
                .body("groups.size()", equalTo(0));
        // No current commune was in force in 2010.
        figure(national, "totals.communes", 0, 0);
        // R1 (R0 is older, R2 lies under R1) and R3, which does not report communes.
        figure(national, "totals.communesWithRegularPolice", 0, 90);
        figure(national, "totals.chiefs", 0, 90 + 10);
        figure(national, "totals.deputies", 0, 91 + 12);
        figure(national, "totals.officers", 0, 273 + 30);
        figure(national, "totals.regularOfficers", 0, 454 + 52);
        // S1 (S0 is older) and S2.
        figure(national, "totals.semiProfessionalPolice", 0, 1215 + 14);
        // T4 is a course; T5 reports 5 sessions; T1–T3 none; T6 is before the window.
        figure(national, "totals.trainings", 1, 5);
        figure(national, "totals.trainingParticipants", 60, 1677 + 3132 + 119 + 200);
        figure(national, "totals.unitsMeetingNorm", 0, 0);
        figure(national, "totals.grassrootsTeams", 0, 0);

        ValidatableResponse byProvince = w1(ADMIN).queryParam("groupBy", "province").when().get(PATH).then().statusCode(200)
                .body("groupBy", equalTo("province"))
                .body("groups.key", equalTo(List.of("38", "75")))
                .body("groups.label", equalTo(List.of("Thanh Hóa", "Đồng Nai")));
        figure(byProvince, "groups[0].regularOfficers", 0, 52);
        figure(byProvince, "groups[0].communesWithRegularPolice", 0, 0);
        figure(byProvince, "groups[0].semiProfessionalPolice", 0, 14);
        figure(byProvince, "groups[0].trainingParticipants", 0, 4928);
        // Bình Phước's figures, counted under Đồng Nai.
        figure(byProvince, "groups[1].communesWithRegularPolice", 0, 90);
        figure(byProvince, "groups[1].regularOfficers", 0, 454);
        figure(byProvince, "groups[1].chiefs", 0, 90);
        figure(byProvince, "groups[1].semiProfessionalPolice", 0, 1215);
        figure(byProvince, "groups[1].trainings", 1, 5);
        figure(byProvince, "groups[1].trainingParticipants", 60, 200);
    }

    @Test
    void oldProvincesListTheCountedTalliesAsReported() {
        w1(ADMIN).when().get(PATH).then().statusCode(200)
                .body("oldProvinces.reportedProvinceCode", equalTo(List.of("38", "70")))
                .body("oldProvinces[0].reportedProvinceName", equalTo("Thanh Hóa"))
                .body("oldProvinces[0].tallies", equalTo(5))
                .body("oldProvinces[0].semiProfessionalPolice", equalTo(14))
                .body("oldProvinces[0].communesWithRegularPolice", nullValue())
                .body("oldProvinces[0].regularOfficers", equalTo(52))
                .body("oldProvinces[0].trainings", nullValue())
                .body("oldProvinces[0].trainingParticipants", equalTo(4928))
                .body("oldProvinces[1].reportedProvinceName", equalTo("Bình Phước"))
                .body("oldProvinces[1].provinceCode", equalTo("75"))
                .body("oldProvinces[1].provinceName", equalTo("Đồng Nai"))
                .body("oldProvinces[1].tallies", equalTo(3))
                .body("oldProvinces[1].semiProfessionalPolice", equalTo(1215))
                .body("oldProvinces[1].communesWithRegularPolice", equalTo(90))
                .body("oldProvinces[1].regularOfficers", equalTo(454))
                .body("oldProvinces[1].chiefs", equalTo(90))
                .body("oldProvinces[1].deputies", equalTo(91))
                .body("oldProvinces[1].officers", equalTo(273))
                .body("oldProvinces[1].trainings", equalTo(5))
                .body("oldProvinces[1].trainingParticipants", equalTo(200));
        // Windows from the reform on have none.
        given().auth().oauth2(ADMIN).queryParam("asOf", "2025-12-31").when().get(PATH).then().statusCode(200).body("oldProvinces", nullValue());
    }

    @Test
    void byCommuneOldCommunesCountWhereTheyWentAndProvinceWideTalliesUnderNone() {
        ValidatableResponse thanhHoa = w1(ADMIN).queryParam("province", "38").queryParam("groupBy", "commune").when().get(PATH).then()
                .statusCode(200).body("province", equalTo("38"))
                .body("groups.key", equalTo(Arrays.asList("14812", null)))
                .body("groups.label", equalTo(List.of("Phường Bỉm Sơn", "Cấp tỉnh (không gắn với xã)")));
        figure(thanhHoa, "groups[0].semiProfessionalPolice", 0, 14);
        figure(thanhHoa, "groups[1].regularOfficers", 0, 52);
        figure(thanhHoa, "groups[1].trainingParticipants", 0, 4928);
        figure(thanhHoa, "totals.semiProfessionalPolice", 0, 14);
        // Late 2010 R1 is out of the window, so the commune's own R2 counts, under the commune old 25207 went into.
        ValidatableResponse late2010 = given().auth().oauth2(ADMIN).queryParam("from", "2010-11-01").queryParam("to", "2010-12-31")
                .queryParam("province", "75").queryParam("groupBy", "commune").when().get(PATH).then().statusCode(200)
                .body("groups.key", equalTo(Arrays.asList("25210", null)))
                .body("oldProvinces.reportedProvinceCode", equalTo(List.of("70")))
                .body("oldProvinces[0].tallies", equalTo(2))
                .body("oldProvinces[0].semiProfessionalPolice", nullValue())
                .body("oldProvinces[0].regularOfficers", equalTo(5));
        figure(late2010, "groups[0].communesWithRegularPolice", 0, 1);
        figure(late2010, "groups[0].regularOfficers", 0, 5);
        figure(late2010, "groups[0].officers", 0, 3);
        figure(late2010, "groups[1].trainingParticipants", 0, 200);
        figure(late2010, "totals.semiProfessionalPolice", 0, 0);
        // A window ending after the reform counts no stock tally of before it: units of another map, and a force long gone.
        ValidatableResponse across = given().auth().oauth2(ADMIN).queryParam("from", "2010-01-01").queryParam("to", "2026-03-31")
                .queryParam("province", "75").when().get(PATH).then().statusCode(200)
                .body("totals.semiProfessionalPolice.tallies", equalTo(0))
                .body("totals.regularOfficers.tallies", equalTo(0))
                .body("oldProvinces.semiProfessionalPolice", everyItem(nullValue()))
                .body("oldProvinces.regularOfficers", everyItem(nullValue()));
        across.body("oldProvinces.find { it.reportedProvinceCode == '70' }.trainingParticipants", not(nullValue()));
    }

    @Test
    void afterTheReformRecordsAndTalliesAddUpAsOfTheWindowsLastDay() {
        ValidatableResponse daNang = w4(ADMIN).queryParam("province", "48").when().get(PATH).then().statusCode(200)
                .body("province", equalTo("48")).body("oldProvinces", nullValue());
        expectW4(daNang, "totals");
        // As of the last day of 2025: O7 still serves, O8 not yet, UB not yet regular; C's tally counts, E's not yet;
        // TB1 and M2, M4 still there; no training that day.
        ValidatableResponse endOf2025 = given().auth().oauth2(ADMIN).queryParam("asOf", "2025-12-31").queryParam("province", "48")
                .when().get(PATH).then().statusCode(200).body("from", equalTo("2025-12-31")).body("to", equalTo("2025-12-31"));
        figure(endOf2025, "totals.communes", 5, 0);
        figure(endOf2025, "totals.communesWithRegularPolice", 1, 1);
        figure(endOf2025, "totals.chiefs", 2, 1);
        figure(endOf2025, "totals.deputies", 1, 0);
        figure(endOf2025, "totals.officers", 4, 3);
        figure(endOf2025, "totals.regularOfficers", 7, 4);
        figure(endOf2025, "totals.unitsMeetingNorm", 1, 0);
        figure(endOf2025, "totals.vacancies", 0 + 3 + 5, 0);
        figure(endOf2025, "totals.grassrootsTeams", 4, 0);
        figure(endOf2025, "totals.grassrootsMembers", 6, 0);
        figure(endOf2025, "totals.hamletsCovered", 3, 0);
        figure(endOf2025, "totals.trainings", 0, 0);
        // The national table has Đà Nẵng's row with the same figures.
        expectW4(w4(ADMIN).queryParam("groupBy", "province").when().get(PATH).then().statusCode(200)
                .body("groups.find { it.key == '48' }.label", equalTo("Thành phố Đà Nẵng")), "groups.find { it.key == '48' }");
    }

    @Test
    void byCommuneEachCommuneHasItsOwnFigures() {
        ValidatableResponse byCommune = w4(ADMIN).queryParam("province", "48").queryParam("groupBy", "commune").when().get(PATH).then()
                .statusCode(200).body("groups.key", equalTo(Arrays.asList("20194", "20197", "20308", "20320", "20332", null)))
                .body("groups.label", equalTo(List.of("Phường Hải Vân", "Phường Liên Chiểu", "Xã Bà Nà", "Xã Hòa Vang", "Xã Hòa Tiến",
                        "Cấp tỉnh (không gắn với xã)")));
        // D: UD unmanned, TD1 with two members.
        figure(byCommune, "groups[0].communes", 1, 0);
        figure(byCommune, "groups[0].communesWithRegularPolice", 0, 0);
        figure(byCommune, "groups[0].vacancies", 5, 0);
        figure(byCommune, "groups[0].grassrootsMembers", 2, 0);
        figure(byCommune, "groups[0].hamletsCovered", 1, 0);
        // E: its tally only.
        figure(byCommune, "groups[1].communesWithRegularPolice", 0, 1);
        figure(byCommune, "groups[1].regularOfficers", 0, 4);
        figure(byCommune, "groups[1].deputies", 0, 1);
        // A: UA meets the norm; TA1 covers its hamlet, TA2 has no members; C1.
        figure(byCommune, "groups[2].communesWithRegularPolice", 1, 0);
        figure(byCommune, "groups[2].regularOfficers", 5, 0);
        figure(byCommune, "groups[2].unitsMeetingNorm", 1, 0);
        figure(byCommune, "groups[2].vacancies", 0, 0);
        figure(byCommune, "groups[2].grassrootsTeams", 2, 0);
        figure(byCommune, "groups[2].grassrootsMembers", 2, 0);
        figure(byCommune, "groups[2].hamletsCovered", 1, 0);
        figure(byCommune, "groups[2].trainingParticipants", 45, 0);
        // B: O4, transferred in, counts here and no longer in A.
        figure(byCommune, "groups[3].officers", 2, 0);
        figure(byCommune, "groups[3].vacancies", 2, 0);
        figure(byCommune, "groups[3].grassrootsTeams", 0, 0);
        // C: its tally is of the end of 2025.
        figure(byCommune, "groups[4].communes", 1, 0);
        figure(byCommune, "groups[4].regularOfficers", 0, 0);
        // Province-level: C3.
        figure(byCommune, "groups[5].communes", 0, 0);
        figure(byCommune, "groups[5].trainings", 0, 4);
        figure(byCommune, "groups[5].trainingParticipants", 0, 80);
        expectW4(byCommune, "totals");
    }

    @Test
    void aTallyOfWhatTheRecordsCountIsRefusedAndTheFiguresStayExact() {
        post(ADMIN, "/api/v1/regular-police-tallies", tallyBody("48", "20308", "2026-03-31", null, 1, 1, 3)).then().statusCode(409)
                .body("detail", containsString("detailed posting"));
        post(ADMIN, "/api/v1/regular-police-tallies", tallyBody("48", null, "2026-01-20", null, 5, 5, 20)).then().statusCode(409);
        // C's tally stands for a commune without a unit: a unit there, regular on its day, would count the commune twice.
        PoliceFixtures.createUnit(ADMIN, with(PoliceFixtures.unit("20332", "Công an xã Hòa Tiến"), "regularSince", "2025-07-01")).then()
                .statusCode(409).body("detail", containsString("2025-12-31"));
        expectW4(w4(ADMIN).queryParam("province", "48").when().get(PATH).then().statusCode(200), "totals");
    }

    @Test
    void everyRoleSeesProvincesAndItsOwnCommunesAndNoPersonalData() {
        String daNangOfficer = TestTokens.token(Roles.PROVINCE_OFFICER, "48", null);
        for (String token : List.of(daNangOfficer, TestTokens.token(Roles.COMMUNE_OFFICER, "48", "20308"),
                TestTokens.token(Roles.TIP_INVESTIGATOR, "48", null), TestTokens.token(Roles.PROVINCE_OFFICER, "38", null))) {
            // Figures per province: open to every role.
            expectW4(w4(token).queryParam("province", "48").when().get(PATH).then().statusCode(200), "totals");
            w4(token).when().get(PATH).then().statusCode(200).body("province", nullValue());
        }
        // By commune without a province: the own province's.
        expectW4(w4(daNangOfficer).queryParam("groupBy", "commune").when().get(PATH).then().statusCode(200)
                .body("province", equalTo("48")), "totals");
        for (String token : List.of(TestTokens.forRole(Roles.PARTNER_SYSTEM), TestTokens.forRole(Roles.MINISTRY_ANALYST))) {
            expectW4(w4(token).queryParam("province", "48").when().get(PATH).then().statusCode(200), "totals");
            w4(token).when().get(PATH).then().statusCode(200).body("province", nullValue());
        }
        // Another province's officer asking for Đà Nẵng gets its own scope's figures for it: nothing.
        ValidatableResponse elsewhere = w4(TestTokens.token(Roles.PROVINCE_OFFICER, "38", null)).queryParam("province", "48")
                .queryParam("groupBy", "commune").when().get(PATH).then().statusCode(200)
                .body("province", equalTo("48")).body("groups.size()", equalTo(0));
        for (String figure : FIGURES) {
            figure(elsewhere, "totals." + figure, 0, 0);
        }
        // A Đà Nẵng officer's commune breakdown holds none of Bình Phước's old figures.
        w1(daNangOfficer).queryParam("groupBy", "commune").when().get(PATH).then().statusCode(200).body("province", equalTo("48"))
                .body("groups.size()", equalTo(0)).body("totals.regularOfficers.total", equalTo(0)).body("oldProvinces.size()", equalTo(0));
        // Counts only: a group has its key, label and the figures, each records/tallies/total; no name of a person anywhere.
        for (String token : List.of(ADMIN, TestTokens.forRole(Roles.PARTNER_SYSTEM), daNangOfficer)) {
            String body = w4(token).queryParam("groupBy", "commune").when().get(PATH).then().statusCode(200).extract().asString();
            assertEquals(false, body.contains(PERSONAL), body);
            Map<String, Object> totals = given().auth().oauth2(token).queryParam("asOf", "2026-03-31").queryParam("groupBy", "commune")
                    .when().get(PATH).then().statusCode(200).extract().jsonPath().getMap("totals");
            Set<String> expected = new java.util.HashSet<>(FIGURES);
            expected.addAll(List.of("key", "label"));
            assertEquals(expected, totals.keySet());
        }
    }

    @Test
    void badRequestsAre400() {
        given().auth().oauth2(ADMIN).when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(ADMIN).queryParam("from", "2026-03-31").queryParam("to", "2026-01-01").when().get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().auth().oauth2(ADMIN).queryParam("asOf", "2026-03-31").queryParam("from", "2026-01-01").when().get(PATH).then()
                .statusCode(400).body("errors[0].field", equalTo("asOf"));
        w4(ADMIN).queryParam("groupBy", "position").when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("groupBy"))
                .body("errors[0].message", containsString("province, commune"));
        w4(ADMIN).queryParam("province", "70").when().get(PATH).then().statusCode(400).body("errors[0].message", containsString("merged into 75"));
        w4(ADMIN).queryParam("province", "7").when().get(PATH).then().statusCode(400).contentType("application/problem+json");
    }

    /** Đà Nẵng on 2026-03-31 (W4), worked out in the class comment. */
    private static void expectW4(ValidatableResponse response, String group) {
        figure(response, group + ".communes", 5, 0);
        // UA, UB (regular since 2026-02-01); E's tally.
        figure(response, group + ".communesWithRegularPolice", 2, 1);
        figure(response, group + ".chiefs", 2, 1);
        figure(response, group + ".deputies", 1, 1);
        // UA: O3, O5, O9; UB: O8, O4. E: 2.
        figure(response, group + ".officers", 5, 2);
        figure(response, group + ".regularOfficers", 8, 4);
        figure(response, group + ".unitsMeetingNorm", 1, 0);
        // UB: a deputy and an officer; UD: all five.
        figure(response, group + ".vacancies", 2 + 5, 0);
        // TA1, TA2, TD1 (TB1 dissolved on 2026-01-01); M1, M3, M5, M6; TA1 and TD1 have members.
        figure(response, group + ".grassrootsTeams", 3, 0);
        figure(response, group + ".grassrootsMembers", 4, 0);
        figure(response, group + ".hamletsCovered", 2, 0);
        figure(response, group + ".semiProfessionalPolice", 0, 0);
        // C1; C3's 4 sessions. C2 was in 2025.
        figure(response, group + ".trainings", 1, 4);
        figure(response, group + ".trainingParticipants", 45, 80);
    }

    private static RequestSpecification w1(String token) {
        return given().auth().oauth2(token).queryParam("from", "2008-01-01").queryParam("to", "2010-12-31");
    }

    private static RequestSpecification w4(String token) {
        return given().auth().oauth2(token).queryParam("from", "2026-01-01").queryParam("to", "2026-03-31");
    }

    private static void figure(ValidatableResponse response, String path, int records, int tallies) {
        response.body(path + ".records", equalTo(records)).body(path + ".tallies", equalTo(tallies))
                .body(path + ".total", equalTo(records + tallies));
    }

    private static Map<String, Object> tallyBody(String province, String commune, String asOf, Integer communes, int chiefs, int deputies,
            int officers) {
        Map<String, Object> body = new HashMap<>();
        body.put("provinceCode", province);
        body.put("communeCode", commune);
        body.put("asOf", asOf);
        body.put("communesWithRegularPolice", communes);
        body.put("chiefs", chiefs);
        body.put("deputies", deputies);
        body.put("officers", officers);
        body.put("sourceDocument", "Báo cáo " + asOf);
        return body;
    }

    private static void regularTally(String province, String commune, String asOf, Integer communes, int chiefs, int deputies, int officers) {
        post(ADMIN, "/api/v1/regular-police-tallies", tallyBody(province, commune, asOf, communes, chiefs, deputies, officers)).then()
                .statusCode(201);
    }

    private static void training(String kind, String province, String commune, String from, String to, String group, int participants,
            String counted, Integer sessions) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("courseName", "Tập huấn " + group + " " + from);
        body.put("periodFrom", from);
        body.put("periodTo", to);
        body.put("provinceCode", province);
        body.put("communeCode", commune);
        body.put("traineeGroup", group);
        body.put("participants", participants);
        body.put("participantsCounted", counted);
        body.put("sessions", sessions);
        body.put("sourceDocument", "REPORTED_TOTAL".equals(kind) ? "Báo cáo kết quả tập huấn " + from.substring(0, 4) : null);
        post(ADMIN, "/api/v1/trainings", body).then().statusCode(201);
    }

    private static long unit(String commune, String name, String regularSince) {
        return PoliceFixtures.createUnit(ADMIN, with(PoliceFixtures.unit(commune, name), "regularSince", regularSince)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static long officer() {
        return PoliceFixtures.createOfficer(ADMIN, PoliceFixtures.officer("48", "Trần " + PERSONAL + " " + ForceFixtures.tag())).then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long team(String commune, String hamlet, String kind, String established, String dissolved) {
        Map<String, Object> body = new HashMap<>();
        body.put("communeCode", commune);
        body.put("hamletName", hamlet);
        body.put("hamletKind", kind);
        body.put("establishedOn", established);
        body.put("dissolvedOn", dissolved);
        return post(ADMIN, "/api/v1/grassroots-teams", body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void member(long team, String role, String born, String joined, String left) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", "Lê " + PERSONAL + " " + ForceFixtures.tag());
        body.put("role", role);
        body.put("birthDate", born);
        body.put("residenceSince", born);
        body.put("joinedOn", joined);
        body.put("leftOn", left);
        body.put("phone", "0905 123 456");
        post(ADMIN, "/api/v1/grassroots-teams/" + team + "/members", body).then().statusCode(201);
    }
}
