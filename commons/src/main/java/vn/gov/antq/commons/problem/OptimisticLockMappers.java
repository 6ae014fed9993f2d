package vn.gov.antq.commons.problem;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.arc.properties.IfBuildProperty;
import io.vertx.core.http.HttpServerRequest;
import vn.gov.antq.commons.audit.AuditTrail;

/**
 * 409 {@code urn:antq:problem:conflict} for a write that lost a race: another transaction changed or deleted the record
 * after this one checked its version ({@code If-Match}) and before it committed, so the versioned UPDATE/DELETE matched
 * no row. The failure arrives raw when the write is flushed inside the method, or wrapped (transaction rollback,
 * undeclared checked exception) when it fails at commit; every other failure stays a 500 of the shared mapper set.
 */
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class OptimisticLockMappers {

    static final String DETAIL = "Someone else changed this record while your change was being saved; nothing was saved. "
            + "Read it again for its current ETag, then retry.";

    /**
     * Named, not referenced: commons must also load in apps without JPA (the gateway), where these classes do not exist,
     * and Quarkus REST resolves mapper signatures before it applies build-time conditions.
     */
    private static final Set<String> VERSION_CHECK_FAILURES = Set.of(
            "jakarta.persistence.OptimisticLockException",
            // Hibernate's own, including StaleObjectStateException, when it is not translated to the JPA one.
            "org.hibernate.StaleStateException",
            // A LockModeType.OPTIMISTIC check that failed at commit.
            "org.hibernate.dialect.lock.OptimisticEntityLockException");

    private final ProblemExceptionMappers shared = new ProblemExceptionMappers();

    /** Runtime failures no more specific mapper took; version-check failures, raw or wrapped, become 409. */
    @ServerExceptionMapper
    public Response runtime(RuntimeException e, HttpServerRequest request) {
        if (!lostRace(e)) {
            return shared.unexpected(e, request);
        }
        return ProblemResponses.response(ProblemResponses.of(ProblemType.CONFLICT, DETAIL, request.path(),
                ProblemExceptionMappers.requestId(request), List.of()));
    }

    /** Whether a version check failed anywhere in the causes (or suppressed exceptions) of this failure. */
    static boolean lostRace(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (VERSION_CHECK_FAILURES.contains(type.getName())) {
                    return true;
                }
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return false;
    }
}
