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

import vn.gov.antq.activities.model.WeaponHandoverTally;
import vn.gov.antq.activities.model.WeaponQuantities;
import vn.gov.antq.activities.repository.WeaponHandoverTallyRepository;
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
 * Handover tallies: what a province or commune reported as handed over or seized in a period. Written by the ministry
 * and the officers of the current province the reported unit belongs to (a commune tally also by that commune's
 * officer), read by the ministry everywhere and by province and commune officers in their province, as activity
 * tallies. Every write goes through {@link WeaponHandoverDoubleCountRule}.
 */
@ApplicationScoped
public class WeaponHandoverTallyService {

    static final String RESOURCE = "weapon-handover-tally";
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "periodFrom", "periodFrom", "periodTo", "periodTo",
            "provinceCode", "provinceCode", "reportedProvinceCode", "reportedProvinceCode", "updatedAt", "updatedAt");
    private static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version", "createdAt");

    @Inject
    WeaponHandoverTallyRepository tallies;

    @Inject
    WeaponHandoverDoubleCountRule doubleCountRule;

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
    public PageResponse<WeaponHandoverTallyView> list(String province, String reportedProvince, String commune, LocalDate from, LocalDate to,
            PageRequest page) {
        String scopeProvince = caller.recordFilter().provinceCode();
        if (scopeProvince != null && province != null && !scopeProvince.equals(province)) {
            return PageResponse.of(List.of(), page, 0);
        }
        return PanachePaging.page(tallies.search(scopeProvince == null ? province : scopeProvince, reportedProvince, commune, from, to,
                PanachePaging.sort(page, SORTABLE, "id", "id")), page, WeaponHandoverTallyService::toView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WeaponHandoverTallyView get(long id) {
        return toView(readable(id));
    }

    @Transactional
    public WeaponHandoverTallyView create(WeaponHandoverTallyInput input) {
        WeaponHandoverTally tally = new WeaponHandoverTally();
        apply(tally, input);
        caller.requireWrite(tally.provinceCode, tally.communeCode);
        doubleCountRule.requireNothingCoveredTwice(tally);
        tally.createdAt = Instant.now();
        tally.updatedAt = tally.createdAt;
        tallies.persist(tally);
        tallies.flush();
        WeaponHandoverTallyView created = toView(tally);
        auditTrail.record(AuditAction.CREATE, RESOURCE, tally.id, tally.provinceCode, tally.communeCode,
                AuditDiff.between(json, null, created, Set.of(), NOT_AUDITED));
        return created;
    }

    @Transactional
    public WeaponHandoverTallyView update(long id, String ifMatch, WeaponHandoverTallyInput input) {
        WeaponHandoverTally tally = readable(id);
        // The caller can read it, so the precondition comes first: a stale or missing If-Match says nothing new.
        Preconditions.requireIfMatch(ifMatch, tally.version);
        caller.requireWrite(tally.provinceCode, tally.communeCode);
        WeaponHandoverTallyView before = toView(tally);
        apply(tally, input);
        caller.requireWrite(tally.provinceCode, tally.communeCode);
        // Stamped before the rule's queries, which flush the change: one flush, one version step.
        tally.updatedAt = Instant.now();
        doubleCountRule.requireNothingCoveredTwice(tally);
        tallies.flush();
        WeaponHandoverTallyView after = toView(tally);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, tally.provinceCode, tally.communeCode,
                AuditDiff.between(json, before, after, Set.of(), NOT_AUDITED));
        return after;
    }

    /** Removes a tally recorded in error; syncing clients learn of it through the tombstone. */
    @Transactional
    public void delete(long id, String ifMatch) {
        WeaponHandoverTally tally = readable(id);
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
    public DeltaPage<WeaponHandoverTallyView> changes(DeltaRequest request) {
        ScopeFilter scope = new ScopeFilter(caller.recordFilter().provinceCode(), null);
        return deltaSync.page(DeltaSource.of(WeaponHandoverTally.class, RESOURCE).withoutCommune(), request, scope,
                WeaponHandoverTallyService::toView);
    }

    /** A tally the caller may not read is reported exactly like a missing one. */
    private WeaponHandoverTally readable(long id) {
        WeaponHandoverTally tally = tallies.findById(id);
        if (tally == null || !caller.canReadProvince(tally.provinceCode)) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return tally;
    }

    private void apply(WeaponHandoverTally tally, WeaponHandoverTallyInput input) {
        if (input.periodFrom().isAfter(input.periodTo())) {
            throw ProblemException.invalidField("periodFrom", "must not be after periodTo (" + input.periodTo() + ")");
        }
        if (Stream.of(input.guns(), input.primitiveWeapons(), input.bombsMinesGrenades(), input.rounds(), input.explosivesKg(),
                input.detonators(), input.supportTools(), input.dangerousToys(), input.firecrackersKg()).allMatch(q -> q == null)) {
            throw ProblemException.invalidField("guns", "give at least one of guns, primitiveWeapons, bombsMinesGrenades, rounds, "
                    + "explosivesKg, detonators, supportTools, dangerousToys, firecrackersKg");
        }
        ReportingUnit unit = communes.requireReportingUnit(input.provinceCode(), input.communeCode(), input.periodFrom(), input.periodTo());
        tally.reportedProvinceCode = unit.reportedProvinceCode();
        tally.provinceCode = unit.provinceCode();
        tally.reportedCommuneCode = unit.reportedCommuneCode();
        tally.communeCode = unit.communeCode();
        tally.periodFrom = input.periodFrom();
        tally.periodTo = input.periodTo();
        WeaponQuantities figures = tally.figures();
        figures.guns = input.guns();
        figures.primitiveWeapons = input.primitiveWeapons();
        figures.bombsMinesGrenades = input.bombsMinesGrenades();
        figures.rounds = input.rounds();
        figures.explosivesKg = input.explosivesKg() == null ? null : input.explosivesKg().setScale(WeaponQuantities.KG_SCALE);
        figures.detonators = input.detonators();
        figures.supportTools = input.supportTools();
        figures.dangerousToys = input.dangerousToys();
        figures.firecrackersKg = input.firecrackersKg() == null ? null : input.firecrackersKg().setScale(WeaponQuantities.KG_SCALE);
        tally.sourceDocument = input.sourceDocument().trim();
        tally.notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().trim();
    }

    static WeaponHandoverTallyView toView(WeaponHandoverTally tally) {
        WeaponQuantities f = tally.figures();
        return new WeaponHandoverTallyView(tally.id, tally.reportedProvinceCode, tally.provinceCode, tally.reportedCommuneCode,
                tally.communeCode, tally.periodFrom, tally.periodTo, f.guns, f.primitiveWeapons, f.bombsMinesGrenades, f.rounds,
                WeaponHandoverService.plain(f.explosivesKg), f.detonators, f.supportTools, f.dangerousToys,
                WeaponHandoverService.plain(f.firecrackersKg), tally.sourceDocument, tally.notes, tally.createdAt, tally.updatedAt,
                tally.version);
    }
}
