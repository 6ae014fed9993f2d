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

import vn.gov.antq.activities.model.ActivityForm;
import vn.gov.antq.activities.model.ActivityTally;
import vn.gov.antq.activities.repository.ActivityTallyRepository;
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
 * Activity tallies: what a province or commune reported as totals for a period. Written by the ministry and by the
 * officers of the current province the reported unit belongs to (a commune tally also by that commune's officer), read
 * like reports: the ministry everywhere, province and commune officers in their province. Every write goes through
 * {@link ActivityDoubleCountRule}.
 */
@ApplicationScoped
public class ActivityTallyService {

    static final String RESOURCE = "activity-tally";
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "periodFrom", "periodFrom", "periodTo", "periodTo",
            "provinceCode", "provinceCode", "reportedProvinceCode", "reportedProvinceCode", "updatedAt", "updatedAt");
    private static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version", "createdAt");

    @Inject
    ActivityTallyRepository tallies;

    @Inject
    ActivityDoubleCountRule doubleCountRule;

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
    public PageResponse<ActivityTallyView> list(String province, String commune, ActivityForm form, LocalDate from,
            LocalDate to, PageRequest page) {
        String scopeProvince = caller.recordFilter().provinceCode();
        if (scopeProvince != null && province != null && !scopeProvince.equals(province)) {
            return PageResponse.of(List.of(), page, 0);
        }
        return PanachePaging.page(tallies.search(scopeProvince == null ? province : scopeProvince, commune, form, from, to,
                PanachePaging.sort(page, SORTABLE, "id", "id")), page, ActivityTallyService::toView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActivityTallyView get(long id) {
        return toView(readable(id));
    }

    @Transactional
    public ActivityTallyView create(ActivityTallyInput input) {
        ActivityTally tally = new ActivityTally();
        apply(tally, input);
        caller.requireWrite(tally.provinceCode, tally.communeCode);
        doubleCountRule.requireNothingCoveredTwice(tally);
        tally.createdAt = Instant.now();
        tally.updatedAt = tally.createdAt;
        tallies.persist(tally);
        tallies.flush();
        ActivityTallyView created = toView(tally);
        auditTrail.record(AuditAction.CREATE, RESOURCE, tally.id, tally.provinceCode, tally.communeCode,
                AuditDiff.between(json, null, created, Set.of(), NOT_AUDITED));
        return created;
    }

    @Transactional
    public ActivityTallyView update(long id, String ifMatch, ActivityTallyInput input) {
        ActivityTally tally = readable(id);
        // The caller can read it, so the precondition comes first: a stale or missing If-Match says nothing new.
        Preconditions.requireIfMatch(ifMatch, tally.version);
        caller.requireWrite(tally.provinceCode, tally.communeCode);
        ActivityTallyView before = toView(tally);
        apply(tally, input);
        caller.requireWrite(tally.provinceCode, tally.communeCode);
        // Stamped before the rule's queries, which flush the change: one flush, one version step.
        tally.updatedAt = Instant.now();
        doubleCountRule.requireNothingCoveredTwice(tally);
        tallies.flush();
        ActivityTallyView after = toView(tally);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, tally.provinceCode, tally.communeCode,
                AuditDiff.between(json, before, after, Set.of(), NOT_AUDITED));
        return after;
    }

    /** Removes a tally recorded in error; syncing clients learn of it through the tombstone. */
    @Transactional
    public void delete(long id, String ifMatch) {
        ActivityTally tally = readable(id);
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
    public DeltaPage<ActivityTallyView> changes(DeltaRequest request) {
        ScopeFilter scope = new ScopeFilter(caller.recordFilter().provinceCode(), null);
        return deltaSync.page(DeltaSource.of(ActivityTally.class, RESOURCE).withoutCommune(), request, scope, ActivityTallyService::toView);
    }

    /** A tally the caller may not read is reported exactly like a missing one. */
    private ActivityTally readable(long id) {
        ActivityTally tally = tallies.findById(id);
        if (tally == null || !caller.canReadProvince(tally.provinceCode)) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return tally;
    }

    private void apply(ActivityTally tally, ActivityTallyInput input) {
        if (input.periodFrom().isAfter(input.periodTo())) {
            throw ProblemException.invalidField("periodFrom", "must not be after periodTo (" + input.periodTo() + ")");
        }
        if (Stream.of(input.activities(), input.participants(), input.sessions(), input.leaflets(), input.booklets(), input.bannersSlogans(),
                input.panelsPosters(), input.bannersSlogansPanelsPosters(), input.broadcastMinutes(), input.screeningHours())
                .allMatch(count -> count == null)) {
            throw ProblemException.invalidField("activities", "give at least one of activities, participants, sessions, leaflets, booklets, "
                    + "bannersSlogans, panelsPosters, bannersSlogansPanelsPosters, broadcastMinutes, screeningHours");
        }
        if (input.bannersSlogansPanelsPosters() != null && (input.bannersSlogans() != null || input.panelsPosters() != null)) {
            throw ProblemException.invalidField("bannersSlogansPanelsPosters", "give either the combined figure or bannersSlogans and "
                    + "panelsPosters, not both");
        }
        ReportingUnit unit = communes.requireReportingUnit(input.provinceCode(), input.communeCode(), input.periodFrom(), input.periodTo());
        tally.reportedProvinceCode = unit.reportedProvinceCode();
        tally.provinceCode = unit.provinceCode();
        tally.reportedCommuneCode = unit.reportedCommuneCode();
        tally.communeCode = unit.communeCode();
        tally.form = input.form();
        tally.periodFrom = input.periodFrom();
        tally.periodTo = input.periodTo();
        tally.activities = input.activities();
        tally.participants = input.participants();
        tally.sessions = input.sessions();
        tally.leaflets = input.leaflets();
        tally.booklets = input.booklets();
        tally.bannersSlogans = input.bannersSlogans();
        tally.panelsPosters = input.panelsPosters();
        tally.bannersSlogansPanelsPosters = input.bannersSlogansPanelsPosters();
        tally.broadcastMinutes = input.broadcastMinutes();
        // One decimal, as stored: 5693 and 5693.0 are the same figure in views and audit diffs.
        tally.screeningHours = input.screeningHours() == null ? null : input.screeningHours().setScale(1);
        tally.sourceDocument = input.sourceDocument().trim();
        tally.notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().trim();
    }

    static ActivityTallyView toView(ActivityTally tally) {
        return new ActivityTallyView(tally.id, tally.reportedProvinceCode, tally.provinceCode, tally.reportedCommuneCode, tally.communeCode,
                tally.form, tally.periodFrom, tally.periodTo, tally.activities, tally.participants, tally.sessions, tally.leaflets, tally.booklets,
                tally.bannersSlogans, tally.panelsPosters, tally.bannersSlogansPanelsPosters, tally.broadcastMinutes, tally.screeningHours,
                tally.sourceDocument, tally.notes,
                tally.createdAt, tally.updatedAt, tally.version);
    }
}
