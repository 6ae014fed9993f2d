package vn.gov.antq.staffing.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.antq.commons.audit.AuditAction;
import vn.gov.antq.commons.audit.AuditDiff;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.communes.Commune;
import vn.gov.antq.commons.communes.CommuneRegistry;
import vn.gov.antq.commons.communes.CommuneResolution;
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
import vn.gov.antq.staffing.model.PoliceUnit;
import vn.gov.antq.staffing.repository.PoliceUnitRepository;
import vn.gov.antq.staffing.repository.PoliceUnitSearch;
import vn.gov.antq.staffing.repository.PostingRepository;

/**
 * Commune police units are commune-level records: the ministry writes any, a province officer those of its province,
 * a commune officer its own commune's; readers see them as their record scope allows (partner systems read none, only
 * the staffing figures).
 *
 * <p>A unit belongs to a <em>current</em> commune in force today (units are organised on the map since the 2025-07-01
 * reform), one unit per commune, checked before writing and, for two writers racing past the check, by the unique
 * index. The commune cannot change once recorded (commune-scoped sync clients could not learn that the unit left them);
 * a unit filed under the wrong commune is deleted and recorded again, which is refused while postings refer to it.
 * A unit may not be regular on the day of a regular-police tally of its province or commune that reports communes with
 * regular police ({@link RegularPoliceDoubleCount}).
 */
@ApplicationScoped
public class PoliceUnitService {

    static final String RESOURCE = "police-unit";
    static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version", "createdAt", "communeName");
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "communeCode", "communeCode",
            "provinceCode", "provinceCode", "regularSince", "regularSince", "updatedAt", "updatedAt");

    @Inject
    PoliceUnitRepository units;

    @Inject
    PostingRepository postings;

    @Inject
    RegularPoliceDoubleCount doubleCount;

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
    public PageResponse<PoliceUnitView> list(PoliceUnitSearch search, PageRequest page) {
        ScopeFilter scope = caller.recordFilter();
        if (search.outside(scope)) {
            return PageResponse.of(List.of(), page, 0);
        }
        PoliceUnitSearch scoped = search.within(scope);
        if (scoped.regular() != null && scoped.asOf() == null) {
            scoped = new PoliceUnitSearch(scoped.provinceCode(), scoped.communeCode(), scoped.regular(), CommuneRegistry.today(), scoped.text());
        }
        return PanachePaging.page(units.search(scoped, PanachePaging.sort(page, SORTABLE, "communeCode", "id")), page,
                PoliceUnitService::toView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PoliceUnitView get(long id) {
        return toView(readable(id));
    }

    @Transactional
    public PoliceUnitView create(PoliceUnitInput input) {
        CommuneResolution commune = communes.requireCommune("communeCode", input.communeCode(), null, CommuneRegistry.today());
        String phone = VietnamesePhone.normalise("phone", input.phone());
        caller.requireWrite(commune.provinceCode(), input.communeCode());
        units.ofCommune(input.communeCode()).ifPresent(existing -> {
            throw duplicate(input.communeCode(), existing.id);
        });
        PoliceUnit unit = new PoliceUnit();
        unit.provinceCode = commune.provinceCode();
        unit.communeCode = input.communeCode();
        unit.createdAt = Instant.now();
        apply(unit, input, phone);
        // The association is read-only (written through communeCode): attach the registry's commune for its validity and the view.
        unit.commune = units.getEntityManager().find(Commune.class, unit.communeCode);
        doubleCount.requireUnitNotTallied(unit);
        try {
            units.persistAndFlush(unit);
        } catch (PersistenceException e) {
            if (DatabaseConstraints.violated(e, PoliceUnitRepository.ONE_PER_COMMUNE)) {
                throw duplicate(input.communeCode(), null);
            }
            throw e;
        }
        PoliceUnitView created = toView(unit);
        auditTrail.record(AuditAction.CREATE, RESOURCE, unit.id, unit.provinceCode, unit.communeCode,
                AuditDiff.between(json, null, created, Set.of(), NOT_AUDITED));
        return created;
    }

    @Transactional
    public PoliceUnitView update(long id, String ifMatch, PoliceUnitInput input) {
        PoliceUnit unit = readable(id);
        caller.requireWrite(unit.provinceCode, unit.communeCode);
        Preconditions.requireIfMatch(ifMatch, unit.version);
        if (!unit.communeCode.equals(input.communeCode())) {
            throw ProblemException.invalidField("communeCode", "a unit's commune cannot change (it is " + unit.communeCode
                    + "); delete the unit and record it again under the right commune");
        }
        String phone = VietnamesePhone.normalise("phone", input.phone());
        PoliceUnitView before = toView(unit);
        apply(unit, input, phone);
        doubleCount.requireUnitNotTallied(unit);
        units.flush();
        PoliceUnitView after = toView(unit);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, unit.provinceCode, unit.communeCode,
                AuditDiff.between(json, before, after, Set.of(), NOT_AUDITED));
        return after;
    }

    /** Removes a unit recorded in error; refused while postings refer to it (they are its staffing history). */
    @Transactional
    public void delete(long id, String ifMatch) {
        PoliceUnit unit = readable(id);
        caller.requireWrite(unit.provinceCode, unit.communeCode);
        Preconditions.requireIfMatch(ifMatch, unit.version);
        if (postings.anyOfUnit(id)) {
            throw hasPostings(id);
        }
        auditTrail.record(AuditAction.DELETE, RESOURCE, id, unit.provinceCode, unit.communeCode,
                AuditDiff.between(json, toView(unit), null, Set.of(), NOT_AUDITED));
        tombstones.record(RESOURCE, String.valueOf(id), unit.provinceCode, unit.communeCode);
        try {
            units.delete(unit);
            units.flush();
        } catch (PersistenceException e) {
            // A posting committed between the check and this delete.
            if (DatabaseConstraints.violated(e, "police_posting_police_unit_id_fkey")) {
                throw hasPostings(id);
            }
            throw e;
        }
    }

    /** Units changed or deleted since the client's last sync, within the caller's province or commune. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeltaPage<PoliceUnitView> changes(DeltaRequest request) {
        return deltaSync.page(DeltaSource.of(PoliceUnit.class, RESOURCE), request, caller.recordFilter(), PoliceUnitService::toView);
    }

    /** A unit the caller may not read as a record (another province, or for a commune officer another commune) reads as missing. */
    PoliceUnit readable(long id) {
        PoliceUnit unit = units.findById(id);
        if (unit == null || !caller.canRead(unit.provinceCode, unit.communeCode)) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return unit;
    }

    private static ProblemException duplicate(String communeCode, Long existingId) {
        return ProblemException.conflict("Commune " + communeCode + " already has its police unit"
                + (existingId == null ? "" : " (police unit " + existingId + ")") + "; there is one unit per commune: change that one instead");
    }

    private static ProblemException hasPostings(long id) {
        return ProblemException.conflict("Police unit " + id + " has postings, which are its staffing history; "
                + "delete the postings recorded in error first");
    }

    private static void apply(PoliceUnit unit, PoliceUnitInput input, String phone) {
        unit.name = StaffingText.nfc(input.name());
        unit.address = StaffingText.nfc(input.address());
        unit.phone = phone;
        unit.regularSince = input.regularSince();
        unit.notes = StaffingText.blankToNull(input.notes());
        unit.updatedAt = Instant.now();
    }

    static PoliceUnitView toView(PoliceUnit unit) {
        return new PoliceUnitView(unit.id, unit.provinceCode, unit.communeCode, unit.commune == null ? null : unit.commune.name,
                unit.name, unit.address, unit.phone, unit.regularSince, unit.notes, unit.createdAt, unit.updatedAt, unit.version);
    }
}
