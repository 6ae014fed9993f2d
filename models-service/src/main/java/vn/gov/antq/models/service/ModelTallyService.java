package vn.gov.antq.models.service;

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
import vn.gov.antq.models.model.ModelTally;
import vn.gov.antq.models.model.ModelType;
import vn.gov.antq.models.repository.ModelTallyRepository;
import vn.gov.antq.models.repository.ModelTallySearch;
import vn.gov.antq.models.repository.ModelTypeRepository;

/**
 * Tallies: what a province or commune reported as totals for a period. They are written by the ministry and by the
 * officers of the current province the reported unit belongs to (a commune tally also by that commune's officer),
 * and read like models: the ministry everywhere, province and commune officers in their province. Every write goes
 * through {@link DoubleCountRule}.
 */
@ApplicationScoped
public class ModelTallyService {

    static final String RESOURCE = "model-tally";
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "periodFrom", "periodFrom", "periodTo", "periodTo",
            "provinceCode", "provinceCode", "reportedProvinceCode", "reportedProvinceCode", "updatedAt", "updatedAt");
    private static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version", "createdAt");

    @Inject
    ModelTallyRepository tallies;

    @Inject
    ModelTypeRepository types;

    @Inject
    DoubleCountRule doubleCountRule;

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
    public PageResponse<TallyView> list(ModelTallySearch search, PageRequest page) {
        String scopeProvince = caller.recordFilter().provinceCode();
        if (scopeProvince != null && search.provinceCode() != null && !scopeProvince.equals(search.provinceCode())) {
            return PageResponse.of(List.of(), page, 0);
        }
        ModelTallySearch scoped = scopeProvince == null ? search
                : new ModelTallySearch(scopeProvince, search.reportedProvinceCode(), search.communeCode(), search.typeCode(), search.from(),
                        search.to());
        return PanachePaging.page(tallies.search(scoped, PanachePaging.sort(page, SORTABLE, "id", "id")), page, this::toView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TallyView get(long id) {
        return toView(readable(id));
    }

    @Transactional
    public TallyView create(TallyInput input) {
        ModelTally tally = new ModelTally();
        apply(tally, input);
        caller.requireWrite(tally.provinceCode, tally.communeCode);
        doubleCountRule.requireNothingCoveredTwice(tally);
        tally.createdAt = Instant.now();
        tally.updatedAt = tally.createdAt;
        tallies.persist(tally);
        tallies.flush();
        TallyView created = toView(tally);
        auditTrail.record(AuditAction.CREATE, RESOURCE, tally.id, tally.provinceCode, tally.communeCode,
                AuditDiff.between(json, null, created, Set.of(), NOT_AUDITED));
        return created;
    }

    @Transactional
    public TallyView update(long id, String ifMatch, TallyInput input) {
        ModelTally tally = readable(id);
        // The caller can read it, so the precondition comes first: a stale or missing If-Match says nothing new.
        Preconditions.requireIfMatch(ifMatch, tally.version);
        caller.requireWrite(tally.provinceCode, tally.communeCode);
        TallyView before = toView(tally);
        apply(tally, input);
        caller.requireWrite(tally.provinceCode, tally.communeCode);
        // Stamped before the rule's queries, which flush the change: one flush, one version step.
        tally.updatedAt = Instant.now();
        doubleCountRule.requireNothingCoveredTwice(tally);
        tallies.flush();
        TallyView after = toView(tally);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, tally.provinceCode, tally.communeCode,
                AuditDiff.between(json, before, after, Set.of(), NOT_AUDITED));
        return after;
    }

    /** Removes a tally recorded in error; syncing clients learn of it through the tombstone. */
    @Transactional
    public void delete(long id, String ifMatch) {
        ModelTally tally = readable(id);
        // The caller can read it, so the precondition comes first: a stale or missing If-Match says nothing new.
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
    public DeltaPage<TallyView> changes(DeltaRequest request) {
        ScopeFilter scope = new ScopeFilter(caller.recordFilter().provinceCode(), null);
        return deltaSync.page(DeltaSource.of(ModelTally.class, RESOURCE).withoutCommune(), request, scope, this::toView);
    }

    /** A tally the caller may not read is reported exactly like a missing one. */
    private ModelTally readable(long id) {
        ModelTally tally = tallies.findById(id);
        if (tally == null || !caller.canReadProvince(tally.provinceCode)) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return tally;
    }

    private void apply(ModelTally tally, TallyInput input) {
        TallyRules.check(input, units);
        ReportingUnit unit = communes.requireReportingUnit(input.provinceCode(), input.communeCode(), input.periodFrom(), input.periodTo());
        tally.type = type(tally, input.typeCode());
        tally.reportedProvinceCode = unit.reportedProvinceCode();
        tally.provinceCode = unit.provinceCode();
        tally.reportedCommuneCode = unit.reportedCommuneCode();
        tally.communeCode = unit.communeCode();
        tally.periodFrom = input.periodFrom();
        tally.periodTo = input.periodTo();
        tally.modelTypes = input.modelTypes();
        tally.models = input.models();
        tally.sites = input.sites();
        tally.teams = input.teams();
        tally.members = input.members();
        tally.cameras = input.cameras();
        tally.sourceDocument = input.sourceDocument().trim();
        tally.notes = ModelTypeService.blankToNull(input.notes());
    }

    private ModelType type(ModelTally tally, String typeCode) {
        if (typeCode == null || typeCode.isBlank()) {
            return null;
        }
        ModelType type = types.findByIdOptional(typeCode).orElseThrow(
                () -> ProblemException.invalidField("typeCode", "unknown model type '" + typeCode + "'"));
        if (!type.active && (tally.type == null || !tally.type.code.equals(type.code))) {
            throw ProblemException.invalidField("typeCode", "model type '" + type.code + "' is retired and cannot be used for new records");
        }
        return type;
    }

    TallyView toView(ModelTally tally) {
        String reportedName = tally.periodTo.isBefore(AdministrativeUnits.REFORM_DATE)
                ? units.legacyProvince(tally.reportedProvinceCode).map(LegacyProvince::name).orElse(null)
                : units.currentProvince(tally.reportedProvinceCode).map(Province::name).orElse(null);
        return new TallyView(tally.id, tally.reportedProvinceCode, reportedName, tally.provinceCode,
                units.currentProvince(tally.provinceCode).map(Province::name).orElse(null), tally.reportedCommuneCode, tally.communeCode,
                tally.type == null ? null : tally.type.code, tally.type == null ? null : tally.type.nameVi, tally.periodFrom, tally.periodTo,
                tally.modelTypes, tally.models, tally.sites, tally.teams, tally.members, tally.cameras, tally.sourceDocument, tally.notes,
                tally.createdAt, tally.updatedAt, tally.version);
    }
}
