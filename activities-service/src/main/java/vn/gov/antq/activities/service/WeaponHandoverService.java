package vn.gov.antq.activities.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.antq.activities.model.Tip;
import vn.gov.antq.activities.model.WeaponCategory;
import vn.gov.antq.activities.model.WeaponHandover;
import vn.gov.antq.activities.model.WeaponQuantities;
import vn.gov.antq.activities.repository.TipRepository;
import vn.gov.antq.activities.repository.WeaponHandoverRepository;
import vn.gov.antq.activities.repository.WeaponHandoverSearch;
import vn.gov.antq.commons.audit.AuditAction;
import vn.gov.antq.commons.audit.AuditDiff;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.communes.CommuneRegistry;
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

/**
 * Handovers are commune-level records (or province-level, without a commune), scoped like propaganda activities: the
 * ministry and the province's officers write them anywhere in the province, a commune officer only in its commune.
 *
 * <p>The commune is read with {@link CommuneRegistry#requireCommune} on the handover day (a pre-reform commune before
 * 2025-07-01). Province and commune cannot change once recorded (scoped sync clients could not learn that a handover
 * left them): one filed under the wrong unit is deleted and recorded again. A linked tip must be one the caller can read,
 * of the same province; any other id is refused with the same words, so the answer says nothing of tips out of scope.
 * A handover a tally already counts is refused ({@link WeaponHandoverDoubleCountRule}).
 */
@ApplicationScoped
public class WeaponHandoverService {

    static final String RESOURCE = "weapon-handover";
    private static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version", "createdAt");
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "handedOverOn", "handedOverOn", "source", "source",
            "provinceCode", "provinceCode", "communeCode", "communeCode", "updatedAt", "updatedAt");

    @Inject
    WeaponHandoverRepository handovers;

    @Inject
    TipRepository tips;

    @Inject
    CommuneRegistry communes;

    @Inject
    AdministrativeUnits units;

    @Inject
    CallerScope caller;

    @Inject
    WeaponHandoverDoubleCountRule doubleCountRule;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ObjectMapper json;

    @Inject
    Tombstones tombstones;

    @Inject
    DeltaSync deltaSync;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<WeaponHandoverView> list(WeaponHandoverSearch search, PageRequest page) {
        ScopeFilter scope = caller.recordFilter();
        if (search.outside(scope)) {
            return PageResponse.of(List.of(), page, 0);
        }
        WeaponHandoverSearch scoped = search.within(scope);
        if (scoped.text() != null) {
            scoped = scoped.withText(PropagandaActivityService.nfc(scoped.text()));
        }
        return PanachePaging.page(handovers.search(scoped, PanachePaging.sort(page, SORTABLE, "handedOverOn,desc", "id")), page,
                WeaponHandoverService::toView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WeaponHandoverView get(long id) {
        return toView(readable(id));
    }

    @Transactional
    public WeaponHandoverView create(WeaponHandoverInput input) {
        if (units.currentProvince(input.provinceCode()).isEmpty()) {
            throw ProblemException.invalidField("provinceCode", "'" + input.provinceCode() + "' is not one of the 34 current provinces"
                    + units.legacyProvince(input.provinceCode()).map(old -> " (" + old.name() + " was merged into " + old.successorCode() + ")")
                            .orElse(""));
        }
        caller.requireWrite(input.provinceCode(), input.communeCode());
        WeaponQuantities items = validate(input);
        requireLinkableTip(input.tipId(), input.provinceCode());
        doubleCountRule.requireNotTallied(input.provinceCode(), input.communeCode(), input.handedOverOn(), items.given());
        WeaponHandover handover = new WeaponHandover();
        handover.provinceCode = input.provinceCode();
        handover.communeCode = input.communeCode();
        handover.createdAt = Instant.now();
        apply(handover, input, items);
        handovers.persist(handover);
        handovers.flush();
        WeaponHandoverView created = toView(handover);
        auditTrail.record(AuditAction.CREATE, RESOURCE, handover.id, handover.provinceCode, handover.communeCode,
                AuditDiff.between(json, null, created, Set.of(), NOT_AUDITED));
        return created;
    }

    @Transactional
    public WeaponHandoverView update(long id, String ifMatch, WeaponHandoverInput input) {
        WeaponHandover handover = readable(id);
        caller.requireWrite(handover.provinceCode, handover.communeCode);
        Preconditions.requireIfMatch(ifMatch, handover.version);
        if (!handover.provinceCode.equals(input.provinceCode())) {
            throw ProblemException.invalidField("provinceCode", "a handover's province cannot change (it is " + handover.provinceCode
                    + "); delete the handover and record it again");
        }
        if (!Objects.equals(handover.communeCode, input.communeCode())) {
            throw ProblemException.invalidField("communeCode", "a handover's commune cannot change (it is "
                    + (handover.communeCode == null ? "none" : handover.communeCode) + "); delete the handover and record it again");
        }
        WeaponQuantities items = validate(input);
        // A kept link stays valid even if the tip has since left this caller's sight; a new one must be readable.
        if (!Objects.equals(handover.tipId, input.tipId())) {
            requireLinkableTip(input.tipId(), handover.provinceCode);
        }
        doubleCountRule.requireNotTallied(handover.provinceCode, handover.communeCode, input.handedOverOn(), items.given());
        WeaponHandoverView before = toView(handover);
        apply(handover, input, items);
        handovers.flush();
        WeaponHandoverView after = toView(handover);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, handover.provinceCode, handover.communeCode,
                AuditDiff.between(json, before, after, Set.of(), NOT_AUDITED));
        return after;
    }

    /** Removes a handover recorded in error; sync clients of its unit learn of it through the tombstone. */
    @Transactional
    public void delete(long id, String ifMatch) {
        WeaponHandover handover = readable(id);
        caller.requireWrite(handover.provinceCode, handover.communeCode);
        Preconditions.requireIfMatch(ifMatch, handover.version);
        auditTrail.record(AuditAction.DELETE, RESOURCE, id, handover.provinceCode, handover.communeCode,
                AuditDiff.between(json, toView(handover), null, Set.of(), NOT_AUDITED));
        tombstones.record(RESOURCE, String.valueOf(id), handover.provinceCode, handover.communeCode);
        handovers.delete(handover);
    }

    /** Handovers changed or deleted since the client's last sync, within the caller's province or commune. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeltaPage<WeaponHandoverView> changes(DeltaRequest request) {
        return deltaSync.page(DeltaSource.of(WeaponHandover.class, RESOURCE), request, caller.recordFilter(), WeaponHandoverService::toView);
    }

    /** A handover the caller may not read (another province, or for a commune officer another unit) reads as missing. */
    private WeaponHandover readable(long id) {
        WeaponHandover handover = handovers.findById(id);
        if (handover == null || !caller.canRead(handover.provinceCode, handover.communeCode)) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return handover;
    }

    /** The commune on the handover day and the lines: one per category, whole counts, not all zero. */
    private WeaponQuantities validate(WeaponHandoverInput input) {
        if (input.communeCode() != null) {
            communes.requireCommune("communeCode", input.communeCode(), input.provinceCode(), input.handedOverOn());
        }
        WeaponQuantities items = new WeaponQuantities();
        Set<WeaponCategory> seen = EnumSet.noneOf(WeaponCategory.class);
        boolean anything = false;
        for (int i = 0; i < input.items().size(); i++) {
            HandoverItemInput item = input.items().get(i);
            if (!seen.add(item.category())) {
                throw ProblemException.invalidField("items[" + i + "].category", item.category()
                        + " is given twice: one line per category, with the whole quantity");
            }
            if (!item.category().inKilograms() && item.quantity().stripTrailingZeros().scale() > 0) {
                throw ProblemException.invalidField("items[" + i + "].quantity", item.category() + " are counted in whole pieces ("
                        + item.category().unitLabelVi() + "), not " + item.quantity().toPlainString());
            }
            anything |= item.quantity().signum() > 0;
            items.set(item.category(), item.quantity());
        }
        if (!anything) {
            throw ProblemException.invalidField("items", "every quantity is zero: a handover hands something over");
        }
        return items;
    }

    private void requireLinkableTip(Long tipId, String provinceCode) {
        if (tipId == null) {
            return;
        }
        Tip tip = tips.findById(tipId);
        if (tip == null || !tip.provinceCode.equals(provinceCode) || !caller.canRead(tip.provinceCode, tip.communeCode)) {
            throw ProblemException.invalidField("tipId", "no tip " + tipId + " of province " + provinceCode + " that you can read");
        }
    }

    private static void apply(WeaponHandover handover, WeaponHandoverInput input, WeaponQuantities items) {
        handover.handedOverOn = input.handedOverOn();
        handover.source = input.source();
        handover.tipId = input.tipId();
        WeaponQuantities stored = handover.items();
        for (WeaponCategory category : WeaponCategory.values()) {
            stored.set(category, items.get(category));
        }
        handover.handingParty = blankToNull(input.handingParty());
        handover.notes = blankToNull(input.notes());
        handover.updatedAt = Instant.now();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : PropagandaActivityService.nfc(text.trim());
    }

    static WeaponHandoverView toView(WeaponHandover h) {
        WeaponQuantities items = h.items();
        List<HandoverItemView> lines = items.given().stream()
                .map(c -> new HandoverItemView(c, plain(items.get(c)), c.unit())).toList();
        return new WeaponHandoverView(h.id, h.handedOverOn, h.provinceCode, h.communeCode, h.source, h.tipId, lines, h.handingParty, h.notes,
                h.createdAt, h.updatedAt, h.version);
    }

    /** 667.000 kg reads 667, 1.500 reads 1.5: what was stored, without the column's padding. */
    static BigDecimal plain(BigDecimal quantity) {
        if (quantity == null) {
            return null;
        }
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
