package vn.gov.antq.activities.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.antq.activities.model.TipTally;
import vn.gov.antq.activities.repository.TipTallyRepository;
import vn.gov.antq.commons.audit.AuditAction;
import vn.gov.antq.commons.audit.AuditDiff;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.communes.CommuneRegistry;
import vn.gov.antq.commons.communes.ReportingUnit;
import vn.gov.antq.commons.concurrency.Preconditions;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.paging.PanachePaging;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.commons.security.ScopeFilter;
import vn.gov.antq.commons.sync.DeltaPage;
import vn.gov.antq.commons.sync.DeltaRequest;
import vn.gov.antq.commons.sync.DeltaSource;
import vn.gov.antq.commons.sync.DeltaSync;
import vn.gov.antq.commons.sync.Tombstones;

/**
 * Tip tallies: the tips and outcomes a province or commune reported for a period that has ended. Written by the
 * ministry and the officers of the current province the reported unit belongs to (a commune tally also by that
 * commune's officer), read by the ministry everywhere and by province and commune officers in their province, as
 * activity tallies: totals hold no tipster, so investigators need them no more than analysts do. Every write goes
 * through {@link TipDoubleCountRule}.
 */
@ApplicationScoped
public class TipTallyService {

    static final String RESOURCE = "tip-tally";
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "periodFrom", "periodFrom", "periodTo", "periodTo",
            "provinceCode", "provinceCode", "reportedProvinceCode", "reportedProvinceCode", "updatedAt", "updatedAt");
    private static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version", "createdAt");

    @Inject
    TipTallyRepository tallies;

    @Inject
    TipDoubleCountRule doubleCountRule;

    @Inject
    CommuneRegistry communes;

    @Inject
    CallerScope caller;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ObjectMapper json;

    @Inject
    Tombstones tombstones;

    @Inject
    DeltaSync deltaSync;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<TipTallyView> list(String province, String reportedProvince, String commune, LocalDate from, LocalDate to,
            PageRequest page) {
        String scopeProvince = caller.recordFilter().provinceCode();
        if (scopeProvince != null && province != null && !scopeProvince.equals(province)) {
            return PageResponse.of(List.of(), page, 0);
        }
        return PanachePaging.page(tallies.search(scopeProvince == null ? province : scopeProvince, reportedProvince, commune, from, to,
                PanachePaging.sort(page, SORTABLE, "id", "id")), page, TipTallyService::toView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TipTallyView get(long id) {
        return toView(readable(id));
    }

    @Transactional
    public TipTallyView create(TipTallyInput input) {
        TipTally tally = new TipTally();
        apply(tally, input);
        caller.requireWrite(tally.provinceCode, tally.communeCode);
        doubleCountRule.requireNothingCoveredTwice(tally);
        tally.createdAt = Instant.now();
        tally.updatedAt = tally.createdAt;
        tallies.persist(tally);
        tallies.flush();
        TipTallyView created = toView(tally);
        auditTrail.record(AuditAction.CREATE, RESOURCE, tally.id, tally.provinceCode, tally.communeCode,
                AuditDiff.between(json, null, created, Set.of(), NOT_AUDITED));
        return created;
    }

    @Transactional
    public TipTallyView update(long id, String ifMatch, TipTallyInput input) {
        TipTally tally = readable(id);
        // The caller can read it, so the precondition comes first: a stale or missing If-Match says nothing new.
        Preconditions.requireIfMatch(ifMatch, tally.version);
        caller.requireWrite(tally.provinceCode, tally.communeCode);
        TipTallyView before = toView(tally);
        apply(tally, input);
        caller.requireWrite(tally.provinceCode, tally.communeCode);
        // Stamped before the rule's queries, which flush the change: one flush, one version step.
        tally.updatedAt = Instant.now();
        doubleCountRule.requireNothingCoveredTwice(tally);
        tallies.flush();
        TipTallyView after = toView(tally);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, tally.provinceCode, tally.communeCode,
                AuditDiff.between(json, before, after, Set.of(), NOT_AUDITED));
        return after;
    }

    /** Removes a tally recorded in error; syncing clients learn of it through the tombstone. */
    @Transactional
    public void delete(long id, String ifMatch) {
        TipTally tally = readable(id);
        Preconditions.requireIfMatch(ifMatch, tally.version);
        caller.requireWrite(tally.provinceCode, tally.communeCode);
        auditTrail.record(AuditAction.DELETE, RESOURCE, id, tally.provinceCode, tally.communeCode,
                AuditDiff.between(json, toView(tally), null, Set.of(), NOT_AUDITED));
        // Scoped like reads (province only), so every caller who could see the tally learns of its deletion.
        tombstones.record(RESOURCE, String.valueOf(id), tally.provinceCode, null);
        tallies.delete(tally);
    }

    /** Tallies changed or deleted since the client's last sync, within the caller's province. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeltaPage<TipTallyView> changes(DeltaRequest request) {
        ScopeFilter scope = new ScopeFilter(caller.recordFilter().provinceCode(), null);
        return deltaSync.page(DeltaSource.of(TipTally.class, RESOURCE).withoutCommune(), request, scope,
                TipTallyService::toView);
    }

    /** A tally the caller may not read is reported exactly like a missing one. */
    private TipTally readable(long id) {
        TipTally tally = tallies.findById(id);
        if (tally == null || !caller.canReadProvince(tally.provinceCode)) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return tally;
    }

    private void apply(TipTally tally, TipTallyInput input) {
        if (input.periodFrom().isAfter(input.periodTo())) {
            throw ProblemException.invalidField("periodFrom", "must not be after periodTo (" + input.periodTo() + ")");
        }
        if (Stream.of(input.received(), input.valuable(), input.casesSolved(), input.suspectsArrested(), input.wantedCaught(),
                input.wantedSurrendered(), input.wantedCaughtOrSurrendered()).allMatch(count -> count == null)) {
            throw ProblemException.invalidField("received", "give at least one of received, valuable, casesSolved, suspectsArrested, "
                    + "wantedCaught, wantedSurrendered, wantedCaughtOrSurrendered");
        }
        // Vietnam's today, whatever the server's zone: a citizen's tip received today must never fall into a tally.
        if (!input.periodTo().isBefore(CommuneRegistry.today())) {
            throw ProblemException.invalidField("periodTo", "must be before today (" + CommuneRegistry.today()
                    + "): a tally reports a period that has ended, and tips still arriving would fall into it");
        }
        if (input.received() != null && input.valuable() != null && input.valuable() > input.received()) {
            throw ProblemException.invalidField("valuable", "cannot exceed the tips received (" + input.received() + ")");
        }
        if (input.wantedCaughtOrSurrendered() != null && (input.wantedCaught() != null || input.wantedSurrendered() != null)) {
            throw ProblemException.invalidField("wantedCaughtOrSurrendered", "give either the combined figure or wantedCaught and "
                    + "wantedSurrendered, not both");
        }
        ReportingUnit unit = communes.requireReportingUnit(input.provinceCode(), input.communeCode(), input.periodFrom(), input.periodTo());
        tally.reportedProvinceCode = unit.reportedProvinceCode();
        tally.provinceCode = unit.provinceCode();
        tally.reportedCommuneCode = unit.reportedCommuneCode();
        tally.communeCode = unit.communeCode();
        tally.periodFrom = input.periodFrom();
        tally.periodTo = input.periodTo();
        tally.received = input.received();
        tally.valuable = input.valuable();
        tally.casesSolved = input.casesSolved();
        tally.suspectsArrested = input.suspectsArrested();
        tally.wantedCaught = input.wantedCaught();
        tally.wantedSurrendered = input.wantedSurrendered();
        tally.wantedCaughtOrSurrendered = input.wantedCaughtOrSurrendered();
        tally.sourceDocument = input.sourceDocument().trim();
        tally.notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().trim();
    }

    static TipTallyView toView(TipTally tally) {
        return new TipTallyView(tally.id, tally.reportedProvinceCode, tally.provinceCode, tally.reportedCommuneCode, tally.communeCode,
                tally.periodFrom, tally.periodTo, tally.received, tally.valuable, tally.casesSolved, tally.suspectsArrested,
                tally.wantedCaught, tally.wantedSurrendered, tally.wantedCaughtOrSurrendered, tally.sourceDocument, tally.notes,
                tally.createdAt, tally.updatedAt, tally.version);
    }
}
