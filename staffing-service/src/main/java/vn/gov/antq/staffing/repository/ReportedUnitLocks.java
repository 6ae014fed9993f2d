package vn.gov.antq.staffing.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Serialises the writers of one kind of report for one reported province until their transactions end, so that a
 * no-double-counting check (look for overlapping reports, then insert) cannot be raced by another writer doing the
 * same: no constraint can express "nested units with overlapping periods". A PostgreSQL transaction-level advisory
 * lock keyed by (kind, province code); it is released at commit or rollback.
 */
@ApplicationScoped
public class ReportedUnitLocks {

    /** Lock namespaces: the first key of the advisory lock, one per kind of report. */
    public enum Kind {
        SEMI_PROFESSIONAL_TALLY(610_401),
        TRAINING(610_402);

        final int key;

        Kind(int key) {
            this.key = key;
        }
    }

    @Inject
    EntityManager entityManager;

    /** Waits until no other transaction holds the lock for this kind and reported province, then holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(Kind kind, String reportedProvinceCode) {
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(:kind, :province)) as l")
                .setParameter("kind", kind.key)
                .setParameter("province", Integer.parseInt(reportedProvinceCode))
                .getSingleResult();
    }
}
