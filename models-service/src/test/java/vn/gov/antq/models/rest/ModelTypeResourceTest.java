package vn.gov.antq.models.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ModelTypeResourceTest {

    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);

    @Inject
    EntityManager entityManager;

    @Test
    void theCatalogIsSeededWithTheTypesOfTheSeedReports() {
        given().auth().oauth2(TestTokens.forRole(Roles.PARTNER_SYSTEM)).queryParam("size", 200)
                .when().get("/api/v1/model-types")
                .then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(25))
                .body("items.code", hasItem("PEOPLES_SECURITY_TEAM"))
                .body("items.code", hasItem("ALARM_GONG_BARRIER_GATE"))
                .body("items.code", hasItem("BORDER_LANDMARK_PROTECTION"));
    }

    @Test
    void searchIgnoresDiacritics() {
        given().auth().oauth2(ADMIN).queryParam("q", "to an ninh")
                .when().get("/api/v1/model-types")
                .then().statusCode(200)
                .body("items.code", hasItem("PEOPLES_SECURITY_TEAM"));
        given().auth().oauth2(ADMIN).queryParam("q", "DONG HO TU QUAN")
                .when().get("/api/v1/model-types")
                .then().statusCode(200).body("items[0].code", equalTo("SELF_MANAGED_CLAN"));
        given().auth().oauth2(ADMIN).queryParam("q", "100%")
                .when().get("/api/v1/model-types")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void getsOneWithItsLabelsOr404() {
        given().auth().oauth2(ADMIN).when().get("/api/v1/model-types/SECURITY_CAMERA")
                .then().statusCode(200)
                .body("nameVi", equalTo("Camera an ninh"))
                .body("settingLabelVi", equalTo("Khu dân cư"))
                .body("focusTopics", hasItem("TRAFFIC_SAFETY"));
        given().auth().oauth2(ADMIN).when().get("/api/v1/model-types/NO_SUCH_TYPE")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theMinistryAddsAndRetiresATypeAndItIsAudited() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(type("SAFE_MARKET", "Chợ an toàn", "RESIDENTIAL_AREA"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).when().post("/api/v1/model-types")
                .then().statusCode(201).header("Location", endsWith("/api/v1/model-types/SAFE_MARKET"))
                .body("active", equalTo(true));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(type("SAFE_MARKET", "Chợ an toàn", "RESIDENTIAL_AREA"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).when().post("/api/v1/model-types")
                .then().statusCode(409).contentType("application/problem+json");
        Map<String, Object> retired = type("SAFE_MARKET", "Chợ an toàn về ANTT", "RESIDENTIAL_AREA");
        retired.put("active", false);
        given().auth().oauth2(ADMIN).header("If-Match", SecurityModelResourceTest.etag(ADMIN, "/api/v1/model-types/SAFE_MARKET"))
                .contentType(ContentType.JSON).body(retired)
                .when().put("/api/v1/model-types/SAFE_MARKET")
                .then().statusCode(200).body("active", equalTo(false)).body("nameVi", equalTo("Chợ an toàn về ANTT"));
        given().auth().oauth2(ADMIN).queryParam("resourceType", "model-type").queryParam("resourceId", "SAFE_MARKET")
                .queryParam("sort", "id")
                .when().get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "UPDATE")))
                .body("items[1].changes.field", equalTo(List.of("active", "nameVi")));
    }

    @Test
    void badInputIs400AndStoresNothing() {
        Map<String, Object> badCode = type("lower-case", "x", "RESIDENTIAL_AREA");
        post(badCode).then().statusCode(400).body("errors[0].field", equalTo("code"));
        Map<String, Object> longName = type("LONG_NAME", "x".repeat(201), "RESIDENTIAL_AREA");
        post(longName).then().statusCode(400).body("errors[0].field", equalTo("nameVi"));
        post(type("BAD_SETTING", "x", "SPACE_STATION")).then().statusCode(400)
                .body("errors[0].field", equalTo("setting"));
        Map<String, Object> missing = new HashMap<>();
        missing.put("code", "MISSING_FIELDS");
        post(missing).then().statusCode(400).body("errors.field", hasItem("nameVi")).body("errors.field", hasItem("setting"));
        assertEquals(0L, count("select count(*) from model_type where code in ('LONG_NAME', 'BAD_SETTING', 'MISSING_FIELDS')"));
    }

    @Test
    void onlyTheMinistryWritesTheCatalog() {
        given().auth().oauth2(TestTokens.forRole(Roles.PROVINCE_OFFICER)).contentType(ContentType.JSON)
                .body(type("PROVINCIAL_TYPE", "x", "OTHER"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).when().post("/api/v1/model-types").then().statusCode(403);
        assertEquals(0L, count("select count(*) from model_type where code = 'PROVINCIAL_TYPE'"));
    }

    @Test
    void theCodeInThePathCannotBeRenamed() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(type("OTHER_CODE", "x", "OTHER"))
                .when().put("/api/v1/model-types/SECURITY_CAMERA")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    private static io.restassured.response.Response post(Map<String, Object> body) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).header("Idempotency-Key", UUID.randomUUID().toString()).when().post("/api/v1/model-types");
    }

    static Map<String, Object> type(String code, String nameVi, String setting) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("nameVi", nameVi);
        body.put("nameEn", "English " + code);
        body.put("setting", setting);
        body.put("focusTopics", List.of("PUBLIC_ORDER"));
        return body;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
