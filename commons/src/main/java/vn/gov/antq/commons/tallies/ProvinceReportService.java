package vn.gov.antq.commons.tallies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.gov.antq.commons.audit.AuditAction;
import vn.gov.antq.commons.audit.AuditDiff;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.concurrency.Preconditions;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.commons.security.ScopeFilter;
import vn.gov.antq.commons.sync.DeltaPage;
import vn.gov.antq.commons.sync.DeltaRequest;
import vn.gov.antq.commons.sync.DeltaSource;
import vn.gov.antq.commons.sync.DeltaSync;
import vn.gov.antq.commons.sync.Tombstones;

/**
 * What the services of reported figures (every service's tallies, reported trainings) share. They are
 * province-level records: written by the ministry and the officers of the current province the reported unit belongs to
 * (a commune's also by that commune's officer), read by the ministry and by the province's officers, commune officers
 * included; partner systems read only the statistics. Every write is checked by the subclass's no-double-counting rule
 * ({@link #requireNotCountedTwice}) and audited in its transaction; a deletion leaves a tombstone for sync clients.
 *
 * @param <E> the entity
 * @param <I> its input
 * @param <V> its view
 */
public abstract class ProvinceReportService<E extends ProvinceReport, I, V> {

    /** Nothing before the movement's modern reporting era is plausible. */
    protected static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version", "createdAt");

    @Inject
    protected CallerScope caller;

    @Inject
    protected AuditTrail auditTrail;

    @Inject
    protected ObjectMapper json;

    @Inject
    protected Tombstones tombstones;

    @Inject
    protected DeltaSync deltaSync;

    /** The audit trail's and the tombstones' resource name. */
    protected abstract String resource();

    protected abstract Class<E> type();

    protected abstract PanacheRepository<E> repository();

    protected abstract E newReport();

    /** Copies the input into the report, resolving its unit; 400 for anything invalid. */
    protected abstract void apply(E report, I input);

    /** 409 when the report would count what another report or a detailed record already counts. */
    protected abstract void requireNotCountedTwice(E report);

    protected abstract V toView(E report);

    @Transactional(Transactional.TxType.SUPPORTS)
    public V get(long id) {
        return toView(readable(id));
    }

    @Transactional
    public V create(I input) {
        E report = newReport();
        apply(report, input);
        caller.requireWrite(report.provinceCode, report.communeCode);
        requireNotCountedTwice(report);
        report.touch(Instant.now());
        repository().persist(report);
        repository().flush();
        V created = toView(report);
        auditTrail.record(AuditAction.CREATE, resource(), report.id, report.provinceCode, report.communeCode,
                AuditDiff.between(json, null, created, Set.of(), NOT_AUDITED));
        return created;
    }

    @Transactional
    public V update(long id, String ifMatch, I input) {
        E report = readable(id);
        // The caller can read it, so the precondition comes first: a stale or missing If-Match says nothing new.
        Preconditions.requireIfMatch(ifMatch, report.version);
        caller.requireWrite(report.provinceCode, report.communeCode);
        V before = toView(report);
        apply(report, input);
        caller.requireWrite(report.provinceCode, report.communeCode);
        // Stamped before the rule's queries, which flush the change: one flush, one version step.
        report.touch(Instant.now());
        requireNotCountedTwice(report);
        repository().flush();
        V after = toView(report);
        auditTrail.record(AuditAction.UPDATE, resource(), id, report.provinceCode, report.communeCode,
                AuditDiff.between(json, before, after, Set.of(), NOT_AUDITED));
        return after;
    }

    /** Removes a report recorded in error; syncing clients learn of it through the tombstone. */
    @Transactional
    public void delete(long id, String ifMatch) {
        E report = readable(id);
        Preconditions.requireIfMatch(ifMatch, report.version);
        caller.requireWrite(report.provinceCode, report.communeCode);
        auditTrail.record(AuditAction.DELETE, resource(), id, report.provinceCode, report.communeCode,
                AuditDiff.between(json, toView(report), null, Set.of(), NOT_AUDITED));
        // Scoped like reads (province only), so every caller who could see the report learns of its deletion.
        tombstones.record(resource(), String.valueOf(id), report.provinceCode, null);
        repository().delete(report);
    }

    /** Reports changed or deleted since the client's last sync, within the caller's province. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeltaPage<V> changes(DeltaRequest request) {
        ScopeFilter scope = new ScopeFilter(caller.recordFilter().provinceCode(), null);
        return deltaSync.page(DeltaSource.of(type(), resource()).withoutCommune(), request, scope, this::toView);
    }

    /** The province the caller's listings are restricted to; null: every province. */
    protected String scopeProvince() {
        return caller.recordFilter().provinceCode();
    }

    /** Whether a listing filtered by this province lies outside the caller's scope (and is empty). */
    protected boolean outsideScope(String requestedProvince) {
        String scope = scopeProvince();
        return scope != null && requestedProvince != null && !scope.equals(requestedProvince);
    }

    /** A report the caller may not read is reported exactly like a missing one. */
    protected E readable(long id) {
        E report = repository().findById(id);
        if (report == null || !caller.canReadProvince(report.provinceCode)) {
            throw CallerScope.notFound(resource(), id);
        }
        return report;
    }
}
