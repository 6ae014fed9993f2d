package vn.gov.antq.staffing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static vn.gov.antq.staffing.rest.PoliceFixtures.admin;
import static vn.gov.antq.staffing.rest.PoliceFixtures.communeOfficer;
import static vn.gov.antq.staffing.rest.PoliceFixtures.officerOf;
import static vn.gov.antq.staffing.rest.PoliceFixtures.partner;
import static vn.gov.antq.staffing.rest.PoliceFixtures.post;
import static vn.gov.antq.staffing.rest.PoliceFixtures.provinceOfficer;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import vn.gov.antq.commons.communes.CommuneRegistry;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

/**
 * Staffing figures worked out by hand, with norms that differ by commune type (the defaults are the same for every
 * type): a phường needs 2 deputies and 4 officers, a đặc khu 2 officers, a xã keeps the defaults (1 chief, 1 deputy,
 * 3 officers). The profile gives this class a database of its own, so the lists hold exactly its units.
 */
@QuarkusTest
@TestProfile(StaffingResourceTest.NormsByType.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class StaffingResourceTest {

    public static class NormsByType implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("antq.staffing.norms.phuong.deputies", "2", "antq.staffing.norms.phuong.officers", "4",
                    "antq.staffing.norms.dac-khu.officers", "2");
        }
    }

    private static final String UNITS = "/api/v1/police-units";
    /** Xã Lộc Ninh until 2026-09-19, Phường Lộc Ninh from 2026-09-20, fully staffed at times; Tân Khai (same change), a chief only. */
    private static long locNinh;
    private static long tanKhai;
    private static long conDao;

    @BeforeEach
    void staffedUnits() {
        PoliceFixtures.loadCommunes();
        if (locNinh != 0) {
            return;
        }
        locNinh = PoliceFixtures.unitIn(PoliceFixtures.XA_THEN_PHUONG);
        tanKhai = PoliceFixtures.unitIn(PoliceFixtures.XA_THEN_PHUONG_2);
        conDao = PoliceFixtures.unitIn(PoliceFixtures.DAC_KHU);
        post(officerOf("75"), locNinh, "CHIEF", "2025-07-01", null);
        post(officerOf("75"), locNinh, "DEPUTY", "2025-07-01", null);
        post(officerOf("75"), locNinh, "OFFICER", "2025-08-01", null);
        post(officerOf("75"), locNinh, "OFFICER", "2025-08-01", null);
        post(officerOf("75"), locNinh, "OFFICER", "2025-08-01", "2026-03-31");
        post(officerOf("75"), locNinh, "OFFICER", "2026-05-01", null);
        post(officerOf("75"), locNinh, "DEPUTY", "2026-10-01", null);
        post(officerOf("75"), locNinh, "OFFICER", "2026-10-15", null);
        // A second chief for ten days: over the exact norm.
        post(officerOf("75"), locNinh, "CHIEF", "2026-11-01", "2026-11-10");
        post(officerOf("75"), tanKhai, "CHIEF", "2025-07-01", null);
        post(officerOf("79"), conDao, "CHIEF", "2025-07-01", null);
        post(officerOf("79"), conDao, "DEPUTY", "2025-07-01", null);
        post(officerOf("79"), conDao, "OFFICER", "2025-07-01", null);
        post(officerOf("79"), conDao, "OFFICER", "2025-07-01", null);
    }

    @Test
    void theNormsAreConfiguredPerCommuneType() {
        given().auth().oauth2(partner()).when().get("/api/v1/staffing-norms").then().statusCode(200)
                .body("communeType", equalTo(List.of("XA", "PHUONG", "DAC_KHU")))
                .body("labelVi", equalTo(List.of("Xã", "Phường", "Đặc khu")))
                .body("chiefs", equalTo(List.of(1, 1, 1)))
                .body("deputies", equalTo(List.of(1, 2, 1)))
                .body("officers", equalTo(List.of(3, 4, 2)));
    }

    @Test
    void aUnitsFiguresFollowItsPostingsAndItsCommunesTypeDayByDay() {
        // Before the officers came: xã norm 1/1/3.
        expect("2025-07-15", "XA", 1, 1, 0, 3, false).body("positions[2].vacancies", equalTo(3)).body("filled", equalTo(2));
        expect("2025-09-01", "XA", 1, 1, 3, 0, true).body("filled", equalTo(5));
        // A posting counts up to and including its last day.
        expect("2026-03-31", "XA", 1, 1, 3, 0, true);
        expect("2026-04-01", "XA", 1, 1, 2, 1, false).body("positions[2].vacancies", equalTo(1));
        expect("2026-06-01", "XA", 1, 1, 3, 0, true);
        expect("2026-09-19", "XA", 1, 1, 3, 0, true);
        // The commune became a phường on 2026-09-20: norm 1/2/4, so one deputy and one officer are missing.
        expect("2026-09-20", "PHUONG", 1, 1, 3, 2, false).body("positions[1].vacancies", equalTo(1))
                .body("positions[1].norm", equalTo(2)).body("positions[2].norm", equalTo(4));
        expect("2026-10-01", "PHUONG", 1, 2, 3, 1, false);
        expect("2026-10-15", "PHUONG", 1, 2, 4, 0, true).body("filled", equalTo(7));
        // Two chiefs: no vacancy, but not the norm either.
        expect("2026-11-05", "PHUONG", 2, 2, 4, 0, false).body("positions[0].excess", equalTo(1)).body("positions[0].rule", equalTo("EXACTLY"));
        expect("2026-11-11", "PHUONG", 1, 2, 4, 0, true).body("positions[0].excess", equalTo(0));
        // Today by default.
        given().auth().oauth2(partner()).when().get(UNITS + "/" + locNinh + "/staffing").then().statusCode(200)
                .body("asOf", equalTo(CommuneRegistry.today().toString()));
        given().auth().oauth2(partner()).queryParam("asOf", "2025-06-30").when().get(UNITS + "/" + locNinh + "/staffing").then()
                .statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().auth().oauth2(partner()).queryParam("asOf", "yesterday").when().get(UNITS + "/" + locNinh + "/staffing").then()
                .statusCode(400);
    }

    @Test
    void aDacKhuIsMeasuredAgainstItsOwnNorm() {
        given().auth().oauth2(partner()).queryParam("asOf", "2025-09-01").when().get(UNITS + "/" + conDao + "/staffing").then().statusCode(200)
                .body("communeType", equalTo("DAC_KHU")).body("provinceCode", equalTo("79"))
                .body("positions.filled", equalTo(List.of(1, 1, 2))).body("positions.norm", equalTo(List.of(1, 1, 2)))
                .body("meetsNorm", equalTo(true)).body("regular", equalTo(true));
    }

    @Test
    void theListGivesEachUnitOfTheScopeAsOfADayPagedAndFilteredByTheVerdict() {
        given().auth().oauth2(partner()).queryParam("province", "75").queryParam("asOf", "2025-09-01").when().get(UNITS + "/staffing").then()
                .statusCode(200).body("totalItems", equalTo(2))
                .body("items.policeUnitId", equalTo(List.of((int) locNinh, (int) tanKhai)))
                .body("items.communeCode", equalTo(List.of(PoliceFixtures.XA_THEN_PHUONG, PoliceFixtures.XA_THEN_PHUONG_2)))
                .body("items.meetsNorm", equalTo(List.of(true, false)))
                .body("items[1].vacancies", equalTo(4));
        given().auth().oauth2(partner()).queryParam("province", "75").queryParam("asOf", "2025-09-01").queryParam("meetsNorm", "false")
                .when().get(UNITS + "/staffing").then().statusCode(200).body("items.policeUnitId", equalTo(List.of((int) tanKhai)));
        given().auth().oauth2(partner()).queryParam("asOf", "2025-09-01").queryParam("meetsNorm", "true")
                .when().get(UNITS + "/staffing").then().statusCode(200)
                .body("items.policeUnitId", equalTo(List.of((int) locNinh, (int) conDao)));
        given().auth().oauth2(partner()).queryParam("asOf", "2026-04-01").queryParam("meetsNorm", "true")
                .when().get(UNITS + "/staffing").then().statusCode(200).body("items.policeUnitId", equalTo(List.of((int) conDao)));
        given().auth().oauth2(partner()).queryParam("commune", PoliceFixtures.XA_THEN_PHUONG_2).queryParam("asOf", "2026-10-01")
                .when().get(UNITS + "/staffing").then().statusCode(200).body("items[0].communeType", equalTo("PHUONG"))
                .body("items[0].vacancies", equalTo(6));
        given().auth().oauth2(partner()).queryParam("asOf", "2025-09-01").queryParam("size", 1).queryParam("page", 1)
                .when().get(UNITS + "/staffing").then().statusCode(200).body("totalItems", equalTo(3)).body("totalPages", equalTo(3))
                .body("items.policeUnitId", equalTo(List.of((int) tanKhai)));
        given().auth().oauth2(partner()).queryParam("meetsNorm", "sometimes").when().get(UNITS + "/staffing").then().statusCode(400);
        given().auth().oauth2(partner()).queryParam("asOf", "2024-12-31").when().get(UNITS + "/staffing").then().statusCode(400);
    }

    @Test
    void staffingFiguresAreFilteredToTheCallersAggregateScope() {
        // A commune officer reads its province's figures, every commune of it.
        given().auth().oauth2(communeOfficer("75", PoliceFixtures.XA_THEN_PHUONG)).queryParam("asOf", "2025-09-01")
                .when().get(UNITS + "/staffing").then().statusCode(200)
                .body("items.policeUnitId", equalTo(List.of((int) locNinh, (int) tanKhai)));
        given().auth().oauth2(communeOfficer("75", PoliceFixtures.XA_THEN_PHUONG)).queryParam("province", "79")
                .when().get(UNITS + "/staffing").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(communeOfficer("75", PoliceFixtures.XA_THEN_PHUONG)).when().get(UNITS + "/" + tanKhai + "/staffing")
                .then().statusCode(200);
        given().auth().oauth2(communeOfficer("75", PoliceFixtures.XA_THEN_PHUONG)).when().get(UNITS + "/" + conDao + "/staffing")
                .then().statusCode(404);
        given().auth().oauth2(provinceOfficer("38")).when().get(UNITS + "/" + locNinh + "/staffing").then().statusCode(404);
        given().auth().oauth2(provinceOfficer("38")).when().get(UNITS + "/staffing").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.forRole(Roles.TIP_INVESTIGATOR)).queryParam("asOf", "2025-09-01").when().get(UNITS + "/staffing")
                .then().statusCode(200).body("items.provinceCode", everyItem(equalTo("75")));
        given().auth().oauth2(admin()).queryParam("asOf", "2025-09-01").when().get(UNITS + "/staffing").then().statusCode(200)
                .body("totalItems", equalTo(3));
        given().auth().oauth2(partner()).when().get(UNITS + "/987654321/staffing").then().statusCode(404);
    }

    private static ValidatableResponse expect(String asOf, String type, int chiefs, int deputies, int officers, int vacancies,
            boolean meets) {
        return given().auth().oauth2(partner()).queryParam("asOf", asOf).when().get(UNITS + "/" + locNinh + "/staffing").then()
                .statusCode(200)
                .body("asOf", equalTo(asOf))
                .body("communeType", equalTo(type))
                .body("positions.position", equalTo(List.of("CHIEF", "DEPUTY", "OFFICER")))
                .body("positions.filled", equalTo(List.of(chiefs, deputies, officers)))
                .body("vacancies", equalTo(vacancies))
                .body("meetsNorm", equalTo(meets));
    }
}
