package vn.gov.antq.commons.sync;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.quarkus.arc.properties.IfBuildProperty;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.security.ScopeFilter;

/**
 * Answers delta queries: what changed in the caller's scope after {@code updatedSince}, what was deleted, and the
 * watermark for next time.
 *
 * <p><b>The watermark.</b> A write stamps its change time before it commits. A query running between the stamp and
 * the commit cannot see the row; had it returned its own time as the watermark, the next query (strictly after it)
 * would skip the row for good. So {@code syncedTo} is the query time minus {@code antq.sync.safety-window} (default 5
 * s): the next query asks again for that window and picks up whatever committed late. Clients may receive a record
 * twice, never miss one, provided no write commits later than the window after its stamp and service clocks agree to
 * within it (stamp late: at flush, tombstones just before the commit).
 *
 * <p><b>Pages.</b> When more changes (or deletions) wait than {@code size}, the page ends at a change time it holds
 * completely ({@link ChangeSlice#cut}); if that lies before the window, it becomes the watermark and {@code more} is
 * true: ask again at once. If it lies inside the window the watermark stays at the window's start and {@code more} is
 * false: the rest are changes of the last seconds, which the next poll brings (asking at once would return the same
 * page). The watermark never moves back before {@code updatedSince}.
 *
 * <p>Deletions are read before changes: a record deleted between the two reads then appears in neither (its tombstone
 * comes next time, being stamped within the window), never in both.
 */
@ApplicationScoped
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class DeltaSync {

    @Inject
    EntityManager entityManager;

    @Inject
    Tombstones tombstones;

    @Inject
    SyncConfig config;

    /**
     * One delta page of the source's records within {@code scope}.
     *
     * @param view maps a record to what the client gets (it should carry the version, the client's next If-Match)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <E, T> DeltaPage<T> page(DeltaSource<E> source, DeltaRequest request, ScopeFilter scope, Function<? super E, ? extends T> view) {
        Instant now = Instant.now();
        Instant since = request.updatedSince();
        if (since != null && since.isAfter(now)) {
            throw ProblemException.invalidField(DeltaRequest.UPDATED_SINCE, "must not be in the future");
        }
        ChangeSlice<DeletedRecord> deleted = since == null ? ChangeSlice.complete(List.of())
                : tombstones.since(source.resourceType(), since, scope, request.size());
        ChangeSlice<Changed<E>> changed = ChangeSlice.cut(changedAfter(source, since, scope, request.size() + 1),
                request.size(), Changed::at, at -> changedAt(source, at, scope));

        Instant settled = now.minus(config.safetyWindow());
        Instant syncedTo = settled;
        for (ChangeSlice<?> slice : List.of(deleted, changed)) {
            if (slice.truncated() && slice.completeUpTo().isBefore(syncedTo)) {
                syncedTo = slice.completeUpTo();
            }
        }
        // A full page that reaches into the window cannot move the watermark past its start: asking again at once
        // would return the same rows. Its remaining changes are seconds old and come with the next poll.
        boolean more = syncedTo.isBefore(settled);
        if (since != null && syncedTo.isBefore(since)) {
            syncedTo = since;
        }
        List<T> items = changed.rows().stream().<T>map(row -> view.apply(row.entity())).toList();
        return new DeltaPage<>(items, deleted.rows(), syncedTo, more);
    }

    private <E> List<Changed<E>> changedAfter(DeltaSource<E> source, Instant after, ScopeFilter scope, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(after == null ? "1 = 1" : "e." + source.changedAt() + " > :after");
        if (after != null) {
            params.put("after", after);
        }
        return select(source, where, params, scope, limit);
    }

    private <E> List<Changed<E>> changedAt(DeltaSource<E> source, Instant at, ScopeFilter scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("at", at);
        return select(source, new StringBuilder("e." + source.changedAt() + " = :at"), params, scope, Integer.MAX_VALUE);
    }

    private <E> List<Changed<E>> select(DeltaSource<E> source, StringBuilder where, Map<String, Object> params,
            ScopeFilter scope, int limit) {
        ScopeClauses.append(where, params, scope, "e", source.province(), source.commune());
        String entity = entityManager.getMetamodel().entity(source.entity()).getName();
        TypedQuery<Object[]> query = entityManager.createQuery("select e, e." + source.changedAt() + " from " + entity
                + " e where " + where + " order by e." + source.changedAt() + ", e." + source.id(), Object[].class);
        params.forEach(query::setParameter);
        if (limit != Integer.MAX_VALUE) {
            query.setMaxResults(limit);
        }
        return query.getResultList().stream()
                .map(row -> new Changed<>(source.entity().cast(row[0]), (Instant) row[1]))
                .toList();
    }

    private record Changed<E>(E entity, Instant at) {
    }
}
