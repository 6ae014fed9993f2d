package vn.gov.antq.commons.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import vn.gov.antq.commons.audit.AuditTrail;

/**
 * Keys are normally never reused, so expired records would pile up without this. Several instances of a service may
 * purge at once: deleting rows that are already gone is harmless.
 */
@ApplicationScoped
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class IdempotencyRecordPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyRecordPurge.class);

    @Inject
    IdempotentRequests idempotentRequests;

    @Scheduled(identity = "idempotency-record-purge", every = "{antq.idempotency.purge-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        long deleted = idempotentRequests.purgeExpired();
        if (deleted > 0) {
            LOG.debugf("Purged %d expired idempotency records", deleted);
        }
    }
}
