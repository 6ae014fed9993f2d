package vn.gov.antq.staffing.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

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
import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.commons.units.LegacyProvince;
import vn.gov.antq.commons.units.Province;
import vn.gov.antq.staffing.model.RegularPoliceTally;
import vn.gov.antq.staffing.repository.RegularPoliceTallyRepository;
import vn.gov.antq.staffing.repository.TallySearch;

/**
 * Headcounts of the regular commune police as reported on a day, for units whose postings are not recorded: the seed
 * reports' pre-reform figures ("Bình Phước, 31/10/2022: 454 in 90 communes"), or a later report of a unit without
 * postings. Written by the ministry and the officers of the current province the reported unit belongs to (a commune
 * tally also by that commune's officer); read like other tallies: the ministry everywhere, province and commune
 * officers in their province. {@link RegularPoliceDoubleCount} keeps them apart from postings, units and each other.
 */
@ApplicationScoped
public class RegularPoliceTallyService {

    static final String RESOURCE = "regular-police-tally";
    private static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version", "createdAt");
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "asOf", "asOf", "provinceCode", "provinceCode",
            "reportedProvinceCode", "reportedProvinceCode", "updatedAt", "updatedAt");

    @Inject
    RegularPoliceTallyRepository tallies;

    @Inject
    RegularPoliceDoubleCount doubleCount;

    @Inject
    AdministrativeUnits units;

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
    public PageResponse<RegularPoliceTallyView> list(TallySearch search, PageRequest page) {
        String scopeProvince = caller.recordFilter().provinceCode();
        if (scopeProvince != null && search.provinceCode() != null && !scopeProvince.equals(search.provinceCode())) {
            return PageResponse.of(List.of(), page, 0);
        }
        TallySearch scoped = scopeProvince == null ? search : search.withProvince(scopeProvince);
        return PanachePaging.page(tallies.search(scoped, PanachePaging.sort(page, SORTABLE, "asOf", "id")), page, this::toView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RegularPoliceTallyView get(long id) {
        return toView(readable(id));
    }

    @Transactional
    public RegularPoliceTallyView create(RegularPoliceTallyInput input) {
        RegularPoliceTally tally = new RegularPoliceTally();
        apply(tally, input);
        caller.requireWrite(tally.provinceCode, tally.communeCode);
        doubleCount.requireNothingCountedTwice(tally);
        tally.createdAt = Instant.now();
        tally.updatedAt = tally.createdAt;
        tallies.persist(tally);
        tallies.flush();
        RegularPoliceTallyView created = toView(tally);
        auditTrail.record(AuditAction.CREATE, RESOURCE, tally.id, tally.provinceCode, tally.communeCode,
                AuditDiff.between(json, null, created, Set.of(), NOT_AUDITED));
        return created;
    }

    @Transactional
    public RegularPoliceTallyView update(long id, String ifMatch, RegularPoliceTallyInput input) {
        RegularPoliceTally tally = readable(id);
        // The caller can read it, so the precondition comes first: a stale or missing If-Match says nothing new.
        Preconditions.requireIfMatch(ifMatch, tally.version);
        caller.requireWrite(tally.provinceCode, tally.communeCode);
        RegularPoliceTallyView before = toView(tally);
        apply(tally, input);
        caller.requireWrite(tally.provinceCode, tally.communeCode);
        // Stamped before the rule's queries, which flush the change: one flush, one version step.
        tally.updatedAt = Instant.now();
        doubleCount.requireNothingCountedTwice(tally);
        tallies.flush();
        RegularPoliceTallyView after = toView(tally);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, tally.provinceCode, tally.communeCode,
                AuditDiff.between(json, before, after, Set.of(), NOT_AUDITED));
        return after;
    }

    /** Removes a tally recorded in error; syncing clients learn of it through the tombstone. */
    @Transactional
    public void delete(long id, String ifMatch) {
        RegularPoliceTally tally = readable(id);
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
    public DeltaPage<RegularPoliceTallyView> changes(DeltaRequest request) {
        ScopeFilter scope = new ScopeFilter(caller.recordFilter().provinceCode(), null);
        return deltaSync.page(DeltaSource.of(RegularPoliceTally.class, RESOURCE).withoutCommune(), request, scope, this::toView);
    }

    /** A tally the caller may not read is reported exactly like a missing one. */
    private RegularPoliceTally readable(long id) {
        RegularPoliceTally tally = tallies.findById(id);
        if (tally == null || !caller.canReadProvince(tally.provinceCode)) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return tally;
    }

    private void apply(RegularPoliceTally tally, RegularPoliceTallyInput input) {
        if (input.asOf().isBefore(SemiProfessionalTallyService.EARLIEST)) {
            throw ProblemException.invalidField("asOf", "must be on or after " + SemiProfessionalTallyService.EARLIEST);
        }
        if (input.communeCode() != null && input.communesWithRegularPolice() != null && input.communesWithRegularPolice() > 1) {
            throw ProblemException.invalidField("communesWithRegularPolice", "a commune tally counts one commune: 0 or 1");
        }
        ReportingUnit unit = communes.requireReportingUnit(input.provinceCode(), input.communeCode(), input.asOf(), input.asOf());
        tally.reportedProvinceCode = unit.reportedProvinceCode();
        tally.provinceCode = unit.provinceCode();
        tally.reportedCommuneCode = unit.reportedCommuneCode();
        tally.communeCode = unit.communeCode();
        tally.asOf = input.asOf();
        tally.communesWithRegularPolice = input.communesWithRegularPolice();
        tally.chiefs = input.chiefs();
        tally.deputies = input.deputies();
        tally.officers = input.officers();
        tally.sourceDocument = StaffingText.name(input.sourceDocument());
        tally.notes = StaffingText.blankToNull(input.notes());
    }

    RegularPoliceTallyView toView(RegularPoliceTally tally) {
        String reportedName = tally.asOf.isBefore(AdministrativeUnits.REFORM_DATE)
                ? units.legacyProvince(tally.reportedProvinceCode).map(LegacyProvince::name).orElse(null)
                : units.currentProvince(tally.reportedProvinceCode).map(Province::name).orElse(null);
        return new RegularPoliceTallyView(tally.id, tally.reportedProvinceCode, reportedName, tally.provinceCode,
                units.currentProvince(tally.provinceCode).map(Province::name).orElse(null), tally.reportedCommuneCode, tally.communeCode,
                tally.asOf, tally.communesWithRegularPolice, tally.chiefs, tally.deputies, tally.officers, tally.total(), tally.sourceDocument,
                tally.notes, tally.createdAt, tally.updatedAt, tally.version);
    }
}
