package vn.gov.antq.commons.sync;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.arc.properties.IfBuildProperty;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.commons.security.ScopeFilter;

/**
 * Records deletions so delta queries can report them, and lists them. A tombstone is written in the transaction of the
 * deletion itself: a deletion that rolls back leaves none, and no deletion goes unrecorded.
 */
@ApplicationScoped
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class Tombstones {

    @Inject
    TombstoneRepository repository;

    @Inject
    CallerScope caller;

    /**
     * Records that the record was deleted by the caller, now. Call it late in the deleting transaction (the time it
     * stamps must not precede the commit by more than {@code antq.sync.safety-window}), with the record's scope as it
     * was, so that exactly the callers who could see the record learn of its deletion.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String resourceType, Object resourceId, String provinceCode, String communeCode) {
        String subject = caller.subject();
        repository.persist(new Tombstone(resourceType, String.valueOf(resourceId), provinceCode, communeCode,
                // The column keeps microseconds: stamp what will be stored, so ties compare equal in memory and in SQL.
                Instant.now().truncatedTo(ChronoUnit.MICROS), subject == null ? "anonymous" : subject));
    }

    /**
     * The deletions of the type after {@code after} (exclusive) that the scope covers, oldest first, at most
     * {@code size} (more when that many share one instant; see {@link ChangeSlice#cut}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangeSlice<DeletedRecord> since(String resourceType, Instant after, ScopeFilter scope, int size) {
        return ChangeSlice.cut(repository.deletedAfter(resourceType, after, scope, size + 1), size, Tombstone::deletedAt,
                at -> repository.deletedAt(resourceType, at, scope)).map(DeletedRecord::of);
    }
}
