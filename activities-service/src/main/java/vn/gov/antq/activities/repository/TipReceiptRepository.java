package vn.gov.antq.activities.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.gov.antq.activities.model.TipReceipt;

@ApplicationScoped
public class TipReceiptRepository implements PanacheRepositoryBase<TipReceipt, Long> {

    /** Locked, so concurrent guesses at one receipt are counted one after another. */
    public Optional<TipReceipt> findByCodeForUpdate(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
