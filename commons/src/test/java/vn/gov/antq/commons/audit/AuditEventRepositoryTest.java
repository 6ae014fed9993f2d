package vn.gov.antq.commons.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.antq.commons.testing.PostgresTestResource;

@QuarkusTest
@io.quarkus.test.common.QuarkusTestResource(vn.gov.antq.commons.testing.JwtTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class AuditEventRepositoryTest {

    @Inject
    AuditEventRepository repository;

    @Inject
    EntityManager entityManager;

    @Test
    void roundTripsThroughTheFlywayMigratedTable() {
        Long id = QuarkusTransaction.requiringNew().call(() -> {
            AuditEvent event = AuditEventFixtures.create("officer-70", "PROVINCE_OFFICER");
            repository.persist(event);
            return event.id();
        });
        AuditEvent stored = QuarkusTransaction.requiringNew().call(() -> repository.findById(id));
        assertNotNull(stored);
        assertEquals("officer-70", stored.actorSubject());
        assertEquals("75", stored.provinceCode());
        assertEquals(AuditEventFixtures.OCCURRED_AT, stored.occurredAt());
        assertEquals(2, ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select jsonb_array_length(changes) from audit_event where id = ?1")
                .setParameter(1, id).getSingleResult())).intValue());
    }

    @Test
    void storedEventsCannotBeChangedOrDeleted() {
        Long id = QuarkusTransaction.requiringNew().call(() -> {
            AuditEvent event = AuditEventFixtures.create("admin", "MINISTRY_ADMIN");
            repository.persist(event);
            return event.id();
        });
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update audit_event set actor_subject = 'someone else' where id = ?1")
                .setParameter(1, id).executeUpdate()));
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from audit_event where id = ?1").setParameter(1, id).executeUpdate()));
        assertEquals("admin", QuarkusTransaction.requiringNew().call(() -> repository.findById(id)).actorSubject());
    }

    static final class AuditEventFixtures {
        static final Instant OCCURRED_AT = Instant.now().truncatedTo(ChronoUnit.MICROS);

        static AuditEvent create(String subject, String roles) {
            return new AuditEvent(OCCURRED_AT, subject, roles, "UPDATE", "model", "42", "75", "25432",
                    "[{\"field\":\"name\",\"old\":\"A\",\"new\":\"B\"},{\"field\":\"status\",\"old\":\"PILOT\",\"new\":\"ACTIVE\"}]",
                    "req-0001");
        }
    }
}
