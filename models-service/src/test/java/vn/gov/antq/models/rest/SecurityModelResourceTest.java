package vn.gov.antq.models.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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
class SecurityModelResourceTest {

    private static final String OFFICER_75 = TestTokens.forRole(Roles.PROVINCE_OFFICER);
    private static final String OFFICER_38 = TestTokens.token(Roles.PROVINCE_OFFICER, "38", null);
    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);

    @Inject
    EntityManager entityManager;

    @Test
    void aProvinceOfficerRecordsAModelInItsProvince() {
        Response created = create(OFFICER_75, model("Tổ an ninh nhân dân ấp Tân Hiệp", "75"));
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/models/"))
                .body("status", equalTo("PILOT"))
                .body("statusSince", equalTo("2021-03-26"))
                .body("provinceName", equalTo("Đồng Nai"))
                .body("typeNameVi", equalTo("Tổ an ninh nhân dân"));
        long id = created.jsonPath().getLong("id");
        given().auth().oauth2(OFFICER_75).when().get("/api/v1/models/" + id).then().statusCode(200)
                .body("name", equalTo("Tổ an ninh nhân dân ấp Tân Hiệp"));
        given().auth().oauth2(ADMIN).queryParam("resourceType", "model").queryParam("resourceId", id)
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].actor", equalTo("test-province_officer"))
                .body("items[0].provinceCode", equalTo("75"));
    }

    @Test
    void aRetriedCreateReturnsTheOriginalAndCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = model("Tổ an ninh nhân dân ấp Bàu Cạn " + key, "75");
        long first = given().auth().oauth2(OFFICER_75).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/models").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(OFFICER_75).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/models").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo((int) first));
        assertEquals(1L, count("select count(*) from security_model where name = 'Tổ an ninh nhân dân ấp Bàu Cạn " + key + "'"));
        given().auth().oauth2(OFFICER_75).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/models").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void concurrentRetriesOfOneCreateMakeOneModel() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = model("Tổ tự quản ấp Suối Cát " + key, "75");
        int clients = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Response>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < clients; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(OFFICER_75).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                            .when().post("/api/v1/models");
                }));
            }
            start.countDown();
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (java.util.concurrent.Future<Response> call : calls) {
                Response response = call.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(201, response.statusCode(), response.asString());
                ids.add(response.jsonPath().getLong("id"));
            }
            assertEquals(1, ids.size(), "every retry answers the same model");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, count("select count(*) from security_model where name = 'Tổ tự quản ấp Suối Cát " + key + "'"));
        assertEquals(1L, count("select count(*) from audit_event where resource_type = 'model' and action = 'CREATE' and resource_id in "
                + "(select cast(id as varchar) from security_model where name = 'Tổ tự quản ấp Suối Cát " + key + "')"));
    }

    @Test
    void badInputIs400AndStoresNothing() {
        String marker = "Invalid model " + System.nanoTime();
        Map<String, Object> unknownType = model(marker, "75");
        unknownType.put("typeCode", "NO_SUCH_TYPE");
        create(OFFICER_75, unknownType).then().statusCode(400).body("errors[0].field", equalTo("typeCode"));

        create(ADMIN, model(marker, "70")).then().statusCode(400)
                .body("errors[0].field", equalTo("provinceCode"))
                .body("errors[0].message", containsString("Bình Phước was merged into 75"));

        Map<String, Object> future = model(marker, "75");
        future.put("startDate", LocalDate.now().plusDays(3).toString());
        create(OFFICER_75, future).then().statusCode(400).body("errors[0].field", equalTo("startDate"));

        Map<String, Object> ancient = model(marker, "75");
        ancient.put("startDate", "1975-04-30");
        create(OFFICER_75, ancient).then().statusCode(400).body("errors[0].field", equalTo("startDate"));

        Map<String, Object> wrongEnum = model(marker, "75");
        wrongEnum.put("leadOrganisation", "ARMY");
        create(OFFICER_75, wrongEnum).then().statusCode(400).body("errors[0].field", equalTo("leadOrganisation"))
                .body("errors[0].message", containsString("POLICE"));

        Map<String, Object> wrongType = model(marker, "75");
        wrongType.put("replicatedFromId", "twelve");
        create(OFFICER_75, wrongType).then().statusCode(400).body("errors[0].field", equalTo("replicatedFromId"));

        create(OFFICER_75, model("x".repeat(301), "75")).then().statusCode(400).body("errors[0].field", equalTo("name"));

        Map<String, Object> dissolvedAtBirth = model(marker, "75");
        dissolvedAtBirth.put("initialStatus", "DISSOLVED");
        create(OFFICER_75, dissolvedAtBirth).then().statusCode(400).body("errors[0].field", equalTo("initialStatus"));

        Map<String, Object> missingSource = model(marker, "75");
        missingSource.put("replicatedFromId", 999_999);
        create(OFFICER_75, missingSource).then().statusCode(400).body("errors[0].field", equalTo("replicatedFromId"));

        assertEquals(0L, count("select count(*) from security_model where name = '" + marker + "' or length(name) > 300"));
    }

    @Test
    void scopeDecidesWhoWritesAndWhoSees() {
        long inDongNai = create(OFFICER_75, model("Camera an ninh khu phố 4", "75")).then().statusCode(201).extract().jsonPath().getLong("id");
        // Writing into another province: 403, nothing stored.
        create(OFFICER_75, model("Mô hình ngoài phạm vi", "38")).then().statusCode(403).contentType("application/problem+json");
        assertEquals(0L, count("select count(*) from security_model where name = 'Mô hình ngoài phạm vi'"));
        // Reading another province's model looks exactly like a missing one.
        String outOfScope = given().auth().oauth2(OFFICER_38).when().get("/api/v1/models/" + inDongNai)
                .then().statusCode(404).extract().jsonPath().getString("title");
        String missing = given().auth().oauth2(OFFICER_38).when().get("/api/v1/models/987654")
                .then().statusCode(404).extract().jsonPath().getString("title");
        assertEquals(missing, outOfScope);
        given().auth().oauth2(OFFICER_38).contentType(ContentType.JSON).body(model("hijack", "38"))
                .when().put("/api/v1/models/" + inDongNai).then().statusCode(404);
        // Commune officers read their province's models but do not write them; lists follow the scope.
        String communeOfficer = TestTokens.forRole(Roles.COMMUNE_OFFICER);
        given().auth().oauth2(communeOfficer).when().get("/api/v1/models/" + inDongNai).then().statusCode(200);
        create(communeOfficer, model("Tổ tự quản của xã", "75")).then().statusCode(403);
        given().auth().oauth2(OFFICER_38).queryParam("size", 200).when().get("/api/v1/models")
                .then().statusCode(200).body("items.provinceCode", everyItem(equalTo("38")));
        given().auth().oauth2(OFFICER_38).queryParam("province", "75").when().get("/api/v1/models")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ANALYST)).queryParam("province", "75").queryParam("size", 200)
                .when().get("/api/v1/models").then().statusCode(200).body("items.id", hasItem((int) inDongNai));
    }

    @Test
    void theLifecycleAllowsOnlyItsTransitionsAndKeepsADatedHistory() {
        long id = create(OFFICER_75, model("Tiếng kẻng an ninh ấp 2", "75")).then().statusCode(201).extract().jsonPath().getLong("id");
        changeStatus(id, "ACTIVE", "2021-09-01").then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("statusSince", equalTo("2021-09-01"));
        changeStatus(id, "PILOT", "2021-10-01").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("allowed next: DISSOLVED, SUSPENDED"));
        changeStatus(id, "SUSPENDED", "2021-08-01").then().statusCode(400).body("errors[0].field", equalTo("effectiveDate"));
        changeStatus(id, "SUSPENDED", "2022-02-01").then().statusCode(200);
        changeStatus(id, "ACTIVE", "2022-06-01").then().statusCode(200);
        changeStatus(id, "DISSOLVED", "2023-12-31").then().statusCode(200).body("status", equalTo("DISSOLVED"));
        changeStatus(id, "ACTIVE", "2024-01-15").then().statusCode(409).body("detail", containsString("dissolved is final"));

        given().auth().oauth2(OFFICER_75).when().get("/api/v1/models/" + id + "/status-changes")
                .then().statusCode(200)
                .body("toStatus", equalTo(List.of("PILOT", "ACTIVE", "SUSPENDED", "ACTIVE", "DISSOLVED")))
                .body("effectiveDate", equalTo(List.of("2021-03-26", "2021-09-01", "2022-02-01", "2022-06-01", "2023-12-31")));
        given().auth().oauth2(ADMIN).queryParam("resourceType", "model").queryParam("resourceId", id).queryParam("sort", "id")
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "STATE_CHANGE", "STATE_CHANGE", "STATE_CHANGE", "STATE_CHANGE")));
        // The start date cannot move past the first transition.
        Map<String, Object> later = model("Tiếng kẻng an ninh ấp 2", "75");
        later.put("startDate", "2021-12-01");
        given().auth().oauth2(OFFICER_75).header("If-Match", etag(OFFICER_75, "/api/v1/models/" + id)).contentType(ContentType.JSON)
                .body(later).when().put("/api/v1/models/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("startDate"));
    }

    @Test
    void aModelIsReplicatedFromAnotherProvinceButNeverFromItself() {
        long source = create(OFFICER_38, model("Dòng họ tự quản về ANTT", "38")).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> replica = model("Dòng họ tự quản về ANTT (nhân rộng)", "75");
        replica.put("replicatedFromId", source);
        long copy = create(OFFICER_75, replica).then().statusCode(201).body("replicatedFromId", equalTo((int) source))
                .extract().jsonPath().getLong("id");
        Map<String, Object> cycle = model("Dòng họ tự quản về ANTT", "38");
        cycle.put("replicatedFromId", copy);
        given().auth().oauth2(ADMIN).header("If-Match", etag(ADMIN, "/api/v1/models/" + source)).contentType(ContentType.JSON)
                .body(cycle).when().put("/api/v1/models/" + source)
                .then().statusCode(400).body("errors[0].field", equalTo("replicatedFromId"));
    }

    @Test
    void updatesNeedTheCurrentETagAndNeverOverwriteSilently() {
        Response created = create(OFFICER_75, model("Đoạn đường tự quản tổ 7", "75"));
        long id = created.jsonPath().getLong("id");
        String original = created.header("ETag");
        given().auth().oauth2(OFFICER_75).header("If-None-Match", original).when().get("/api/v1/models/" + id)
                .then().statusCode(304);
        Map<String, Object> renamed = model("Đoạn đường tự quản tổ 7 (mở rộng)", "75");
        given().auth().oauth2(OFFICER_75).contentType(ContentType.JSON).body(renamed).when().put("/api/v1/models/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        String updatedTag = given().auth().oauth2(OFFICER_75).header("If-Match", original).contentType(ContentType.JSON).body(renamed)
                .when().put("/api/v1/models/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, Object> stale = model("Tên cũ ghi đè", "75");
        given().auth().oauth2(OFFICER_75).header("If-Match", original).contentType(ContentType.JSON).body(stale)
                .when().put("/api/v1/models/" + id).then().statusCode(412).header("ETag", equalTo(updatedTag));
        given().auth().oauth2(OFFICER_75).header("Idempotency-Key", UUID.randomUUID().toString()).header("If-Match", original)
                .contentType(ContentType.JSON).body(Map.of("status", "ACTIVE", "effectiveDate", "2022-01-01"))
                .when().post("/api/v1/models/" + id + "/status-changes").then().statusCode(412);
        given().auth().oauth2(OFFICER_75).when().get("/api/v1/models/" + id).then().statusCode(200)
                .body("name", equalTo("Đoạn đường tự quản tổ 7 (mở rộng)")).body("status", equalTo("PILOT"));
    }

    @Test
    void deletionsReachSyncingClientsAsTombstones() {
        String since = java.time.Instant.now().minusSeconds(60).toString();
        long kept = create(OFFICER_75, model("Tổ liên gia tự quản số 1", "75")).then().statusCode(201).extract().jsonPath().getLong("id");
        long removed = create(OFFICER_75, model("Ghi nhầm cần xoá", "75")).then().statusCode(201).extract().jsonPath().getLong("id");
        long elsewhere = create(OFFICER_38, model("Tổ an ninh Thanh Hóa", "38")).then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(OFFICER_75).when().delete("/api/v1/models/" + removed).then().statusCode(428);
        given().auth().oauth2(OFFICER_75).header("If-Match", etag(OFFICER_75, "/api/v1/models/" + removed))
                .when().delete("/api/v1/models/" + removed).then().statusCode(204);
        given().auth().oauth2(OFFICER_75).when().get("/api/v1/models/" + removed).then().statusCode(404);
        given().auth().oauth2(TestTokens.forRole(Roles.COMMUNE_OFFICER)).queryParam("updatedSince", since)
                .when().get("/api/v1/models/changes").then().statusCode(200)
                .body("items.id", hasItem((int) kept))
                .body("items.id", not(hasItem((int) removed)))
                .body("items.id", not(hasItem((int) elsewhere)))
                .body("items.provinceCode", everyItem(equalTo("75")))
                .body("deleted.id", hasItem(String.valueOf(removed)))
                .body("syncedTo", notNullValue());
        given().auth().oauth2(OFFICER_38).queryParam("updatedSince", since).when().get("/api/v1/models/changes")
                .then().statusCode(200).body("deleted.id", not(hasItem(String.valueOf(removed))));
        given().auth().oauth2(ADMIN).queryParam("resourceType", "model").queryParam("resourceId", removed).queryParam("sort", "id")
                .when().get("/api/v1/audit-events").then().statusCode(200).body("items.action", equalTo(List.of("CREATE", "DELETE")));
    }

    @Test
    void aModelOthersWereReplicatedFromStays() {
        long source = create(OFFICER_75, model("Mô hình gốc", "75")).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> replica = model("Mô hình nhân rộng", "75");
        replica.put("replicatedFromId", source);
        create(OFFICER_75, replica).then().statusCode(201);
        given().auth().oauth2(OFFICER_75).header("If-Match", etag(OFFICER_75, "/api/v1/models/" + source))
                .when().delete("/api/v1/models/" + source).then().statusCode(409);
        given().auth().oauth2(OFFICER_75).when().get("/api/v1/models/" + source).then().statusCode(200);
    }

    @Test
    void searchByNameIgnoresDiacritics() {
        create(OFFICER_75, model("Tổ an ninh nhân dân khu phố Đông Hòa", "75")).then().statusCode(201);
        given().auth().oauth2(OFFICER_75).queryParam("q", "dong hoa").when().get("/api/v1/models")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].name", equalTo("Tổ an ninh nhân dân khu phố Đông Hòa"));
        given().auth().oauth2(OFFICER_75).queryParam("q", "TO AN NINH nhan dan").queryParam("type", "PEOPLES_SECURITY_TEAM")
                .when().get("/api/v1/models")
                .then().statusCode(200).body("items.name", hasItem("Tổ an ninh nhân dân khu phố Đông Hòa"));
    }

    @Test
    void aRetiredTypeCannotBeUsedForNewModels() {
        Map<String, Object> retired = ModelTypeResourceTest.type("RETIRED_FOR_MODELS", "Loại đã ngừng", "OTHER");
        retired.put("active", false);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(retired).header("Idempotency-Key", UUID.randomUUID().toString()).when().post("/api/v1/model-types").then().statusCode(201);
        Map<String, Object> input = model("Mô hình loại cũ", "75");
        input.put("typeCode", "RETIRED_FOR_MODELS");
        create(OFFICER_75, input).then().statusCode(400).body("errors[0].message", containsString("retired"));
    }

    private static Response create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).header("Idempotency-Key", UUID.randomUUID().toString()).when().post("/api/v1/models");
    }

    static String etag(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static Response changeStatus(long id, String status, String date) {
        return given().auth().oauth2(OFFICER_75).header("If-Match", etag(OFFICER_75, "/api/v1/models/" + id)).contentType(ContentType.JSON)
                .body(Map.of("status", status, "effectiveDate", date, "reason", "Sơ kết"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).when().post("/api/v1/models/" + id + "/status-changes");
    }

    static Map<String, Object> model(String name, String province) {
        Map<String, Object> body = new HashMap<>();
        body.put("typeCode", "PEOPLES_SECURITY_TEAM");
        body.put("name", name);
        body.put("provinceCode", province);
        body.put("leadOrganisation", "POLICE");
        body.put("startDate", "2021-03-26");
        return body;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
