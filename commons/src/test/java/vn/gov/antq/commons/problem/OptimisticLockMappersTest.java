package vn.gov.antq.commons.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;

import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.ArcUndeclaredThrowableException;

/** Which wrapped failures are a lost race (409); the HTTP mapping itself is proven in OptimisticConcurrencyTest. */
class OptimisticLockMappersTest {

    @Test
    void aVersionCheckFailureIsFoundInsideItsWrappers() {
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(new OptimisticLockException(new StaleObjectStateException("probe", 1L)));
        assertTrue(OptimisticLockMappers.lostRace(new ArcUndeclaredThrowableException(rollback)));

        RollbackException suppressing = new RollbackException("commit failed");
        suppressing.addSuppressed(new StaleObjectStateException("probe", 1L));
        assertTrue(OptimisticLockMappers.lostRace(suppressing));
    }

    @Test
    void otherRollbacksAreNotConflicts() {
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(new IllegalStateException("disk full"));
        assertFalse(OptimisticLockMappers.lostRace(new ArcUndeclaredThrowableException(rollback)));
        assertFalse(OptimisticLockMappers.lostRace(new ArcUndeclaredThrowableException(new Exception("checked"))));
    }
}
