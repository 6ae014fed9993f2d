package vn.gov.antq.commons.problem;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleStateException;
import org.hibernate.dialect.lock.OptimisticEntityLockException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.arc.properties.IfBuildProperty;
import io.vertx.core.http.HttpServerRequest;
import vn.gov.antq.commons.audit.AuditTrail;

/**
 * 409 {@code urn:antq:problem:conflict} for a write that lost a race: another transaction changed or deleted the record
 * after this one checked its version ({@code If-Match}) and before it committed, so the versioned UPDATE/DELETE matched
 * no row. Thrown directly when the write is flushed inside the method, or wrapped (transaction rollback, undeclared
 * checked exception) when it fails at commit; wrappers around anything else stay 500s. Only for apps with a database.
 */
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class OptimisticLockMappers {

    static final String DETAIL = "Someone else changed this record while your change was being saved; nothing was saved. "
            + "Read it again for its current ETag, then retry.";

    private final ProblemExceptionMappers shared = new ProblemExceptionMappers();

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpServerRequest request) {
        return conflict(request);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, HttpServerRequest request) {
        return conflict(request);
    }

    @ServerExceptionMapper
    public Response optimisticEntityLock(OptimisticEntityLockException e, HttpServerRequest request) {
        return conflict(request);
    }

    @ServerExceptionMapper
    public Response rolledBack(RollbackException e, HttpServerRequest request) {
        return lostRace(e) ? conflict(request) : shared.unexpected(e, request);
    }

    @ServerExceptionMapper
    public Response undeclared(ArcUndeclaredThrowableException e, HttpServerRequest request) {
        return lostRace(e) ? conflict(request) : shared.unexpected(e, request);
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
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof OptimisticEntityLockException) {
                return true;
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

    private static Response conflict(HttpServerRequest request) {
        return ProblemResponses.response(ProblemResponses.of(ProblemType.CONFLICT, DETAIL, request.path(),
                ProblemExceptionMappers.requestId(request), List.of()));
    }
}
