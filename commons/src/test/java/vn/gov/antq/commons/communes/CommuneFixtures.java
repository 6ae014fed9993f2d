package vn.gov.antq.commons.communes;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.TestTokens;

/** The small lists under {@code src/test/resources/communes/} and an empty registry to load them into. */
final class CommuneFixtures {

    static final String CSV_UTF8 = "text/csv; charset=UTF-8";

    private CommuneFixtures() {
    }

    /** Tests share one database: each starts from an empty registry (the audit trail cannot be emptied, by design). */
    static void clear(EntityManager entityManager) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from commune_succession").executeUpdate();
            entityManager.createNativeQuery("delete from commune").executeUpdate();
        });
        Arc.container().instance(CurrentCommunes.class).get().forgetAll();
    }

    static byte[] file(String name) {
        try (InputStream in = CommuneFixtures.class.getResourceAsStream("/communes/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonPath importCommunes(String fixture) {
        return upload("/api/v1/communes/imports", file(fixture));
    }

    static JsonPath importSuccessions(String fixture) {
        return upload("/api/v1/commune-successions/imports", file(fixture));
    }

    /** Both fixtures: 6 current communes, 8 edges. */
    static void loadAll() {
        importCommunes("current.csv");
        importSuccessions("successions.csv");
    }

    private static JsonPath upload(String path, byte[] body) {
        return given().auth().oauth2(TestTokens.forRole(Roles.MINISTRY_ADMIN)).contentType(CSV_UTF8).body(body)
                .when().post(path).then().statusCode(200).extract().jsonPath();
    }

    static long count(EntityManager entityManager, String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
