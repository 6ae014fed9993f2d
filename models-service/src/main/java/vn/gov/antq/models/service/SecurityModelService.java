package vn.gov.antq.models.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.antq.commons.audit.AuditAction;
import vn.gov.antq.commons.audit.AuditDiff;
import vn.gov.antq.commons.audit.AuditTrail;
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
import vn.gov.antq.models.model.ModelSite;
import vn.gov.antq.models.model.ModelStatus;
import vn.gov.antq.models.model.ModelStatusChange;
import vn.gov.antq.models.model.ModelType;
import vn.gov.antq.models.model.SecurityModel;
import vn.gov.antq.models.repository.ModelSiteRepository;
import vn.gov.antq.models.repository.ModelStatusChangeRepository;
import vn.gov.antq.models.repository.ModelTypeRepository;
import vn.gov.antq.models.repository.SecurityModelRepository;
import vn.gov.antq.models.repository.SecurityModelSearch;

/**
 * Models are province-level records: province officers and the ministry write them; commune officers read the models
 * of their province (their own writes are the sites in their commune).
 */
@ApplicationScoped
public class SecurityModelService {

    static final String RESOURCE = "model";
    /** Nothing before the movement's modern reporting era is plausible as a start date. */
    static final LocalDate EARLIEST_START = LocalDate.of(1990, 1, 1);
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "startDate", "startDate",
            "status", "status", "provinceCode", "provinceCode", "updatedAt", "updatedAt");
    private static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version", "createdAt");

    @Inject
    SecurityModelRepository models;

    @Inject
    ModelTypeRepository types;

    @Inject
    ModelStatusChangeRepository statusChanges;

    @Inject
    ModelSiteRepository sites;

    @Inject
    AdministrativeUnits units;

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

    @Inject
    DoubleCountRule doubleCountRule;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ModelView> list(SecurityModelSearch search, PageRequest page) {
        String scopeProvince = caller.recordFilter().provinceCode();
        if (scopeProvince != null && search.provinceCode() != null && !scopeProvince.equals(search.provinceCode())) {
            return PageResponse.of(List.of(), page, 0);
        }
        SecurityModelSearch scoped = scopeProvince == null ? search
                : new SecurityModelSearch(scopeProvince, search.typeCode(), search.status(), search.leadOrganisation(),
                        search.startedFrom(), search.startedTo(), search.text());
        return PanachePaging.page(models.search(scoped, PanachePaging.sort(page, SORTABLE, "id", "id")), page, this::toView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ModelView get(long id) {
        return toView(readable(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatusChangeView> history(long id) {
        readable(id);
        return statusChanges.history(id).stream()
                .map(c -> new StatusChangeView(c.fromStatus, c.toStatus, c.effectiveDate, c.reason, c.changedBy, c.changedAt))
                .toList();
    }

    @Transactional
    public ModelView create(ModelInput input) {
        validateProvince(input.provinceCode());
        caller.requireWrite(input.provinceCode(), null);
        ModelStatus initial = input.initialStatus() == null ? ModelStatus.PILOT : input.initialStatus();
        if (initial != ModelStatus.PILOT && initial != ModelStatus.ACTIVE) {
            throw ProblemException.invalidField("initialStatus", "a new model starts as PILOT or ACTIVE");
        }
        validateStartDate(input.startDate());
        SecurityModel model = new SecurityModel();
        model.createdAt = Instant.now();
        model.status = initial;
        model.statusSince = input.startDate();
        apply(model, input);
        doubleCountRule.requireNotTallied(model);
        models.persist(model);
        recordStatusChange(model, null, initial, input.startDate(), "Created");
        models.flush();
        ModelView created = toView(model);
        auditTrail.record(AuditAction.CREATE, RESOURCE, model.id, model.provinceCode, null,
                AuditDiff.between(json, null, created, Set.of(), NOT_AUDITED));
        return created;
    }

    @Transactional
    public ModelView update(long id, String ifMatch, ModelInput input) {
        SecurityModel model = readable(id);
        caller.requireWrite(model.provinceCode, null);
        Preconditions.requireIfMatch(ifMatch, model.version);
        validateProvince(input.provinceCode());
        caller.requireWrite(input.provinceCode(), null);
        validateStartDate(input.startDate());
        requireSitesStillFit(model, input);
        // The creation entry of the history is dated by the start date; later transitions must not precede it.
        List<ModelStatusChange> history = statusChanges.history(id);
        if (history.size() > 1 && input.startDate().isAfter(history.get(1).effectiveDate)) {
            throw ProblemException.invalidField("startDate", "cannot be after the first status change (" + history.get(1).effectiveDate + ")");
        }
        ModelView before = toView(model);
        apply(model, input);
        history.get(0).effectiveDate = input.startDate();
        if (history.size() == 1) {
            model.statusSince = input.startDate();
        }
        model.updatedAt = Instant.now();
        doubleCountRule.requireNotTallied(model);
        models.flush();
        ModelView after = toView(model);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, model.provinceCode, null, AuditDiff.between(json, before, after, Set.of(), NOT_AUDITED));
        return after;
    }

    @Transactional
    public ModelView changeStatus(long id, String ifMatch, StatusChangeInput input) {
        SecurityModel model = readable(id);
        caller.requireWrite(model.provinceCode, null);
        Preconditions.requireIfMatch(ifMatch, model.version);
        if (!model.status.canBecome(input.status())) {
            throw ProblemException.conflict("A " + model.status + " model cannot become " + input.status() + "; allowed next: "
                    + (model.status.next().isEmpty() ? "none (dissolved is final)"
                            : model.status.next().stream().map(Enum::name).sorted().collect(Collectors.joining(", "))));
        }
        if (input.effectiveDate().isBefore(model.statusSince)) {
            throw ProblemException.invalidField("effectiveDate", "cannot be before " + model.statusSince
                    + ", when the current status (" + model.status + ") took effect");
        }
        ModelView before = toView(model);
        ModelStatus from = model.status;
        model.status = input.status();
        model.statusSince = input.effectiveDate();
        model.updatedAt = Instant.now();
        recordStatusChange(model, from, input.status(), input.effectiveDate(), ModelTypeService.blankToNull(input.reason()));
        models.flush();
        ModelView after = toView(model);
        auditTrail.record(AuditAction.STATE_CHANGE, RESOURCE, id, model.provinceCode, null,
                AuditDiff.between(json, before, after, Set.of(), NOT_AUDITED));
        return after;
    }

    /** Sites keep the model's province and cannot predate it: a change that would break either is refused. */
    private void requireSitesStillFit(SecurityModel model, ModelInput input) {
        if (!model.provinceCode.equals(input.provinceCode())) {
            long count = sites.countOfModel(model.id);
            if (count > 0) {
                throw ProblemException.conflict("Model " + model.id + " has " + count + " site(s) in communes of province "
                        + model.provinceCode + "; it cannot move to province " + input.provinceCode());
            }
        }
        sites.firstEstablished(model.id).filter(first -> input.startDate().isAfter(first)).ifPresent(first -> {
            throw ProblemException.invalidField("startDate", "cannot be after its first site was established (" + first + ")");
        });
    }

    /**
     * Removes a model recorded in error, with its reviews, history and sites; mobile clients learn of it through the
     * tombstone. A model others were replicated from cannot go: the links would point nowhere.
     */
    @Transactional
    public void delete(long id, String ifMatch) {
        SecurityModel model = readable(id);
        caller.requireWrite(model.provinceCode, null);
        Preconditions.requireIfMatch(ifMatch, model.version);
        long replicas = models.countReplicasOf(id);
        if (replicas > 0) {
            throw ProblemException.conflict("Model " + id + " cannot be deleted: " + replicas + " model(s) were replicated from it");
        }
        auditTrail.record(AuditAction.DELETE, RESOURCE, id, model.provinceCode, null,
                AuditDiff.between(json, toView(model), null, Set.of(), NOT_AUDITED));
        tombstones.record(RESOURCE, String.valueOf(id), model.provinceCode, null);
        // Its sites go with it, each deletion audited and reaching sync clients like any other.
        for (ModelSite site : sites.ofModel(id)) {
            auditTrail.record(AuditAction.DELETE, ModelSiteService.RESOURCE, site.id, site.provinceCode, site.communeCode,
                    AuditDiff.between(json, ModelSiteService.toView(site), null, ModelSiteService.PERSONAL_DATA, NOT_AUDITED));
            tombstones.record(ModelSiteService.RESOURCE, String.valueOf(site.id), site.provinceCode, site.communeCode);
            sites.delete(site);
        }
        models.delete(model);
    }

    /** Models changed or deleted since the client's last sync, within the caller's province. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeltaPage<ModelView> changes(DeltaRequest request) {
        ScopeFilter scope = new ScopeFilter(caller.recordFilter().provinceCode(), null);
        return deltaSync.page(DeltaSource.of(SecurityModel.class, RESOURCE).withoutCommune(), request, scope, this::toView);
    }

    /** A model the caller may not read is reported exactly like a missing one. */
    SecurityModel readable(long id) {
        SecurityModel model = models.findById(id);
        if (model == null || !caller.canReadProvince(model.provinceCode)) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return model;
    }

    private void apply(SecurityModel model, ModelInput input) {
        ModelType type = types.findByIdOptional(input.typeCode()).orElseThrow(
                () -> ProblemException.invalidField("typeCode", "unknown model type '" + input.typeCode() + "'"));
        if (!type.active && (model.type == null || !model.type.code.equals(type.code))) {
            throw ProblemException.invalidField("typeCode", "model type '" + type.code + "' is retired and cannot be used for new records");
        }
        model.type = type;
        model.name = input.name().trim();
        model.provinceCode = input.provinceCode();
        model.leadOrganisation = input.leadOrganisation();
        model.description = ModelTypeService.blankToNull(input.description());
        model.startDate = input.startDate();
        if (input.replicatedFromId() == null) {
            model.replicatedFrom = null;
        } else {
            SecurityModel source = models.findById(input.replicatedFromId());
            if (source == null) {
                throw ProblemException.invalidField("replicatedFromId", "no model with id " + input.replicatedFromId());
            }
            for (SecurityModel ancestor = source; model.id != null && ancestor != null; ancestor = ancestor.replicatedFrom) {
                if (ancestor.id.equals(model.id)) {
                    throw ProblemException.invalidField("replicatedFromId", "would make model " + model.id + " a replica of itself");
                }
            }
            model.replicatedFrom = source;
        }
        model.updatedAt = Instant.now();
    }

    private void validateProvince(String provinceCode) {
        if (units.currentProvince(provinceCode).isEmpty()) {
            throw ProblemException.invalidField("provinceCode", "'" + provinceCode + "' is not one of the 34 current provinces"
                    + units.legacyProvince(provinceCode).map(old -> " (" + old.name() + " was merged into " + old.successorCode() + ")").orElse(""));
        }
    }

    private static void validateStartDate(LocalDate startDate) {
        if (startDate.isBefore(EARLIEST_START)) {
            throw ProblemException.invalidField("startDate", "must be on or after " + EARLIEST_START);
        }
    }

    private void recordStatusChange(SecurityModel model, ModelStatus from, ModelStatus to, LocalDate effective, String reason) {
        ModelStatusChange change = new ModelStatusChange();
        change.model = model;
        change.fromStatus = from;
        change.toStatus = to;
        change.effectiveDate = effective;
        change.reason = reason;
        change.changedBy = caller.subject();
        change.changedAt = Instant.now();
        statusChanges.persist(change);
    }

    ModelView toView(SecurityModel model) {
        return new ModelView(model.id, model.type.code, model.type.nameVi, model.name, model.provinceCode,
                units.currentProvince(model.provinceCode).map(p -> p.name()).orElse(null), model.leadOrganisation,
                model.description, model.startDate, model.status, model.statusSince,
                model.replicatedFrom == null ? null : model.replicatedFrom.id, model.createdAt, model.updatedAt, model.version);
    }
}
