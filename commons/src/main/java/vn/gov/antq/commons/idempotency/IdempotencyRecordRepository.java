package vn.gov.antq.commons.idempotency;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.gov.antq.commons.audit.AuditTrail;

@ApplicationScoped
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class IdempotencyRecordRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecordId> {

    /**
     * Inserts the record for a key unless one exists. While another transaction holds an uncommitted row for the same
     * key this waits for it on the primary key, then inserts (it rolled back) or does nothing (it committed).
     *
     * @return whether this transaction now owns the key
     */
    public boolean claim(IdempotencyRecordId id, String requestFingerprint, Instant createdAt) {
        int inserted = getEntityManager().createNativeQuery("""
                insert into idempotency_record (subject, idempotency_key, request_fingerprint, created_at)
                values (?1, ?2, ?3, ?4)
                on conflict (subject, idempotency_key) do nothing""")
                .setParameter(1, id.subject())
                .setParameter(2, id.key())
                .setParameter(3, requestFingerprint)
                .setParameter(4, createdAt)
                .executeUpdate();
        return inserted == 1;
    }

    /** Frees a key whose record is older than the cutoff, so it may be claimed for a new request. */
    public void deleteIfCreatedBefore(IdempotencyRecordId id, Instant cutoff) {
        delete("id.subject = ?1 and id.key = ?2 and createdAt < ?3", id.subject(), id.key(), cutoff);
    }

    /**
     * Stores the response in the record this transaction claimed, with one UPDATE (no read first: this is on every
     * write's path). The record is set once and never changed afterwards.
     */
    public void complete(IdempotencyRecordId id, StoredResponse response) {
        // SQL rather than an HQL update, which Hibernate would translate again on every write.
        int updated = getEntityManager().createNativeQuery("""
                update idempotency_record set response_status = ?1, response_location = cast(?2 as text), response_etag = cast(?3 as text),
                    response_body = cast(?4 as text)
                where subject = ?5 and idempotency_key = ?6 and response_status is null""")
                .setParameter(1, response.status())
                .setParameter(2, response.location())
                .setParameter(3, response.etag())
                .setParameter(4, response.body())
                .setParameter(5, id.subject())
                .setParameter(6, id.key())
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("The claimed idempotency record is missing or already holds a response");
        }
    }

    /** Frees a key this transaction claimed but whose outcome is not to be repeated. */
    public void release(IdempotencyRecordId id) {
        delete("id.subject = ?1 and id.key = ?2", id.subject(), id.key());
    }

    public long deleteCreatedBefore(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
