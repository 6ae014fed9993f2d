package vn.gov.antq.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class WeaponHandoverTallyResourceTest {

    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    private static final String OFFICER_75 = TestTokens.forRole(Roles.PROVINCE_OFFICER);
    private static final String OFFICER_38 = TestTokens.token(Roles.PROVINCE_OFFICER, TestTokens.OTHER_PROVINCE, null);
    private static final String OFFICER_79 = TestTokens.token(Roles.PROVINCE_OFFICER, "79", null);
    private static final String COMMUNE_OFFICER = TestTokens.forRole(Roles.COMMUNE_OFFICER);
    private static final String PATH = "/api/v1/weapon-handover-tallies";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void communes() {
        ActivityCommuneFixture.load();
    }

    @Test
    void theSeedReportsCountAsReportedAndKeepDetailedHandoversOfTheirCategoriesOut() {
        // Thanh Hóa (38, unchanged by the reform), 2019–2022: everything its report collected.
        Map<String, Object> thanhHoa = tally("38", null, "2019-01-01", "2022-12-31");
        thanhHoa.putAll(Map.of("guns", 6237, "primitiveWeapons", 3913, "bombsMinesGrenades", 258, "rounds", 25991, "explosivesKg", 667,
                "detonators", 919, "supportTools", 858, "dangerousToys", 1848, "firecrackersKg", 1048));
        long thanhHoaId = create(ADMIN, thanhHoa).then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("reportedProvinceCode", equalTo("38")).body("provinceCode", equalTo("38"))
                .body("guns", equalTo(6237)).body("rounds", equalTo(25991)).body("explosivesKg", equalTo(667))
                .body("firecrackersKg", equalTo(1048)).body("dangerousToys", equalTo(1848)).extract().jsonPath().getLong("id");
        // A detailed handover of those years would count again, whatever its category.
        String marker = "Thanh Hóa 2020 " + UUID.randomUUID();
        Map<String, Object> old = WeaponHandoverResourceTest.handover(null, "2020-05-10", marker, WeaponHandoverResourceTest.item("FIRECRACKERS", 3.5));
        old.put("provinceCode", "38");
        WeaponHandoverResourceTest.create(OFFICER_38, old, null).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Double counting")).body("detail", containsString("#" + thanhHoaId));
        // So would a second report of part of the period giving one of its figures.
        Map<String, Object> half = tally("38", null, "2022-01-01", "2022-06-30");
        half.put("rounds", 4000);
        create(OFFICER_38, half).then().statusCode(409).body("detail", containsString("overlaps"));
        half.put("periodFrom", "2023-01-01");
        half.put("periodTo", "2023-06-30");
        create(OFFICER_38, half).then().statusCode(201);

        // Bình Dương (74, now in Hồ Chí Minh City 79), 2018: 21 guns, 501 primitive weapons; other categories not reported.
        Map<String, Object> binhDuong = tally("74", null, "2018-01-01", "2018-12-31");
        binhDuong.put("guns", 21);
        binhDuong.put("primitiveWeapons", 501);
        long binhDuongId = create(OFFICER_79, binhDuong).then().statusCode(201).body("reportedProvinceCode", equalTo("74"))
                .body("provinceCode", equalTo("79")).body("rounds", nullValue()).extract().jsonPath().getLong("id");
        // Detailed records carry current units: a handover of guns in 79 in 2018 is in Bình Dương's tally, firecrackers are not.
        Map<String, Object> hcm = WeaponHandoverResourceTest.handover(null, "2018-06-01", marker, WeaponHandoverResourceTest.item("GUNS", 1));
        hcm.put("provinceCode", "79");
        WeaponHandoverResourceTest.create(OFFICER_79, hcm, null).then().statusCode(409).body("detail", containsString("#" + binhDuongId));
        hcm.put("items", List.of(WeaponHandoverResourceTest.item("FIRECRACKERS", 12.5)));
        long firecrackers = WeaponHandoverResourceTest.create(OFFICER_79, hcm, null).then().statusCode(201).extract().jsonPath().getLong("id");
        // A second Bình Dương report of 2018 is the same unit and period, whatever it gives.
        Map<String, Object> more = tally("74", null, "2018-01-01", "2018-12-31");
        more.put("firecrackersKg", 300);
        create(OFFICER_79, more).then().statusCode(409).body("detail", containsString("#" + binhDuongId));
        // Old Hồ Chí Minh City (79) is another unit of count, but its firecrackers of 2018 are now given in detail; its guns are its own.
        Map<String, Object> oldHcm = tally("79", null, "2018-01-01", "2018-12-31");
        oldHcm.put("firecrackersKg", 800);
        create(OFFICER_79, oldHcm).then().statusCode(409).body("detail", containsString("handover " + firecrackers));
        oldHcm.remove("firecrackersKg");
        oldHcm.put("guns", 40);
        create(OFFICER_79, oldHcm).then().statusCode(201).body("reportedProvinceCode", equalTo("79"));
        assertEquals(0L, count("select count(*) from weapon_handover where handing_party = '" + marker + "' and province_code = '38'"));

        // Within 2018: the statistics tests report Bình Dương for other years in the same database.
        given().auth().oauth2(OFFICER_79).queryParam("reportedProvince", "74").queryParam("from", "2018-01-01").queryParam("to", "2018-12-31")
                .when().get(PATH).then().statusCode(200).body("items.id", equalTo(List.of((int) binhDuongId)));
        given().auth().oauth2(OFFICER_79).when().get(PATH + "/" + thanhHoaId).then().statusCode(404);
    }

    @Test
    void communeTalliesNestInTheirProvinceAndMeetDetailedHandoversByCategory() {
        String q1 = "2026-01-01";
        String q1End = "2026-03-31";
        Map<String, Object> neighbour = tally("75", ActivityCommuneFixture.OTHER_COMMUNE_75, q1, q1End);
        neighbour.put("guns", 3);
        long neighbourId = create(OFFICER_75, neighbour).then().statusCode(201)
                .body("communeCode", equalTo(ActivityCommuneFixture.OTHER_COMMUNE_75)).extract().jsonPath().getLong("id");
        // The province nests the commune: rounds are another figure, guns the same one.
        Map<String, Object> province = tally("75", null, q1, q1End);
        province.put("rounds", 480);
        long provinceId = create(OFFICER_75, province).then().statusCode(201).extract().jsonPath().getLong("id");
        province.put("guns", 10);
        create(OFFICER_75, province).then().statusCode(409).body("detail", containsString("#" + neighbourId));
        Map<String, Object> mine = tally("75", TestTokens.COMMUNE, q1, q1End);
        mine.put("guns", 1);
        long mineId = create(COMMUNE_OFFICER, mine).then().statusCode(201).extract().jsonPath().getLong("id");

        // Detailed handovers of the commune in the quarter: guns are in its tally, rounds in the province's, detonators in none.
        String marker = "Quý 1/2026 " + UUID.randomUUID();
        Map<String, Object> handover = WeaponHandoverResourceTest.handover(TestTokens.COMMUNE, "2026-02-10", marker,
                WeaponHandoverResourceTest.item("GUNS", 1));
        WeaponHandoverResourceTest.create(COMMUNE_OFFICER, handover, null).then().statusCode(409).body("detail", containsString("#" + mineId));
        handover.put("items", List.of(WeaponHandoverResourceTest.item("ROUNDS", 20)));
        WeaponHandoverResourceTest.create(COMMUNE_OFFICER, handover, null).then().statusCode(409).body("detail", containsString("#" + provinceId));
        handover.put("items", List.of(WeaponHandoverResourceTest.item("DETONATORS", 6)));
        long detonators = WeaponHandoverResourceTest.create(COMMUNE_OFFICER, handover, null).then().statusCode(201).extract().jsonPath().getLong("id");
        handover.put("items", List.of(WeaponHandoverResourceTest.item("DETONATORS", 6), WeaponHandoverResourceTest.item("GUNS", 1)));
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(handover)
                .when().put("/api/v1/weapon-handovers/" + detonators).then().statusCode(409);
        assertEquals(1L, count("select count(*) from weapon_handover where handing_party = '" + marker + "'"));
        assertEquals(0L, count("select count(*) from weapon_handover where handing_party = '" + marker + "' and guns is not null"));

        // Corrections need the current ETag; once the commune's tally is gone, its guns may be recorded in detail.
        mine.put("guns", 2);
        given().auth().oauth2(COMMUNE_OFFICER).contentType(ContentType.JSON).body(mine).when().put(PATH + "/" + mineId).then().statusCode(428);
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(mine)
                .when().put(PATH + "/" + mineId).then().statusCode(200).header("ETag", equalTo("\"1\"")).body("guns", equalTo(2));
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"0\"").when().delete(PATH + "/" + mineId).then().statusCode(412);
        String since = Instant.now().minusSeconds(60).toString();
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"1\"").when().delete(PATH + "/" + mineId).then().statusCode(204);
        handover.put("items", List.of(WeaponHandoverResourceTest.item("GUNS", 2)));
        WeaponHandoverResourceTest.create(COMMUNE_OFFICER, handover, null).then().statusCode(201);
        // Nor may a new tally of the commune come to count the detonators given in detail.
        Map<String, Object> late = tally("75", TestTokens.COMMUNE, "2026-02-01", "2026-02-28");
        late.put("detonators", 6);
        create(COMMUNE_OFFICER, late).then().statusCode(409).body("detail", containsString("handover " + detonators));
        given().auth().oauth2(OFFICER_75).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("deleted.id", hasItem(String.valueOf(mineId)));
        given().auth().oauth2(OFFICER_38).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("deleted.id", not(hasItem(String.valueOf(mineId)))).body("items.id", not(hasItem((int) provinceId)));
        given().auth().oauth2(ADMIN).queryParam("resourceType", "weapon-handover-tally").queryParam("resourceId", mineId).queryParam("sort", "id")
                .when().get("/api/v1/audit-events").then().statusCode(200).body("items.action", equalTo(List.of("CREATE", "UPDATE", "DELETE")));
    }

    @Test
    void badTalliesAre400AndOutsidersAreRefused() {
        String marker = "Báo cáo sai " + UUID.randomUUID();
        expect400(with(marker, "periodFrom", "2026-06-15"), "periodFrom");
        expect400(with(marker, "periodFrom", "2025-01-01"), "periodTo");
        Map<String, Object> nothing = with(marker, "guns", null);
        expect400(nothing, "guns");
        expect400(with(marker, "rounds", -1), "rounds");
        expect400(with(marker, "explosivesKg", 1.2345), "explosivesKg");
        expect400(with(marker, "explosivesKg", -0.5), "explosivesKg");
        expect400(with(marker, "provinceCode", "99"), "provinceCode");
        expect400(with(marker, "communeCode", TestTokens.OTHER_COMMUNE), "communeCode");
        expect400(with(marker, "periodTo", "2099-01-01"), "periodTo");
        expect400(with(marker, "sourceDocument", " "), "sourceDocument");
        create(OFFICER_38, with(marker, "guns", 3)).then().statusCode(403);
        create(TestTokens.forRole(Roles.COMMUNE_OFFICER), with(marker, "communeCode", ActivityCommuneFixture.OTHER_COMMUNE_75)).then().statusCode(403);
        create(TestTokens.forRole(Roles.MINISTRY_ANALYST), with(marker, "guns", 3)).then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole(Roles.PARTNER_SYSTEM)).when().get(PATH).then().statusCode(403);
        assertEquals(0L, count("select count(*) from weapon_handover_tally where source_document = '" + marker + "'"));
        given().auth().oauth2(OFFICER_38).queryParam("province", "75").when().get(PATH).then().statusCode(200).body("totalItems", equalTo(0));

        // A retried create answers the first one's tally and stores no second.
        String key = UUID.randomUUID().toString();
        Map<String, Object> good = with(marker, "firecrackersKg", 0.25);
        long id = create(OFFICER_75, good, key).then().statusCode(201).body("firecrackersKg", equalTo(0.25f)).extract().jsonPath().getLong("id");
        create(OFFICER_75, good, key).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) id));
        assertEquals(1L, count("select count(*) from weapon_handover_tally where source_document = '" + marker + "'"));
    }

    private void expect400(Map<String, Object> body, String field) {
        create(OFFICER_75, body).then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    private static Map<String, Object> with(String source, String field, Object value) {
        Map<String, Object> body = tally("75", TestTokens.COMMUNE, "2026-05-01", "2026-05-31");
        body.put("guns", 1);
        body.put("sourceDocument", source);
        body.put(field, value);
        return body;
    }

    private static Response create(String token, Map<String, Object> body) {
        return create(token, body, UUID.randomUUID().toString());
    }

    private static Response create(String token, Map<String, Object> body, String key) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).header("Idempotency-Key", key).when().post(PATH);
    }

    private static Map<String, Object> tally(String province, String commune, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("provinceCode", province);
        body.put("communeCode", commune);
        body.put("periodFrom", from);
        body.put("periodTo", to);
        body.put("sourceDocument", "Báo cáo kết quả thực hiện Kết luận 44-KL/TW");
        return body;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
