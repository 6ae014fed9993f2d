package vn.gov.antq.models.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.gov.antq.models.rest.TallyFixtures.post;
import static vn.gov.antq.models.rest.TallyFixtures.postTally;
import static vn.gov.antq.models.rest.TallyFixtures.tally;
import static vn.gov.antq.models.rest.TallyFixtures.with;

import java.time.Instant;
import java.time.LocalDate;
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
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;
import vn.gov.antq.models.repository.SecurityModelRepository;
import vn.gov.antq.models.service.DoubleCountRule;

/** Each test uses its own years (2012–2016) or types, so the tests of the shared database never meet. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ModelTallyResourceTest {

    private static final String OFFICER_75 = TestTokens.forRole(Roles.PROVINCE_OFFICER);
    private static final String OFFICER_38 = TestTokens.token(Roles.PROVINCE_OFFICER, "38", null);
    private static final String COMMUNE_OFFICER = TestTokens.forRole(Roles.COMMUNE_OFFICER);
    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);

    @Inject
    EntityManager entityManager;

    @Inject
    DoubleCountRule doubleCountRule;

    @Inject
    SecurityModelRepository models;

    @BeforeEach
    void communes() {
        TallyFixtures.loadCommunes();
    }

    @Test
    void aBinhPhuocTallyIsKeptAsReportedAndCountsUnderDongNai() {
        String since = Instant.now().minusSeconds(60).toString();
        Map<String, Object> body = with(tally("70", "PEOPLES_SECURITY_TEAM", "2012-01-01", "2012-12-31"), "teams", 1611, "members", 9800);
        String key = UUID.randomUUID().toString();
        Response created = given().auth().oauth2(OFFICER_75).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/model-tallies");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/model-tallies/"))
                .body("reportedProvinceCode", equalTo("70"))
                .body("reportedProvinceName", equalTo("Bình Phước"))
                .body("provinceCode", equalTo("75"))
                .body("provinceName", equalTo("Đồng Nai"))
                .body("teams", equalTo(1611))
                .body("models", equalTo(null));
        long id = created.jsonPath().getLong("id");
        // A retry creates nothing new.
        given().auth().oauth2(OFFICER_75).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/model-tallies").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo((int) id));
        assertEquals(1L, count("select count(*) from model_tally where reported_province_code = '70' and period_from = '2012-01-01'"
                + " and type_code = 'PEOPLES_SECURITY_TEAM'"));

        String etag = SecurityModelResourceTest.etag(OFFICER_75, "/api/v1/model-tallies/" + id);
        given().auth().oauth2(OFFICER_75).contentType(ContentType.JSON).body(with(body, "teams", 1612))
                .when().put("/api/v1/model-tallies/" + id).then().statusCode(428);
        String updated = given().auth().oauth2(OFFICER_75).header("If-Match", etag).contentType(ContentType.JSON).body(with(body, "teams", 1612))
                .when().put("/api/v1/model-tallies/" + id).then().statusCode(200).body("teams", equalTo(1612)).extract().header("ETag");
        given().auth().oauth2(OFFICER_75).header("If-Match", etag).contentType(ContentType.JSON).body(with(body, "teams", 1))
                .when().put("/api/v1/model-tallies/" + id).then().statusCode(412).header("ETag", equalTo(updated));
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ANALYST)).queryParam("reportedProvince", "70").queryParam("from", "2012-06-01")
                .queryParam("to", "2012-06-30").when().get("/api/v1/model-tallies").then().statusCode(200)
                .body("items.id", hasItem((int) id));

        given().auth().oauth2(OFFICER_75).when().delete("/api/v1/model-tallies/" + id).then().statusCode(428);
        given().auth().oauth2(OFFICER_75).header("If-Match", updated).when().delete("/api/v1/model-tallies/" + id).then().statusCode(204);
        given().auth().oauth2(OFFICER_75).when().get("/api/v1/model-tallies/" + id).then().statusCode(404);
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("updatedSince", since).when().get("/api/v1/model-tallies/changes")
                .then().statusCode(200).body("deleted.id", hasItem(String.valueOf(id)));
        given().auth().oauth2(ADMIN).queryParam("resourceType", "model-tally").queryParam("resourceId", id).queryParam("sort", "id")
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "UPDATE", "DELETE")))
                .body("items[0].provinceCode", equalTo("75"));
    }

    @Test
    void badTalliesAre400AndStoreNothing() {
        String marker = "Invalid tally " + System.nanoTime();
        Map<String, Object> base = with(tally("70", "CORE_TEAM", "2012-01-01", "2012-12-31"), "teams", 5, "sourceDocument", marker);
        postTally(ADMIN, with(base, "periodFrom", "2025-08-01", "periodTo", "2025-12-31")).then().statusCode(400)
                .body("errors[0].field", equalTo("provinceCode"))
                .body("errors[0].message", containsString("merged into 75"));
        postTally(ADMIN, with(base, "periodTo", "2025-12-31")).then().statusCode(400)
                .body("errors[0].field", equalTo("periodTo")).body("errors[0].message", containsString("2025-07-01"));
        postTally(ADMIN, with(base, "provinceCode", "99")).then().statusCode(400).body("errors[0].field", equalTo("provinceCode"));
        postTally(ADMIN, with(base, "typeCode", "NO_SUCH_TYPE")).then().statusCode(400).body("errors[0].field", equalTo("typeCode"));
        postTally(ADMIN, with(base, "teams", -1)).then().statusCode(400).body("errors[0].field", equalTo("teams"));
        postTally(ADMIN, with(base, "periodFrom", "2013-01-01")).then().statusCode(400).body("errors[0].field", equalTo("periodFrom"));
        Map<String, Object> nothing = with(base);
        nothing.remove("teams");
        postTally(ADMIN, nothing).then().statusCode(400).body("errors[0].field", equalTo("models"));
        postTally(ADMIN, with(base, "modelTypes", 3)).then().statusCode(400).body("errors[0].field", equalTo("modelTypes"));
        // Communes: in the reported province on the period's last day, and one current commune.
        postTally(ADMIN, with(base, "communeCode", "14815")).then().statusCode(400).body("errors[0].field", equalTo("communeCode"));
        postTally(ADMIN, with(base, "communeCode", "25299")).then().statusCode(400).body("errors[0].field", equalTo("communeCode"));
        postTally(ADMIN, with(base, "communeCode", "25291")).then().statusCode(400)
                .body("errors[0].message", containsString("split between"));
        postTally(ADMIN, with(base, "provinceCode", "75", "communeCode", "25288")).then().statusCode(400)
                .body("errors[0].message", containsString("was in province 70"));
        postTally(ADMIN, with(base, "sourceDocument", " ")).then().statusCode(400).body("errors[0].field", equalTo("sourceDocument"));
        assertEquals(0L, count("select count(*) from model_tally where source_document = '" + marker + "'"));
    }

    @Test
    void scopeDecidesWhoWritesAndWhoSees() {
        Map<String, Object> body = with(tally("70", "LAW_COMPLIANCE_BRIGHT_SPOT", "2012-01-01", "2012-12-31"), "models", 59);
        postTally(OFFICER_38, body).then().statusCode(403).contentType("application/problem+json");
        postTally(COMMUNE_OFFICER, body).then().statusCode(403);
        long id = postTally(OFFICER_75, body).then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(OFFICER_38).when().get("/api/v1/model-tallies/" + id).then().statusCode(404);
        given().auth().oauth2(COMMUNE_OFFICER).when().get("/api/v1/model-tallies/" + id).then().statusCode(200);
        given().auth().oauth2(OFFICER_38).queryParam("size", 200).when().get("/api/v1/model-tallies").then().statusCode(200)
                .body("items.provinceCode", everyItem(equalTo("38"))).body("items.id", not(hasItem((int) id)));
        // A commune officer writes its own commune's tallies, after the reform with the current codes.
        Map<String, Object> commune = with(tally("75", "YOUTH_AT_RISK", "2025-07-01", "2025-09-30"), "communeCode", "26068", "members", 14);
        postTally(COMMUNE_OFFICER, commune).then().statusCode(201).body("communeCode", equalTo("26068"))
                .body("reportedCommuneCode", equalTo("26068"));
        postTally(COMMUNE_OFFICER, with(commune, "communeCode", "25210", "periodFrom", "2025-10-01", "periodTo", "2025-12-31"))
                .then().statusCode(403);
    }

    @Test
    void overlappingTalliesOfTheSameOrNestedUnitAndTypeAre409() {
        long first = postTally(OFFICER_75, with(tally("70", "SELF_MANAGED_ROAD_SEGMENT", "2013-01-01", "2013-12-31"), "models", 122, "teams", 130))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        // Same unit and type, overlapping period: whatever the figures.
        postTally(OFFICER_75, with(tally("70", "SELF_MANAGED_ROAD_SEGMENT", "2013-06-01", "2014-05-31"), "members", 900))
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("#" + first)).body("detail", containsString("SELF_MANAGED_ROAD_SEGMENT"));
        // All types of the province nest the type: refused only where a figure is given twice.
        postTally(OFFICER_75, with(tally("70", null, "2013-01-01", "2013-12-31"), "teams", 2000))
                .then().statusCode(409).body("detail", containsString("#" + first));
        postTally(OFFICER_75, with(tally("70", null, "2013-01-01", "2013-12-31"), "modelTypes", 30)).then().statusCode(201);
        // The province nests its communes (old codes before the reform).
        postTally(OFFICER_75, with(tally("70", "SELF_MANAGED_ROAD_SEGMENT", "2013-01-01", "2013-03-31"), "communeCode", "25207", "teams", 4))
                .then().statusCode(409);
        postTally(OFFICER_75, with(tally("70", "SELF_MANAGED_ROAD_SEGMENT", "2013-01-01", "2013-03-31"), "communeCode", "25207", "members", 40))
                .then().statusCode(201).body("communeCode", equalTo("25210"));
        // Another old province, though now the same current one, and the next period are other units of count.
        postTally(OFFICER_75, with(tally("75", "SELF_MANAGED_ROAD_SEGMENT", "2013-01-01", "2013-12-31"), "models", 80)).then().statusCode(201);
        postTally(OFFICER_75, with(tally("70", "SELF_MANAGED_ROAD_SEGMENT", "2014-01-01", "2014-12-31"), "models", 125)).then().statusCode(201);
        // Correcting the first tally does not collide with itself.
        given().auth().oauth2(OFFICER_75).header("If-Match", SecurityModelResourceTest.etag(OFFICER_75, "/api/v1/model-tallies/" + first))
                .contentType(ContentType.JSON)
                .body(with(tally("70", "SELF_MANAGED_ROAD_SEGMENT", "2013-01-01", "2013-12-31"), "models", 123, "teams", 130))
                .when().put("/api/v1/model-tallies/" + first).then().statusCode(200).body("models", equalTo(123));
    }

    @Test
    void talliesAndDetailedRecordsNeverCoverTheSameUnitTypeAndPeriod() {
        Map<String, Object> model = SecurityModelResourceTest.model("Camera an ninh phường Tân Bình", "75");
        model.put("typeCode", "SECURITY_CAMERA");
        model.put("startDate", "2015-03-01");
        long modelId = post(OFFICER_75, "/api/v1/models", model).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> cameras = tally("70", "SECURITY_CAMERA", "2015-01-01", "2015-12-31");

        // Records first: a tally counting the same models is refused, naming them.
        postTally(OFFICER_75, with(cameras, "models", 3)).then().statusCode(409)
                .body("detail", containsString("model " + modelId)).body("detail", containsString("Camera an ninh phường Tân Bình"));
        postTally(OFFICER_75, with(tally("70", null, "2015-01-01", "2015-12-31"), "models", 40)).then().statusCode(409);
        // A site of the model, as the sites API stores it.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("insert into model_site (model_id, province_code,"
                + " commune_code, place_name, place_kind, teams, members, cameras, established_on, created_at, updated_at)"
                + " values (" + modelId + ", '75', '25210', 'Khu phố 3', 'RESIDENTIAL_GROUP', 1, 6, 8, '2015-06-01', now(), now())")
                .executeUpdate());
        postTally(OFFICER_75, with(cameras, "cameras", 40)).then().statusCode(409)
                .body("detail", containsString("Khu phố 3")).body("detail", containsString("25210"));
        postTally(OFFICER_75, with(cameras, "communeCode", "25288", "members", 12)).then().statusCode(201);
        postTally(OFFICER_75, with(cameras, "periodFrom", "2015-01-01", "periodTo", "2015-05-31", "cameras", 30)).then().statusCode(201);

        // Tallies first: a model or site that would fall in a tally's unit, type and period is refused.
        postTally(OFFICER_75, with(tally("70", "SECURITY_CAMERA", "2014-01-01", "2014-12-31"), "models", 2)).then().statusCode(201);
        Map<String, Object> earlier = SecurityModelResourceTest.model("Camera an ninh ấp Tân Lập", "75");
        earlier.put("typeCode", "SECURITY_CAMERA");
        earlier.put("startDate", "2014-08-01");
        post(OFFICER_75, "/api/v1/models", earlier).then().statusCode(409).body("detail", containsString("2014-01-01 – 2014-12-31"));
        Map<String, Object> moved = SecurityModelResourceTest.model("Camera an ninh phường Tân Bình", "75");
        moved.put("typeCode", "SECURITY_CAMERA");
        moved.put("startDate", "2014-11-01");
        given().auth().oauth2(OFFICER_75).header("If-Match", SecurityModelResourceTest.etag(OFFICER_75, "/api/v1/models/" + modelId))
                .contentType(ContentType.JSON).body(moved).when().put("/api/v1/models/" + modelId).then().statusCode(409);
        ProblemException refused = assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew().run(
                () -> doubleCountRule.requireNotTallied(models.findById(modelId), "25270", LocalDate.of(2015, 2, 1), null)));
        assertEquals(409, refused.status());
        QuarkusTransaction.requiringNew().run(
                () -> doubleCountRule.requireNotTallied(models.findById(modelId), "26068", LocalDate.of(2016, 2, 1), null));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
