package vn.gov.antq.models.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
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
import vn.gov.antq.commons.audit.AuditDiff;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ModelSiteResourceTest {

    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    private static final String OFFICER_75 = TestTokens.forRole(Roles.PROVINCE_OFFICER);
    private static final String OFFICER_38 = TestTokens.token(Roles.PROVINCE_OFFICER, TestTokens.OTHER_PROVINCE, null);
    /** Commune officer of 75 / 26068. */
    private static final String COMMUNE_OFFICER = TestTokens.forRole(Roles.COMMUNE_OFFICER);
    private static final String NEIGHBOUR_OFFICER = TestTokens.token(Roles.COMMUNE_OFFICER, TestTokens.PROVINCE,
            SiteCommuneFixture.OTHER_COMMUNE_75);

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void communes() {
        SiteCommuneFixture.load();
    }

    @Test
    void aCommuneOfficerRecordsReadsAndCorrectsASiteOfItsCommune() {
        long model = newModel("Tổ an ninh nhân dân xã Tân Phú");
        Response created = create(COMMUNE_OFFICER, model, site(TestTokens.COMMUNE, "Ấp Bàu Sen"));
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/model-sites/"))
                .header("ETag", equalTo("\"0\""))
                .body("modelId", equalTo((int) model))
                .body("provinceCode", equalTo("75"))
                .body("communeCode", equalTo(TestTokens.COMMUNE))
                .body("placeKind", equalTo("HAMLET"))
                .body("latitude", equalTo(10.957413f))
                .body("contactPhone", equalTo("0912 345 678"));
        long id = created.jsonPath().getLong("id");
        given().auth().oauth2(OFFICER_75).when().get("/api/v1/model-sites/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("placeName", equalTo("Ấp Bàu Sen")).body("members", equalTo(18));
        given().auth().oauth2(COMMUNE_OFFICER).when().get("/api/v1/models/" + model + "/sites").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) id))).body("totalItems", equalTo(1));

        Map<String, Object> grown = site(TestTokens.COMMUNE, "Ấp Bàu Sen");
        grown.put("members", 24);
        grown.put("contactPhone", "0987 654 321");
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(grown)
                .when().put("/api/v1/model-sites/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("members", equalTo(24));

        JsonPath audit = given().auth().oauth2(ADMIN).queryParam("resourceType", "model-site").queryParam("resourceId", id)
                .queryParam("sort", "id").when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "UPDATE")))
                .body("items[0].communeCode", equalTo(TestTokens.COMMUNE))
                .body("items[1].changes.field", equalTo(List.of("contactPhone", "members")))
                .extract().jsonPath();
        // The contact's phone is personal data: the trail says it changed, never to what.
        assertEquals(List.of(AuditDiff.REDACTED, AuditDiff.REDACTED), List.of(audit.getString("items[1].changes[0].old"),
                audit.getString("items[1].changes[0].new")));
        assertEquals(0L, count("select count(*) from audit_event where changes::text like '%0912 345 678%' or changes::text like '%Nguyễn Văn An%'"));
    }

    @Test
    void aRetriedCreateReturnsTheOriginalAndCreatesNothingNew() {
        long model = newModel("Tổ tự quản đường làng");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = site(TestTokens.COMMUNE, "Tổ tự quản đoạn đường " + key);
        long first = given().auth().oauth2(COMMUNE_OFFICER).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/models/" + model + "/sites").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(COMMUNE_OFFICER).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/models/" + model + "/sites").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo((int) first));
        assertEquals(1L, count("select count(*) from model_site where place_name = 'Tổ tự quản đoạn đường " + key + "'"));
        given().auth().oauth2(COMMUNE_OFFICER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/models/" + model + "/sites").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void badInputIs400ProblemJsonAndStoresNothing() {
        long model = newModel("Mô hình kiểm tra dữ liệu");
        String marker = "Điểm sai " + System.nanoTime();
        expect400(model, with(marker, "teams", -1), "teams");
        expect400(model, with(marker, "members", -3), "members");
        expect400(model, with(marker, "households", -10), "households");
        expect400(model, with(marker, "cameras", -1), "cameras");
        expect400(model, with(marker, "teams", "many"), "teams");
        expect400(model, with(marker, "dissolvedOn", "2022-02-28"), "dissolvedOn");
        expect400(model, with(marker, "establishedOn", "2020-12-31"), "establishedOn");
        expect400(model, with(marker, "establishedOn", LocalDate.now().plusDays(2).toString()), "establishedOn");
        expect400(model, with(marker, "longitude", null), "longitude");
        expect400(model, with(marker, "latitude", null), "latitude");
        expect400(model, with(marker, "latitude", 30.5), "latitude");
        expect400(model, with(marker, "longitude", 100.1), "longitude");
        expect400(model, with(marker, "latitude", 10.1234567), "latitude");
        expect400(model, with(marker, "placeKind", "VILLAGE"), "placeKind");
        expect400(model, with(marker, "contactName", "n".repeat(201)), "contactName");
        expect400(model, with(marker, "contactPhone", "call me"), "contactPhone");
        expect400(model, with(marker, "communeCode", "2606"), "communeCode");
        create(OFFICER_75, model, site(TestTokens.COMMUNE, "x".repeat(301))).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("placeName"));
        // Unknown commune; a commune of another province.
        create(OFFICER_75, model, site("99999", marker)).then().statusCode(400).body("errors[0].field", equalTo("communeCode"))
                .body("errors[0].message", containsString("no commune has code 99999"));
        create(OFFICER_75, model, site(TestTokens.OTHER_COMMUNE, marker)).then().statusCode(400)
                .body("errors[0].field", equalTo("communeCode"))
                .body("errors[0].message", containsString("not in 75"));
        Map<String, Object> unknownField = site(TestTokens.COMMUNE, marker);
        unknownField.put("district", "Tân Phú");
        create(OFFICER_75, model, unknownField).then().statusCode(400).body("errors[0].field", equalTo("district"));

        assertEquals(0L, count("select count(*) from model_site where place_name = '" + marker + "' or length(place_name) > 300"));
    }

    @Test
    void aDissolvedModelTakesNoNewSitesButKeepsItsOld() {
        long model = newModel("Mô hình đã giải thể");
        long old = create(OFFICER_75, model, site(TestTokens.COMMUNE, "Ấp Trước Giải Thể")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(OFFICER_75).header("If-Match", SecurityModelResourceTest.etag(OFFICER_75, "/api/v1/models/" + model))
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(Map.of("status", "DISSOLVED", "effectiveDate", "2024-06-30"))
                .when().post("/api/v1/models/" + model + "/status-changes").then().statusCode(200);
        create(OFFICER_75, model, site(TestTokens.COMMUNE, "Ấp Sau Giải Thể")).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("dissolved"));
        assertEquals(0L, count("select count(*) from model_site where place_name = 'Ấp Sau Giải Thể'"));
        // Its sites can still be closed: dissolved before the reform, still filed under the current commune.
        Map<String, Object> closed = site(TestTokens.COMMUNE, "Ấp Trước Giải Thể");
        closed.put("dissolvedOn", "2024-06-30");
        given().auth().oauth2(OFFICER_75).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(closed)
                .when().put("/api/v1/model-sites/" + old).then().statusCode(200).body("dissolvedOn", equalTo("2024-06-30"));
    }

    @Test
    void changesNeedTheCurrentETagAndTheCommuneStays() {
        long model = newModel("Mô hình kiểm tra ETag");
        Response created = create(OFFICER_75, model, site(TestTokens.COMMUNE, "Trường THCS Tân Phú"));
        long id = created.jsonPath().getLong("id");
        String original = created.header("ETag");
        given().auth().oauth2(OFFICER_75).header("If-None-Match", original).when().get("/api/v1/model-sites/" + id).then().statusCode(304);
        Map<String, Object> renamed = site(TestTokens.COMMUNE, "Trường THCS Tân Phú (cơ sở 2)");
        given().auth().oauth2(OFFICER_75).contentType(ContentType.JSON).body(renamed).when().put("/api/v1/model-sites/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        String current = given().auth().oauth2(OFFICER_75).header("If-Match", original).contentType(ContentType.JSON).body(renamed)
                .when().put("/api/v1/model-sites/" + id).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(OFFICER_75).header("If-Match", original).contentType(ContentType.JSON)
                .body(site(TestTokens.COMMUNE, "Ghi đè")).when().put("/api/v1/model-sites/" + id)
                .then().statusCode(412).header("ETag", equalTo(current));
        given().auth().oauth2(OFFICER_75).header("If-Match", original).when().delete("/api/v1/model-sites/" + id).then().statusCode(412);
        given().auth().oauth2(OFFICER_75).header("If-Match", current).contentType(ContentType.JSON)
                .body(site(SiteCommuneFixture.OTHER_COMMUNE_75, "Trường THCS Tân Phú (cơ sở 2)")).when().put("/api/v1/model-sites/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("communeCode"));
        given().auth().oauth2(OFFICER_75).when().get("/api/v1/model-sites/" + id).then().statusCode(200)
                .body("placeName", equalTo("Trường THCS Tân Phú (cơ sở 2)")).body("communeCode", equalTo(TestTokens.COMMUNE));
    }

    @Test
    void scopeDecidesWhoWritesAndWhoSees() {
        long model = newModel("Mô hình phạm vi");
        long mine = create(COMMUNE_OFFICER, model, site(TestTokens.COMMUNE, "Ấp Phạm Vi Một")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long neighbours = create(OFFICER_75, model, site(SiteCommuneFixture.OTHER_COMMUNE_75, "Khu phố Phạm Vi Hai")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        // A commune officer writes in its own commune only: 403 elsewhere, nothing stored.
        create(COMMUNE_OFFICER, model, site(SiteCommuneFixture.OTHER_COMMUNE_75, "Ngoài xã")).then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(0L, count("select count(*) from model_site where place_name = 'Ngoài xã'"));
        // ... and sees its own commune's sites only; the neighbour's reads as missing.
        given().auth().oauth2(COMMUNE_OFFICER).when().get("/api/v1/model-sites/" + neighbours).then().statusCode(404);
        given().auth().oauth2(NEIGHBOUR_OFFICER).when().get("/api/v1/model-sites/" + mine).then().statusCode(404);
        given().auth().oauth2(NEIGHBOUR_OFFICER).header("If-Match", "\"0\"").when().delete("/api/v1/model-sites/" + mine).then().statusCode(404);
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("model", model).when().get("/api/v1/model-sites").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) mine)));
        given().auth().oauth2(COMMUNE_OFFICER).when().get("/api/v1/models/" + model + "/sites").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) mine)));
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("commune", SiteCommuneFixture.OTHER_COMMUNE_75).when().get("/api/v1/model-sites")
                .then().statusCode(200).body("totalItems", equalTo(0));
        // Another province: the site and its model read as missing, writes too.
        String missing = given().auth().oauth2(OFFICER_38).when().get("/api/v1/model-sites/987654").then().statusCode(404)
                .extract().jsonPath().getString("title");
        given().auth().oauth2(OFFICER_38).when().get("/api/v1/model-sites/" + mine).then().statusCode(404).body("title", equalTo(missing));
        given().auth().oauth2(OFFICER_38).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(site(TestTokens.COMMUNE, "hijack"))
                .when().put("/api/v1/model-sites/" + mine).then().statusCode(404);
        create(OFFICER_38, model, site(TestTokens.COMMUNE, "hijack")).then().statusCode(404);
        given().auth().oauth2(OFFICER_38).queryParam("province", "75").when().get("/api/v1/model-sites").then().statusCode(200)
                .body("totalItems", equalTo(0));
        // A Thanh Hóa officer writing into Đồng Nai through its own model: the commune is not in its province.
        long model38 = given().auth().oauth2(OFFICER_38).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(SecurityModelResourceTest.model("Tổ an ninh Thọ Xuân", "38")).when().post("/api/v1/models")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        create(OFFICER_38, model38, site(TestTokens.OTHER_COMMUNE, "Thôn Thọ Xuân 1")).then().statusCode(201);
        create(OFFICER_38, model38, site(TestTokens.COMMUNE, "Ấp nhầm tỉnh")).then().statusCode(400);
        // The ministry's analyst reads everything and writes nothing; partners read no records.
        String analyst = TestTokens.forRole(Roles.MINISTRY_ANALYST);
        given().auth().oauth2(analyst).when().get("/api/v1/model-sites/" + neighbours).then().statusCode(200);
        given().auth().oauth2(analyst).queryParam("model", model).when().get("/api/v1/model-sites").then().statusCode(200)
                .body("totalItems", equalTo(2));
        create(analyst, model, site(TestTokens.COMMUNE, "Phân tích viên")).then().statusCode(403);
        String partner = TestTokens.forRole(Roles.PARTNER_SYSTEM);
        given().auth().oauth2(partner).when().get("/api/v1/model-sites/" + mine).then().statusCode(403);
        given().auth().oauth2(partner).when().get("/api/v1/model-sites").then().statusCode(403);
        given().auth().oauth2(partner).when().get("/api/v1/model-sites/changes").then().statusCode(403);
    }

    @Test
    void deletionsReachSyncingClientsAsTombstonesInTheirScope() {
        String since = Instant.now().minusSeconds(60).toString();
        long model = newModel("Mô hình đồng bộ");
        long kept = create(OFFICER_75, model, site(TestTokens.COMMUNE, "Ấp Giữ Lại")).then().statusCode(201).extract().jsonPath().getLong("id");
        long removed = create(OFFICER_75, model, site(TestTokens.COMMUNE, "Ấp Ghi Nhầm")).then().statusCode(201).extract().jsonPath().getLong("id");
        long neighbours = create(OFFICER_75, model, site(SiteCommuneFixture.OTHER_COMMUNE_75, "Khu phố Bên Cạnh")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(COMMUNE_OFFICER).when().delete("/api/v1/model-sites/" + removed).then().statusCode(428);
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"0\"").when().delete("/api/v1/model-sites/" + removed).then().statusCode(204);
        given().auth().oauth2(COMMUNE_OFFICER).when().get("/api/v1/model-sites/" + removed).then().statusCode(404);
        assertEquals(0L, count("select count(*) from model_site where id = " + removed));

        given().auth().oauth2(COMMUNE_OFFICER).queryParam("updatedSince", since).when().get("/api/v1/model-sites/changes")
                .then().statusCode(200)
                .body("items.id", hasItem((int) kept))
                .body("items.id", not(hasItem((int) removed)))
                .body("items.id", not(hasItem((int) neighbours)))
                .body("items.communeCode", everyItem(equalTo(TestTokens.COMMUNE)))
                .body("deleted.id", hasItem(String.valueOf(removed)));
        given().auth().oauth2(NEIGHBOUR_OFFICER).queryParam("updatedSince", since).when().get("/api/v1/model-sites/changes")
                .then().statusCode(200).body("items.id", hasItem((int) neighbours)).body("deleted.id", not(hasItem(String.valueOf(removed))));
        given().auth().oauth2(OFFICER_38).queryParam("updatedSince", since).when().get("/api/v1/model-sites/changes")
                .then().statusCode(200).body("items.id", not(hasItem((int) kept))).body("deleted.id", not(hasItem(String.valueOf(removed))));
        given().auth().oauth2(ADMIN).queryParam("resourceType", "model-site").queryParam("resourceId", removed).queryParam("sort", "id")
                .when().get("/api/v1/audit-events").then().statusCode(200).body("items.action", equalTo(List.of("CREATE", "DELETE")));
    }

    @Test
    void aModelsSitesGoWithItAndHoldItToItsProvinceAndStart() {
        long model = newModel("Mô hình có điểm");
        long site = create(OFFICER_75, model, site(TestTokens.COMMUNE, "Ấp Theo Mô Hình")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String since = Instant.now().minusSeconds(60).toString();
        Map<String, Object> moved = SecurityModelResourceTest.model("Mô hình có điểm", "38");
        given().auth().oauth2(ADMIN).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(moved)
                .when().put("/api/v1/models/" + model).then().statusCode(409).body("detail", containsString("1 site(s)"));
        Map<String, Object> later = SecurityModelResourceTest.model("Mô hình có điểm", "75");
        later.put("startDate", "2022-06-01");
        given().auth().oauth2(OFFICER_75).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(later)
                .when().put("/api/v1/models/" + model).then().statusCode(400).body("errors[0].field", equalTo("startDate"));
        given().auth().oauth2(OFFICER_75).header("If-Match", "\"0\"").when().delete("/api/v1/models/" + model).then().statusCode(204);
        assertEquals(0L, count("select count(*) from model_site where id = " + site));
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("updatedSince", since).when().get("/api/v1/model-sites/changes")
                .then().statusCode(200).body("deleted.id", hasItem(String.valueOf(site)));
        given().auth().oauth2(ADMIN).queryParam("resourceType", "model-site").queryParam("resourceId", site).queryParam("sort", "id")
                .when().get("/api/v1/audit-events").then().statusCode(200).body("items.action", equalTo(List.of("CREATE", "DELETE")));
    }

    @Test
    void listsFilterByKindTypeActiveDateAndNameWithoutDiacritics() {
        long model = newModel("Mô hình danh sách");
        String tag = Long.toString(System.nanoTime(), 36);
        Map<String, Object> closed = site(TestTokens.COMMUNE, "Chợ Đồng Hòa " + tag);
        closed.put("placeKind", "MARKET");
        closed.put("establishedOn", "2022-01-01");
        closed.put("dissolvedOn", "2023-06-30");
        long market = create(OFFICER_75, model, closed).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> running = site(SiteCommuneFixture.OTHER_COMMUNE_75, "Trường Tiểu học Đồng Hòa " + tag);
        running.put("placeKind", "SCHOOL");
        running.put("establishedOn", "2024-01-01");
        long school = create(OFFICER_75, model, running).then().statusCode(201).extract().jsonPath().getLong("id");

        given().auth().oauth2(OFFICER_75).queryParam("q", "DONG HOA " + tag).when().get("/api/v1/model-sites")
                .then().statusCode(200).body("items.id", equalTo(List.of((int) market, (int) school)));
        given().auth().oauth2(OFFICER_75).queryParam("q", "dong hoa " + tag).queryParam("placeKind", "SCHOOL").when().get("/api/v1/model-sites")
                .then().statusCode(200).body("items.id", equalTo(List.of((int) school)));
        given().auth().oauth2(OFFICER_75).queryParam("model", model).queryParam("activeOn", "2023-01-01").when().get("/api/v1/model-sites")
                .then().statusCode(200).body("items.id", equalTo(List.of((int) market)));
        given().auth().oauth2(OFFICER_75).queryParam("model", model).queryParam("activeOn", "2023-06-30").when().get("/api/v1/model-sites")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(OFFICER_75).queryParam("model", model).queryParam("activeOn", "2024-06-01").when().get("/api/v1/model-sites")
                .then().statusCode(200).body("items.id", equalTo(List.of((int) school)));
        given().auth().oauth2(OFFICER_75).queryParam("model", model).queryParam("commune", TestTokens.COMMUNE)
                .queryParam("type", "PEOPLES_SECURITY_TEAM").when().get("/api/v1/model-sites")
                .then().statusCode(200).body("items.id", equalTo(List.of((int) market)));
        given().auth().oauth2(OFFICER_75).queryParam("model", model).queryParam("type", "NO_SUCH_TYPE").when().get("/api/v1/model-sites")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(ADMIN).queryParam("province", "75").queryParam("q", tag).queryParam("sort", "placeName,desc")
                .when().get("/api/v1/model-sites").then().statusCode(200).body("items.id", equalTo(List.of((int) school, (int) market)));
        given().auth().oauth2(OFFICER_75).queryParam("activeOn", "yesterday").when().get("/api/v1/model-sites").then().statusCode(400);
        given().auth().oauth2(OFFICER_75).queryParam("placeKind", "VILLAGE").when().get("/api/v1/model-sites").then().statusCode(400);
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ANALYST)).when().get("/api/v1/model-code-lists").then().statusCode(200)
                .body("placeKinds.code", hasItems("HAMLET", "SCHOOL")).body("safeUnitKinds.code", hasItem("RESIDENTIAL_AREA"))
                .body("recognitionResults.code", equalTo(List.of("PASSED", "FAILED")));
    }

    private void expect400(long model, Map<String, Object> body, String field) {
        create(OFFICER_75, model, body).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    private static Map<String, Object> with(String name, String field, Object value) {
        Map<String, Object> body = site(TestTokens.COMMUNE, name);
        body.put(field, value);
        return body;
    }

    private long newModel(String name) {
        return given().auth().oauth2(OFFICER_75).contentType(ContentType.JSON).body(SecurityModelResourceTest.model(name, "75"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).when().post("/api/v1/models")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aSiteAlreadyCountedByATallyIs409AndStoresNothing() {
        Map<String, Object> tally = new HashMap<>();
        tally.put("provinceCode", "75");
        tally.put("typeCode", "MOTORBIKE_TAXI_TEAM");
        tally.put("periodFrom", "2025-08-01");
        tally.put("periodTo", "2025-12-31");
        tally.put("teams", 10);
        tally.put("sourceDocument", "Báo cáo quý 4/2025 tỉnh Đồng Nai");
        given().auth().oauth2(ADMIN).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON).body(tally)
                .when().post("/api/v1/model-tallies").then().statusCode(201);
        Map<String, Object> model = SecurityModelResourceTest.model("Tổ xe ôm tự quản bến xe Tân Phú", "75");
        model.put("typeCode", "MOTORBIKE_TAXI_TEAM");
        model.put("startDate", "2025-07-15");
        long modelId = given().auth().oauth2(OFFICER_75).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(model).when().post("/api/v1/models").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> body = site(TestTokens.COMMUNE, "Bến xe Tân Phú");
        body.put("establishedOn", "2025-09-01");
        create(OFFICER_75, modelId, body).then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("Double counting"));
        assertEquals(0L, count("select count(*) from model_site where model_id = " + modelId));
    }

    private static Response create(String token, long model, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).header("Idempotency-Key", UUID.randomUUID().toString())
                .when().post("/api/v1/models/" + model + "/sites");
    }

    static Map<String, Object> site(String commune, String placeName) {
        Map<String, Object> body = new HashMap<>();
        body.put("communeCode", commune);
        body.put("placeName", placeName);
        body.put("placeKind", "HAMLET");
        body.put("teams", 2);
        body.put("members", 18);
        body.put("households", 350);
        body.put("cameras", 4);
        body.put("establishedOn", "2022-03-01");
        body.put("latitude", 10.957413);
        body.put("longitude", 106.842957);
        body.put("contactName", "Nguyễn Văn An");
        body.put("contactPhone", "0912 345 678");
        return body;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
