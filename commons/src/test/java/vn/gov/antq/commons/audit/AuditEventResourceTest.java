package vn.gov.antq.commons.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class AuditEventResourceTest {

    private static final Instant AT = Instant.parse("2024-03-01T08:00:00Z");

    @Inject
    AuditEventRepository repository;

    @BeforeEach
    void seed() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (repository.count("resourceType", "listing-test") == 0) {
                repository.persist(event("75", "officer-a", AT));
                repository.persist(event("75", "officer-b", AT.plus(1, ChronoUnit.DAYS)));
                repository.persist(event("38", "officer-c", AT.plus(2, ChronoUnit.DAYS)));
            }
        });
    }

    @Test
    void theMinistryAdminSeesEveryProvinceNewestFirst() {
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN)).queryParam("resourceType", "listing-test")
                .when().get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.actor", org.hamcrest.Matchers.contains("officer-c", "officer-b", "officer-a"));
    }

    @Test
    void aProvinceOfficerSeesOnlyItsProvince() {
        given().auth().oauth2(TestTokens.forRole(Roles.PROVINCE_OFFICER)).queryParam("resourceType", "listing-test")
                .when().get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.provinceCode", everyItem(equalTo("75")));
        given().auth().oauth2(TestTokens.forRole(Roles.PROVINCE_OFFICER)).queryParam("resourceType", "listing-test")
                .queryParam("province", "38")
                .when().get("/api/v1/audit-events")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void filtersByActorAndTime() {
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN)).queryParam("actor", "officer-b")
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].provinceCode", equalTo("75"));
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN)).queryParam("resourceType", "listing-test")
                .queryParam("from", "2024-03-02T00:00:00Z").queryParam("to", "2024-03-03T00:00:00Z")
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].actor", equalTo("officer-b"));
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN)).queryParam("resourceType", "listing-test")
                .queryParam("sort", "occurredAt").queryParam("size", 2)
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].actor", equalTo("officer-a")).body("totalPages", greaterThanOrEqualTo(2));
    }

    @Test
    void rejectsBadFilters() {
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN)).queryParam("from", "yesterday")
                .when().get("/api/v1/audit-events").then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN)).queryParam("province", "7")
                .when().get("/api/v1/audit-events").then().statusCode(400).body("errors[0].field", equalTo("province"));
        given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN)).queryParam("sort", "actorRoles")
                .when().get("/api/v1/audit-events").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void thereIsNoWayToChangeTheTrail() {
        String admin = TestTokens.forRole(Roles.MINISTRY_ADMIN);
        given().auth().oauth2(admin).contentType("application/json").body("{}").when().post("/api/v1/audit-events").then().statusCode(405);
        given().auth().oauth2(admin).when().delete("/api/v1/audit-events").then().statusCode(405);
    }

    private static AuditEvent event(String province, String actor, Instant at) {
        return new AuditEvent(at, actor, Roles.PROVINCE_OFFICER, "UPDATE", "listing-test", actor, province, null, null, null);
    }
}
