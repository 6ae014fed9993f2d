package vn.gov.antq.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class WeaponHandoverResourceTest {

    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    private static final String OFFICER_75 = TestTokens.forRole(Roles.PROVINCE_OFFICER);
    private static final String OFFICER_38 = TestTokens.token(Roles.PROVINCE_OFFICER, TestTokens.OTHER_PROVINCE, null);
    private static final String COMMUNE_OFFICER = TestTokens.forRole(Roles.COMMUNE_OFFICER);
    private static final String NEIGHBOUR_OFFICER = TestTokens.token(Roles.COMMUNE_OFFICER, TestTokens.PROVINCE,
            ActivityCommuneFixture.OTHER_COMMUNE_75);
    private static final String PATH = "/api/v1/weapon-handovers";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void communes() {
        ActivityCommuneFixture.load();
    }

    @Test
    void aCommuneOfficerRecordsCorrectsAndDeletesAHandoverOfItsCommune() {
        String marker = "Người dân ấp Bàu Sen " + UUID.randomUUID();
        Map<String, Object> body = handover(TestTokens.COMMUNE, "2026-06-14", marker, item("EXPLOSIVES", 1.5), item("GUNS", 2),
                item("ROUNDS", 150));
        String key = UUID.randomUUID().toString();
        Response created = create(COMMUNE_OFFICER, body, key);
        created.then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", containsString(PATH + "/")).header("ETag", equalTo("\"0\""))
                .body("provinceCode", equalTo("75")).body("communeCode", equalTo(TestTokens.COMMUNE))
                .body("source", equalTo("VOLUNTARY_HANDOVER")).body("handedOverOn", equalTo("2026-06-14"))
                // In the code list's order, each with its unit; kilograms as given, not padded to the column's scale.
                .body("items.category", equalTo(List.of("GUNS", "ROUNDS", "EXPLOSIVES")))
                .body("items.unit", equalTo(List.of("PIECE", "PIECE", "KILOGRAM")))
                .body("items[1].quantity", equalTo(150)).body("items[2].quantity", equalTo(1.5f));
        long id = created.jsonPath().getLong("id");
        // One column per category: the lines nobody gave stay null, kilograms keep three decimals.
        assertEquals("[2, null, null, 150, 1.500, null, null, null, null]", QuarkusTransaction.requiringNew().call(() -> Arrays.toString(
                (Object[]) entityManager.createNativeQuery("select guns, primitive_weapons, bombs_mines_grenades, rounds, explosives_kg,"
                        + " detonators, support_tools, dangerous_toys, firecrackers_kg from weapon_handover where id = " + id).getSingleResult())));

        // A retry with the same key answers the same handover and stores nothing new; the key for another body is refused.
        create(COMMUNE_OFFICER, body, key).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) id));
        assertEquals(1L, count("select count(*) from weapon_handover where handing_party = '" + marker + "'"));
        Map<String, Object> other = new HashMap<>(body);
        other.put("source", "SEIZURE");
        create(COMMUNE_OFFICER, other, key).then().statusCode(422);

        given().auth().oauth2(COMMUNE_OFFICER).header("If-None-Match", "\"0\"").when().get(PATH + "/" + id).then().statusCode(304);
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("q", "bau sen").queryParam("size", 200).when().get(PATH).then().statusCode(200)
                .body("items.id", hasItem((int) id)).body("items.communeCode", everyItem(equalTo(TestTokens.COMMUNE)));
        given().auth().oauth2(OFFICER_75).queryParam("category", "EXPLOSIVES").queryParam("from", "2026-06-14").queryParam("to", "2026-06-14")
                .queryParam("size", 200).when().get(PATH).then().statusCode(200).body("items.id", hasItem((int) id));
        given().auth().oauth2(OFFICER_75).queryParam("category", "FIRECRACKERS").queryParam("size", 200).when().get(PATH).then()
                .statusCode(200).body("items.id", not(hasItem((int) id)));
        given().auth().oauth2(OFFICER_75).queryParam("source", "SEIZURE").queryParam("size", 200).when().get(PATH).then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));

        // Corrections need the current ETag: the explosives were firecrackers after all.
        Map<String, Object> corrected = handover(TestTokens.COMMUNE, "2026-06-14", marker, item("GUNS", 2), item("ROUNDS", 150),
                item("FIRECRACKERS", 2.25));
        put(COMMUNE_OFFICER, id, null, corrected).then().statusCode(428);
        String since = Instant.now().minusSeconds(60).toString();
        put(COMMUNE_OFFICER, id, "\"0\"", corrected).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("items.category", equalTo(List.of("GUNS", "ROUNDS", "FIRECRACKERS"))).body("items[2].quantity", equalTo(2.25f));
        put(COMMUNE_OFFICER, id, "\"0\"", corrected).then().statusCode(412).header("ETag", equalTo("\"1\""));
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        given().auth().oauth2(NEIGHBOUR_OFFICER).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));

        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"1\"").when().delete(PATH + "/" + id).then().statusCode(204);
        given().auth().oauth2(COMMUNE_OFFICER).when().get(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("deleted.id", hasItem(String.valueOf(id))).body("items.id", not(hasItem((int) id)));
        given().auth().oauth2(NEIGHBOUR_OFFICER).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("deleted.id", not(hasItem(String.valueOf(id))));

        JsonPath audit = given().auth().oauth2(ADMIN).queryParam("resourceType", "weapon-handover").queryParam("resourceId", id)
                .queryParam("sort", "id").when().get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CREATE", "UPDATE", "DELETE"), audit.getList("items.action"));
        assertEquals(List.of("items"), audit.getList("items[1].changes.field"), "only the lines changed");
        assertEquals(TestTokens.COMMUNE, audit.getString("items[0].communeCode"));
    }

    @Test
    void everyBadFieldIs400AndStoresNothing() {
        String marker = "Giao nộp sai " + UUID.randomUUID();
        expect400(with(marker, "handedOverOn", "2099-01-01"), "handedOverOn");
        expect400(with(marker, "handedOverOn", null), "handedOverOn");
        expect400(with(marker, "provinceCode", "70"), "provinceCode");
        expect400(with(marker, "communeCode", TestTokens.OTHER_COMMUNE), "communeCode");
        expect400(with(marker, "communeCode", "99999"), "communeCode");
        expect400(with(marker, "source", null), "source");
        expect400(with(marker, "source", "THEFT"), "source");
        expect400(with(marker, "items", List.of()), "items");
        expect400(with(marker, "items", List.of(item("GUNS", 1), item("ROUNDS", 20), item("GUNS", 2))), "items[2].category");
        expect400(with(marker, "items", List.of(item("GUNS", 1.5))), "items[0].quantity");
        expect400(with(marker, "items", List.of(item("ROUNDS", -3))), "items[0].quantity");
        expect400(with(marker, "items", List.of(item("FIRECRACKERS", 1.2345))), "items[0].quantity");
        expect400(with(marker, "items", List.of(item("FIRECRACKERS", 0), item("GUNS", 0))), "items");
        expect400(with(marker, "items", List.of(item("CANNONS", 1))), "items[0].category");
        Map<String, Object> noQuantity = new HashMap<>();
        noQuantity.put("category", "GUNS");
        expect400(with(marker, "items", List.of(noQuantity)), "items[0].quantity");
        expect400(with(marker, "tipId", 0), "tipId");
        expect400(with(marker, "handingParty", "x".repeat(301)), "handingParty");
        expect400(with(marker, "colour", "red"), "colour");
        create(COMMUNE_OFFICER, with(marker, "notes", "no key"), null).then().statusCode(400);
        // A commune officer writing elsewhere is refused before its input is judged.
        create(COMMUNE_OFFICER, with(marker, "communeCode", TestTokens.OTHER_COMMUNE), null).then().statusCode(403);
        assertEquals(0L, count("select count(*) from weapon_handover where handing_party = '" + marker + "'"));

        // Unit and commune are fixed once recorded.
        long id = create(COMMUNE_OFFICER, handover(TestTokens.COMMUNE, "2026-04-02", marker, item("DANGEROUS_TOYS", 12)), null)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        put(OFFICER_75, id, "\"0\"", handover(ActivityCommuneFixture.OTHER_COMMUNE_75, "2026-04-02", marker, item("DANGEROUS_TOYS", 12)))
                .then().statusCode(400).body("errors[0].field", equalTo("communeCode"));
        put(OFFICER_75, id, "\"0\"", handover(TestTokens.COMMUNE, "2026-04-02", marker, item("DANGEROUS_TOYS", 12.5)))
                .then().statusCode(400).body("errors[0].field", equalTo("items[0].quantity"));
        given().auth().oauth2(OFFICER_75).when().get(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("items[0].quantity", equalTo(12));
    }

    @Test
    void aLinkedTipIsOneTheCallerReadsInTheSameProvinceAndOthersLookAlikeMissing() {
        long here = tip(OFFICER_75, "75", TestTokens.COMMUNE);
        long nextDoor = tip(OFFICER_75, "75", ActivityCommuneFixture.OTHER_COMMUNE_75);
        long thanhHoa = tip(ADMIN, "38", TestTokens.OTHER_COMMUNE);
        String marker = "Thu giữ theo tin báo " + UUID.randomUUID();

        Map<String, Object> seizure = handover(TestTokens.COMMUNE, "2026-07-03", marker, item("GUNS", 1), item("ROUNDS", 12));
        seizure.put("source", "SEIZURE");
        seizure.put("tipId", here);
        create(COMMUNE_OFFICER, seizure, null).then().statusCode(201).body("tipId", equalTo((int) here));

        // Out of the commune officer's sight, in another province, or missing: one answer, naming only the id given.
        long missing = thanhHoa + 1_000_000;
        String outOfSight = refusedTip(COMMUNE_OFFICER, seizure, nextDoor);
        String otherProvince = refusedTip(ADMIN, seizure, thanhHoa);
        String absent = refusedTip(COMMUNE_OFFICER, seizure, missing);
        assertEquals(absent.replace("tip " + missing + " ", "tip N "), outOfSight.replace("tip " + nextDoor + " ", "tip N "));
        assertEquals(absent.replace("tip " + missing + " ", "tip N "), otherProvince.replace("tip " + thanhHoa + " ", "tip N "));
        assertEquals(0L, count("select count(*) from weapon_handover where handing_party = '" + marker + "' and tip_id <> " + here));

        // The province officer sees the neighbouring commune's tip and may link it.
        seizure.put("tipId", nextDoor);
        long linked = create(OFFICER_75, seizure, null).then().statusCode(201).body("tipId", equalTo((int) nextDoor))
                .extract().jsonPath().getLong("id");
        // The commune officer may correct that handover's details while the link it cannot see stays as it was...
        seizure.put("notes", "Đã giao cho Phòng PC06");
        put(COMMUNE_OFFICER, linked, "\"0\"", seizure).then().statusCode(200).body("tipId", equalTo((int) nextDoor));
        // ...but not link it elsewhere out of its sight.
        seizure.put("tipId", thanhHoa);
        put(COMMUNE_OFFICER, linked, "\"1\"", seizure).then().statusCode(400).body("errors[0].field", equalTo("tipId"));
    }

    @Test
    void scopeDecidesWhoWritesAndWhoSees() {
        String marker = "Phạm vi " + UUID.randomUUID();
        Map<String, Object> provinceWide = handover(null, "2026-07-20", marker, item("SUPPORT_TOOLS", 4));
        create(COMMUNE_OFFICER, provinceWide, null).then().statusCode(403).contentType("application/problem+json");
        create(COMMUNE_OFFICER, handover(ActivityCommuneFixture.OTHER_COMMUNE_75, "2026-07-20", marker, item("GUNS", 1)), null)
                .then().statusCode(403);
        create(OFFICER_38, provinceWide, null).then().statusCode(403);
        create(TestTokens.forRole(Roles.MINISTRY_ANALYST), provinceWide, null).then().statusCode(403);
        long province = create(OFFICER_75, provinceWide, null).then().statusCode(201).extract().jsonPath().getLong("id");
        long mine = create(COMMUNE_OFFICER, handover(TestTokens.COMMUNE, "2026-07-21", marker, item("DETONATORS", 30)), null)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(2L, count("select count(*) from weapon_handover where handing_party = '" + marker + "'"));

        // Out of scope reads like missing, for reads and writes alike.
        String missing = given().auth().oauth2(OFFICER_38).when().get(PATH + "/999999999").then().statusCode(404).extract().path("detail");
        String hidden = given().auth().oauth2(OFFICER_38).when().get(PATH + "/" + mine).then().statusCode(404).extract().path("detail");
        assertEquals(missing.replace("id 999999999", "id N"), hidden.replace("id " + mine, "id N"));
        given().auth().oauth2(COMMUNE_OFFICER).when().get(PATH + "/" + province).then().statusCode(404);
        given().auth().oauth2(NEIGHBOUR_OFFICER).header("If-Match", "\"0\"").when().delete(PATH + "/" + mine).then().statusCode(404);
        given().auth().oauth2(OFFICER_38).queryParam("province", "75").when().get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("size", 200).when().get(PATH).then().statusCode(200)
                .body("items.communeCode", everyItem(equalTo(TestTokens.COMMUNE))).body("items.id", hasItem((int) mine));
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ANALYST)).when().get(PATH + "/" + mine).then().statusCode(200);
        given().auth().oauth2(TestTokens.forRole(Roles.PARTNER_SYSTEM)).when().get(PATH).then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole(Roles.PARTNER_SYSTEM)).when().get(PATH + "/" + mine).then().statusCode(403);
    }

    @Test
    void theCodeListsNameCategoriesWithTheirUnits() {
        given().auth().oauth2(TestTokens.forRole(Roles.PARTNER_SYSTEM)).when().get("/api/v1/activity-code-lists").then().statusCode(200)
                .body("weaponCategories", org.hamcrest.Matchers.hasSize(9))
                .body("weaponCategories.find { it.code == 'ROUNDS' }.unitLabelVi", equalTo("viên"))
                .body("weaponCategories.find { it.code == 'EXPLOSIVES' }.unit", equalTo("KILOGRAM"))
                .body("weaponCategories.find { it.code == 'FIRECRACKERS' }.figure", equalTo("firecrackersKg"))
                .body("weaponCategories.find { it.code == 'SUPPORT_TOOLS' }.labelVi", equalTo("Công cụ hỗ trợ"))
                .body("handoverSources.code", equalTo(List.of("VOLUNTARY_HANDOVER", "SEIZURE")))
                .body("forms.find { it.code == 'COMMUNITY_MEETING' }.labelVi", equalTo("Họp dân"));
    }

    private String refusedTip(String token, Map<String, Object> body, long tipId) {
        Map<String, Object> linked = new HashMap<>(body);
        linked.put("tipId", tipId);
        return create(token, linked, null).then().statusCode(400).body("errors[0].field", equalTo("tipId")).extract().path("errors[0].message");
    }

    private void expect400(Map<String, Object> body, String field) {
        create(OFFICER_75, body, null).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    private static Map<String, Object> with(String marker, String field, Object value) {
        Map<String, Object> body = handover(TestTokens.COMMUNE, "2026-05-05", marker, item("GUNS", 1));
        body.put(field, value);
        return body;
    }

    static Map<String, Object> handover(String commune, String day, String handingParty, Map<?, ?>... items) {
        Map<String, Object> body = new HashMap<>();
        body.put("handedOverOn", day);
        body.put("provinceCode", "75");
        body.put("communeCode", commune);
        body.put("source", "VOLUNTARY_HANDOVER");
        body.put("items", new ArrayList<>(List.of(items)));
        body.put("handingParty", handingParty);
        body.put("notes", "Súng kíp tự chế, cất giữ từ trước");
        return body;
    }

    static Map<String, Object> item(String category, Number quantity) {
        return Map.of("category", category, "quantity", quantity);
    }

    static Response create(String token, Map<String, Object> body, String key) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (!"no key".equals(body.get("notes"))) {
            request = request.header("Idempotency-Key", key == null ? UUID.randomUUID().toString() : key);
        }
        return request.when().post(PATH);
    }

    private static Response put(String token, long id, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(PATH + "/" + id);
    }

    /** A tip received on 2025-11-03, after the reform: current communes. */
    static long tip(String token, String province, String commune) {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedAt", "2025-11-03T09:00:00+07:00");
        body.put("channel", "HOTLINE");
        body.put("category", "WEAPONS_EXPLOSIVES");
        body.put("provinceCode", province);
        body.put("communeCode", commune);
        body.put("summary", "Nghi có người cất giấu súng tự chế trong vườn");
        return given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tips").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
