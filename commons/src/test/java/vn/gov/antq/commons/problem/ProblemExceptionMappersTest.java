package vn.gov.antq.commons.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@io.quarkus.test.common.QuarkusTestResource(vn.gov.antq.commons.testing.JwtTestResource.class)
@io.quarkus.test.common.QuarkusTestResource(vn.gov.antq.commons.testing.PostgresTestResource.class)
class ProblemExceptionMappersTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager entityManager;

    private static final String VALID = """
            {"title":"Community meeting","participants":40,"heldOn":"2024-05-01","kind":"MEETING","items":[{"name":"leaflets","count":200}]}
            """;

    @Test
    void validBodyPassesThrough() {
        given().contentType(ContentType.JSON).body(VALID)
                .when().post("/test-probe")
                .then().statusCode(200).body("title", equalTo("Community meeting"));
    }

    @Test
    void validationErrorsListEveryField() {
        problem(given().contentType(ContentType.JSON)
                .body("{\"title\":\" \",\"participants\":0,\"items\":[{\"name\":\"\",\"count\":-1}]}")
                .when().post("/test-probe"), 400, "urn:antq:problem:validation-failed")
                .body("errors", hasSize(5))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("participants"))
                .body("errors.field", hasItem("heldOn"))
                .body("errors.field", hasItem("items[0].name"))
                .body("errors.field", hasItem("items[0].count"))
                .body("detail", equalTo("5 fields are invalid"));
    }

    @Test
    void missingBodyIsAValidationError() {
        problem(given().contentType(ContentType.JSON).when().post("/test-probe"), 400, "urn:antq:problem:validation-failed")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void invalidQueryParameterNamesTheParameter() {
        problem(given().queryParam("limit", 50).when().get("/test-probe/count"), 400, "urn:antq:problem:validation-failed")
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].message", equalTo("must be less than or equal to 10"));
    }

    @Test
    void unconvertibleQueryParameterIs400NotA404() {
        problem(given().queryParam("limit", "ten").when().get("/test-probe/count"), 400, "urn:antq:problem:validation-failed")
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].message", equalTo("must be a whole number"));
    }

    @Test
    void malformedJsonIs400WithPosition() {
        problem(given().contentType(ContentType.JSON).body("{\"title\": \"x\", ").when().post("/test-probe"), 400,
                "urn:antq:problem:malformed-request")
                .body("detail", startsWith("The body is not valid JSON"));
    }

    @Test
    void wrongTypeNamesTheFieldAndTheExpectedType() {
        problem(given().contentType(ContentType.JSON)
                .body("{\"title\":\"x\",\"participants\":\"many\",\"heldOn\":\"2024-05-01\"}")
                .when().post("/test-probe"), 400, "urn:antq:problem:malformed-request")
                .body("errors[0].field", equalTo("participants"))
                .body("errors[0].message", equalTo("must be a number"));
    }

    /** Jackson's defaults would store 2 for 2.5 and 12 for "12"; a figure is taken as written or refused. */
    @ParameterizedTest
    @ValueSource(strings = { "2.5", "\"12\"", "true" })
    void aWholeNumberIsNeitherTruncatedNorCoerced(String participants) {
        problem(given().contentType(ContentType.JSON)
                .body("{\"title\":\"x\",\"participants\":" + participants + ",\"heldOn\":\"2024-05-01\"}")
                .when().post("/test-probe"), 400, "urn:antq:problem:malformed-request")
                .body("errors[0].field", equalTo("participants"));
    }

    @Test
    void unknownEnumCodeListsAllowedCodes() {
        problem(given().contentType(ContentType.JSON)
                .body("{\"title\":\"x\",\"participants\":3,\"heldOn\":\"2024-05-01\",\"kind\":\"PARADE\"}")
                .when().post("/test-probe"), 400, "urn:antq:problem:malformed-request")
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", equalTo("must be one of MEETING, RALLY"));
    }

    @Test
    void badDateNamesTheField() {
        problem(given().contentType(ContentType.JSON)
                .body("{\"title\":\"x\",\"participants\":3,\"heldOn\":\"2024-13-45\"}")
                .when().post("/test-probe"), 400, "urn:antq:problem:malformed-request")
                .body("errors[0].field", equalTo("heldOn"))
                .body("errors[0].message", equalTo("must be an ISO-8601 date or time"));
    }

    @Test
    void unknownFieldIsRejectedNotIgnored() {
        problem(given().contentType(ContentType.JSON)
                .body("{\"title\":\"x\",\"participants\":3,\"heldOn\":\"2024-05-01\",\"participantz\":4}")
                .when().post("/test-probe"), 400, "urn:antq:problem:malformed-request")
                .body("errors[0].field", equalTo("participantz"))
                .body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void unknownRouteIs404() {
        problem(given().when().get("/api/v1/no-such-thing"), 404, "about:blank")
                .body("title", equalTo("Not Found"));
    }

    @Test
    void wrongMethodIs405() {
        problem(given().when().delete("/test-probe"), 405, "about:blank")
                .body("detail", equalTo("This method is not allowed here"));
    }

    @Test
    void unsupportedMediaTypeIs415() {
        problem(given().contentType(ContentType.XML).body("<a/>").when().post("/test-probe"), 415, "about:blank");
    }

    @Test
    void conflictIs409WithDetail() {
        problem(given().when().get("/test-probe/conflict"), 409, "urn:antq:problem:conflict")
                .body("detail", equalTo("The record was changed by someone else"));
    }

    @Test
    void unexpectedFailureIs500WithoutInternals() {
        String requestId = "probe-request-0001";
        problem(given().header("X-Request-Id", requestId).when().get("/test-probe/boom"), 500, "urn:antq:problem:internal-error")
                .header("X-Request-Id", equalTo(requestId))
                .body("requestId", equalTo(requestId))
                .body("detail", containsString(requestId))
                .body(not(containsString("secret_table")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("org.example")));
    }

    @Test
    void aStatementCancelledForTimeIs503WithRetryAfter() {
        problem(given().when().get("/test-probe/slow-statement"), 503, "urn:antq:problem:service-unavailable")
                .header("Retry-After", equalTo("5"))
                .body("detail", containsString("ran out of time"))
                .body(not(containsString("pg_sleep")))
                .body(not(containsString("57014")));
    }

    @Test
    void connectionsLostAsInAFailoverGive503sNeverErrorsAndTheServiceRecovers() {
        given().when().get("/test-probe/database-time").then().statusCode(200);
        // What a restart or failover of the database does to every pooled connection's session.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("select count(pg_terminate_backend(pid))"
                + " from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()").getSingleResult());
        List<Integer> statuses = new ArrayList<>();
        for (int attempt = 0; attempt < 40 && !statuses.contains(200); attempt++) {
            io.restassured.response.Response response = given().when().get("/test-probe/database-time");
            statuses.add(response.statusCode());
            if (response.statusCode() == 503) {
                problem(response, 503, "urn:antq:problem:service-unavailable").header("Retry-After", equalTo("5"))
                        .body("detail", containsString("connection to the database was lost"));
            }
        }
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 503), statuses.toString());
        assertEquals(200, statuses.get(statuses.size() - 1), statuses.toString());
        // The other pooled connections died too and wait, idle, for a test that holds two at once: drop them.
        dataSource.flush(AgroalDataSource.FlushMode.INVALID);
    }

    @Test
    void everyResponseGetsARequestId() {
        given().when().get("/test-probe/count?limit=2")
                .then().statusCode(200).header("X-Request-Id", notNullValue());
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status, String type) {
        return response.then()
                .statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(status))
                .body("type", equalTo(type))
                .body("title", notNullValue())
                .body("instance", startsWith("/"))
                .body("requestId", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }
}
