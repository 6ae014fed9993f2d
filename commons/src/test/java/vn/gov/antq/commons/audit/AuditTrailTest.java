package vn.gov.antq.commons.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

/** The audited write path, through a test-only resource that writes the way domain services do. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class AuditTrailTest {

    @Inject
    EntityManager entityManager;

    private static final String OFFICER = TestTokens.forRole(Roles.PROVINCE_OFFICER);

    @Test
    void createUpdateAndDeleteAreAuditedWithActorDiffAndRequestId() {
        long id = given().auth().oauth2(OFFICER).header("X-Request-Id", "audit-test-create-1")
                .contentType(ContentType.JSON).body(input("Tổ an ninh nhân dân ấp 3", TestTokens.PROVINCE, null, "PILOT"))
                .when().post("/test-records").then().statusCode(200).extract().jsonPath().getLong("id");

        JsonPath created = latestEvent(id);
        assertEquals("CREATE", created.getString("action"));
        assertEquals("test-province_officer", created.getString("actor"));
        assertEquals(List.of("PROVINCE_OFFICER"), created.getList("actorRoles"));
        assertEquals("75", created.getString("provinceCode"));
        assertEquals("audit-test-create-1", created.getString("requestId"));
        assertEquals(List.of("id", "name", "provinceCode", "status"), created.getList("changes.field"));
        assertEquals(AuditDiff.REDACTED, change(created, "name").get("new"), "redacted field keeps no value");
        assertEquals("PILOT", change(created, "status").get("new"));

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(input("Tổ an ninh nhân dân ấp 3", TestTokens.PROVINCE, null, "ACTIVE"))
                .when().put("/test-records/" + id).then().statusCode(200).body("status", equalTo("ACTIVE"));
        JsonPath updated = latestEvent(id);
        assertEquals("UPDATE", updated.getString("action"));
        assertEquals(List.of("status"), updated.getList("changes.field"), "only the changed field");
        assertEquals("PILOT", updated.getString("changes[0].old"));
        assertEquals("ACTIVE", updated.getString("changes[0].new"));

        given().auth().oauth2(OFFICER).when().delete("/test-records/" + id).then().statusCode(204);
        JsonPath deleted = latestEvent(id);
        assertEquals("DELETE", deleted.getString("action"));
        assertEquals("ACTIVE", change(deleted, "status").get("old"));
        assertEquals(3L, auditCount(id));
    }

    @Test
    void aFailedWriteLeavesNeitherDataNorAuditEntry() {
        long id = create(OFFICER, TestTokens.PROVINCE, null);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(input("changed", TestTokens.PROVINCE, null, "ACTIVE"))
                .when().put("/test-records/" + id + "/failing-update")
                .then().statusCode(500).contentType("application/problem+json");
        assertEquals("PILOT", status(id));
        assertEquals(1L, auditCount(id), "only the CREATE entry");
    }

    @Test
    void writingOutsideTheScopeIs403AndStoresNothing() {
        long before = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from audit_event").getSingleResult()).longValue());
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(input("elsewhere", TestTokens.OTHER_PROVINCE, null, "PILOT"))
                .when().post("/test-records").then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("You may not write records of province 38: it is outside your scope"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from probe_record where province_code = '38' and name = 'elsewhere'")
                .getSingleResult()).longValue()));
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from audit_event").getSingleResult()).longValue()));
    }

    @Test
    void anInvalidWriteIs400AndStoresNothing() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(input(" ", "7", null, "PILOT"))
                .when().post("/test-records").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("name", "provinceCode"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from probe_record where province_code = '7'").getSingleResult()).longValue()));
    }

    @Test
    void aRecordOutsideTheScopeReadsExactlyLikeAMissingOne() {
        long foreign = create(TestTokens.forRole(Roles.MINISTRY_ADMIN), TestTokens.OTHER_PROVINCE, null);
        long missing = 987_654_321L;
        Map<String, Object> outOfScope = given().auth().oauth2(OFFICER).when().get("/test-records/" + foreign)
                .then().statusCode(404).contentType("application/problem+json").extract().jsonPath().getMap("");
        Map<String, Object> absent = given().auth().oauth2(OFFICER).when().get("/test-records/" + missing)
                .then().statusCode(404).contentType("application/problem+json").extract().jsonPath().getMap("");
        assertEquals(absent.keySet(), outOfScope.keySet());
        assertEquals(absent.get("title"), outOfScope.get("title"));
        assertEquals(String.valueOf(absent.get("detail")).replace(String.valueOf(missing), "ID"),
                String.valueOf(outOfScope.get("detail")).replace(String.valueOf(foreign), "ID"));
        // The ministry reads it; writes to it by the officer are refused without revealing it either.
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ANALYST)).when().get("/test-records/" + foreign).then().statusCode(200);
        given().auth().oauth2(OFFICER).when().delete("/test-records/" + foreign).then().statusCode(404);
    }

    @Test
    void aCommuneOfficerWritesOnlyInItsCommune() {
        String communeOfficer = TestTokens.forRole(Roles.COMMUNE_OFFICER);
        long own = create(communeOfficer, TestTokens.PROVINCE, TestTokens.COMMUNE);
        given().auth().oauth2(communeOfficer).contentType(ContentType.JSON)
                .body(input("neighbour", TestTokens.PROVINCE, TestTokens.OTHER_COMMUNE, "PILOT"))
                .when().post("/test-records").then().statusCode(403);
        long provinceLevel = create(OFFICER, TestTokens.PROVINCE, null);
        given().auth().oauth2(communeOfficer).when().get("/test-records/" + provinceLevel).then().statusCode(404);
        given().auth().oauth2(communeOfficer).when().get("/test-records/" + own).then().statusCode(200);
    }

    @Test
    void aScopedRoleWithoutItsClaimIsForbidden() {
        String noProvince = TestTokens.token(Roles.PROVINCE_OFFICER, null, null);
        given().auth().oauth2(noProvince).contentType(ContentType.JSON).body(input("x", TestTokens.PROVINCE, null, "PILOT"))
                .when().post("/test-records").then().statusCode(403)
                .body("detail", equalTo("Your token has no 'province' claim, which your role needs"));
    }

    private static long create(String token, String province, String commune) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(input("record", province, commune, "PILOT"))
                .when().post("/test-records").then().statusCode(200).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> input(String name, String province, String commune, String status) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", name);
        body.put("provinceCode", province);
        body.put("communeCode", commune);
        body.put("status", status);
        return body;
    }

    private JsonPath latestEvent(long id) {
        return given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN))
                .queryParam("resourceType", "probe-record").queryParam("resourceId", id).queryParam("size", 1).queryParam("sort", "id,desc")
                .when().get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().setRootPath("items[0]");
    }

    private static Map<String, Object> change(JsonPath event, String field) {
        List<Map<String, Object>> changes = event.getList("changes");
        return changes.stream().filter(c -> field.equals(c.get("field"))).findFirst().orElseThrow();
    }

    private long auditCount(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from audit_event where resource_type = 'probe-record' and resource_id = ?1")
                .setParameter(1, String.valueOf(id)).getSingleResult()).longValue());
    }

    private String status(long id) {
        Object status = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select status from probe_record where id = ?1").setParameter(1, id).getSingleResult());
        return (String) status;
    }
}
