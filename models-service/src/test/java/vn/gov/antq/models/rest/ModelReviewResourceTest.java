package vn.gov.antq.models.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
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
import io.restassured.response.Response;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ModelReviewResourceTest {

    private static final String OFFICER_75 = TestTokens.forRole(Roles.PROVINCE_OFFICER);

    @Inject
    EntityManager entityManager;

    @Test
    void reviewsAreRecordedListedAndCorrected() {
        long model = newModel();
        long interim = review(model, review("INTERIM", "2021-01-01", "2021-12-31", "AVERAGE", false)).then().statusCode(201)
                .body("modelId", equalTo((int) model)).extract().jsonPath().getLong("id");
        review(model, review("FINAL", "2019-01-01", "2022-10-31", "GOOD", true)).then().statusCode(201).body("exemplar", equalTo(true));
        given().auth().oauth2(TestTokens.forRole(Roles.COMMUNE_OFFICER)).when().get("/api/v1/models/" + model + "/reviews")
                .then().statusCode(200).body("kind", equalTo(List.of("FINAL", "INTERIM")));
        given().auth().oauth2(OFFICER_75).header("If-Match", SecurityModelResourceTest.etag(OFFICER_75, "/api/v1/model-reviews/" + interim))
                .contentType(ContentType.JSON).body(review("INTERIM", "2021-01-01", "2021-12-31", "GOOD", false))
                .when().put("/api/v1/model-reviews/" + interim).then().statusCode(200).body("rating", equalTo("GOOD"));
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN)).queryParam("resourceType", "model-review")
                .queryParam("resourceId", interim).queryParam("sort", "id")
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "UPDATE")))
                .body("items[1].changes.field", equalTo(List.of("rating")));
    }

    @Test
    void invalidPeriodsAndDuplicatesAreRefusedAndStoreNothing() {
        long model = newModel();
        review(model, review("INTERIM", "2022-12-31", "2022-01-01", "GOOD", false)).then().statusCode(400)
                .body("errors[0].field", equalTo("periodFrom"));
        review(model, review("INTERIM", "2019-01-01", "2020-12-31", "GOOD", false)).then().statusCode(400)
                .body("errors[0].field", equalTo("periodTo"));
        review(model, review("INTERIM", "2022-01-01", "2022-12-31", "SUPERB", false)).then().statusCode(400)
                .body("errors[0].field", equalTo("rating"));
        Map<String, Object> noBody = review("INTERIM", "2022-01-01", "2022-12-31", "GOOD", false);
        noBody.remove("reviewingBody");
        review(model, noBody).then().statusCode(400).body("errors[0].field", equalTo("reviewingBody"));
        review(model, review("INTERIM", "2022-01-01", "2022-12-31", "GOOD", false)).then().statusCode(201);
        review(model, review("INTERIM", "2022-01-01", "2022-12-31", "WEAK", false)).then().statusCode(409);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from model_review where model_id = ?1").setParameter(1, model)
                .getSingleResult()).longValue()));
    }

    @Test
    void reviewsFollowTheirModelsScope() {
        long model = newModel();
        long id = review(model, review("FINAL", "2021-06-01", "2022-06-30", "EXCELLENT", true)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String officer38 = TestTokens.token(Roles.PROVINCE_OFFICER, "38", null);
        given().auth().oauth2(officer38).when().get("/api/v1/model-reviews/" + id).then().statusCode(404);
        given().auth().oauth2(officer38).when().get("/api/v1/models/" + model + "/reviews").then().statusCode(404);
        given().auth().oauth2(officer38).contentType(ContentType.JSON).body(review("INTERIM", "2022-01-01", "2022-03-31", "GOOD", false))
                .header("Idempotency-Key", UUID.randomUUID().toString()).when().post("/api/v1/models/" + model + "/reviews").then().statusCode(404);
        given().auth().oauth2(TestTokens.forRole(Roles.COMMUNE_OFFICER)).contentType(ContentType.JSON)
                .body(review("INTERIM", "2022-01-01", "2022-03-31", "GOOD", false))
                .header("Idempotency-Key", UUID.randomUUID().toString()).when().post("/api/v1/models/" + model + "/reviews").then().statusCode(403);
    }

    private long newModel() {
        return given().auth().oauth2(OFFICER_75).contentType(ContentType.JSON)
                .body(SecurityModelResourceTest.model("Câu lạc bộ phòng, chống tội phạm phường Tân Phong", "75"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).when().post("/api/v1/models").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Response review(long model, Map<String, Object> body) {
        return given().auth().oauth2(OFFICER_75).contentType(ContentType.JSON).body(body).header("Idempotency-Key", UUID.randomUUID().toString()).when().post("/api/v1/models/" + model + "/reviews");
    }

    private static Map<String, Object> review(String kind, String from, String to, String rating, boolean exemplar) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("periodFrom", from);
        body.put("periodTo", to);
        body.put("rating", rating);
        body.put("exemplar", exemplar);
        body.put("reviewingBody", "Ban Chỉ đạo tỉnh Đồng Nai");
        return body;
    }
}
