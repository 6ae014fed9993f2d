package vn.gov.antq.models.service;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
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
import vn.gov.antq.models.model.SecurityModel;
import vn.gov.antq.models.repository.ModelSiteRepository;
import vn.gov.antq.models.repository.ModelSiteSearch;

/**
 * Sites are commune-level records of a province-level model: the ministry and the model's province officers write
 * them anywhere in the province, a commune officer only in its own commune; readers see them as their record scope
 * allows (a commune officer: its commune's sites only).
 *
 * <p><b>Communes and dates.</b> A site is a living record filed under the current administrative map, even when it
 * was established before the 2025-07-01 reform: its commune is a <em>current</em> commune (read with
 * {@link CommuneRegistry#requireCommune}) of the model's province, in force on the site's last running day: today for a
 * site still running, the day before its dissolution for a dissolved one, and never a day before 2025-07-01 (a site
 * dissolved before the reform is still filed under the current commune that now covers its place). Pre-reform commune
 * codes are therefore refused for sites. The commune cannot change once recorded: commune-scoped sync clients could not
 * learn that a site left their commune, so a site filed under the wrong commune is deleted and recorded again.
 */
@ApplicationScoped
public class ModelSiteService {

    static final String RESOURCE = "model-site";
    static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version", "createdAt");
    /** The contact person's name and phone are personal data: the audit trail says they changed, never to what. */
    static final Set<String> PERSONAL_DATA = Set.of("contactName", "contactPhone");
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "placeName", "placeName", "establishedOn", "establishedOn",
            "communeCode", "communeCode", "provinceCode", "provinceCode", "modelId", "model.id", "updatedAt", "updatedAt");
    private static final int COORDINATE_SCALE = 6;

    @Inject
    ModelSiteRepository sites;

    @Inject
    SecurityModelService models;

    @Inject
    CommuneRegistry communes;

    @Inject
    CallerScope caller;

    @Inject
    DoubleCountRule doubleCountRule;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ObjectMapper json;

    @Inject
    Tombstones tombstones;

    @Inject
    DeltaSync deltaSync;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<SiteView> list(ModelSiteSearch search, PageRequest page) {
        ScopeFilter scope = caller.recordFilter();
        if (search.outside(scope)) {
            return PageResponse.of(List.of(), page, 0);
        }
        ModelSiteSearch scoped = search.within(scope);
        if (scoped.text() != null) {
            scoped = new ModelSiteSearch(scoped.modelId(), scoped.provinceCode(), scoped.communeCode(), scoped.typeCode(),
                    scoped.placeKind(), scoped.activeOn(), nfc(scoped.text()));
        }
        return PanachePaging.page(sites.search(scoped, PanachePaging.sort(page, SORTABLE, "id", "id")), page, ModelSiteService::toView);
    }

    /** The sites of one model the caller may see; 404 when the model itself is out of reach. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<SiteView> listForModel(long modelId, PageRequest page) {
        models.readable(modelId);
        return list(new ModelSiteSearch(modelId, null, null, null, null, null, null), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteView get(long id) {
        return toView(readable(id));
    }

    @Transactional
    public SiteView create(long modelId, SiteInput input) {
        SecurityModel model = models.readable(modelId);
        caller.requireWrite(model.provinceCode, input.communeCode());
        if (model.status == ModelStatus.DISSOLVED) {
            throw ProblemException.conflict("Model " + modelId + " was dissolved on " + model.statusSince + ": a dissolved model takes no new sites");
        }
        validate(model, input);
        doubleCountRule.requireNotTallied(model, input.communeCode(), input.establishedOn(), input.dissolvedOn());
        ModelSite site = new ModelSite();
        site.model = model;
        site.provinceCode = model.provinceCode;
        site.createdAt = Instant.now();
        apply(site, input);
        sites.persist(site);
        sites.flush();
        SiteView created = toView(site);
        auditTrail.record(AuditAction.CREATE, RESOURCE, site.id, site.provinceCode, site.communeCode,
                AuditDiff.between(json, null, created, PERSONAL_DATA, NOT_AUDITED));
        return created;
    }

    @Transactional
    public SiteView update(long id, String ifMatch, SiteInput input) {
        ModelSite site = readable(id);
        caller.requireWrite(site.provinceCode, site.communeCode);
        Preconditions.requireIfMatch(ifMatch, site.version);
        if (!site.communeCode.equals(input.communeCode())) {
            throw ProblemException.invalidField("communeCode", "a site's commune cannot change (it is in " + site.communeCode
                    + "); delete the site and record it again under the right commune");
        }
        validate(site.model, input);
        doubleCountRule.requireNotTallied(site.model, input.communeCode(), input.establishedOn(), input.dissolvedOn());
        SiteView before = toView(site);
        apply(site, input);
        sites.flush();
        SiteView after = toView(site);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, site.provinceCode, site.communeCode,
                AuditDiff.between(json, before, after, PERSONAL_DATA, NOT_AUDITED));
        return after;
    }

    /** Removes a site recorded in error; sync clients of its commune and province learn of it through the tombstone. */
    @Transactional
    public void delete(long id, String ifMatch) {
        ModelSite site = readable(id);
        caller.requireWrite(site.provinceCode, site.communeCode);
        Preconditions.requireIfMatch(ifMatch, site.version);
        auditTrail.record(AuditAction.DELETE, RESOURCE, id, site.provinceCode, site.communeCode,
                AuditDiff.between(json, toView(site), null, PERSONAL_DATA, NOT_AUDITED));
        tombstones.record(RESOURCE, String.valueOf(id), site.provinceCode, site.communeCode);
        sites.delete(site);
    }

    /** Sites changed or deleted since the client's last sync, within the caller's province or commune. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeltaPage<SiteView> changes(DeltaRequest request) {
        return deltaSync.page(DeltaSource.of(ModelSite.class, RESOURCE), request, caller.recordFilter(), ModelSiteService::toView);
    }

    /** A site the caller may not read (another province, or for a commune officer another commune) reads as missing. */
    private ModelSite readable(long id) {
        ModelSite site = sites.findById(id);
        if (site == null || !caller.canRead(site.provinceCode, site.communeCode)) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return site;
    }

    private void validate(SecurityModel model, SiteInput input) {
        if (input.establishedOn().isBefore(model.startDate)) {
            throw ProblemException.invalidField("establishedOn", "cannot be before the model started (" + model.startDate + ")");
        }
        if (input.dissolvedOn() != null && input.dissolvedOn().isBefore(input.establishedOn())) {
            throw ProblemException.invalidField("dissolvedOn", "cannot be before establishedOn (" + input.establishedOn() + ")");
        }
        if (input.latitude() != null && input.longitude() == null) {
            throw ProblemException.invalidField("longitude", "is required with latitude");
        }
        if (input.longitude() != null && input.latitude() == null) {
            throw ProblemException.invalidField("latitude", "is required with longitude");
        }
        communes.requireCommune("communeCode", input.communeCode(), model.provinceCode, communeDate(input));
    }

    /** The day the commune must be in force on: the site's last running day, not before the reform (see the class comment). */
    static LocalDate communeDate(SiteInput input) {
        LocalDate today = CommuneRegistry.today();
        LocalDate lastDay = input.dissolvedOn() == null || input.dissolvedOn().isAfter(today) ? today : input.dissolvedOn().minusDays(1);
        if (lastDay.isBefore(input.establishedOn())) {
            lastDay = input.establishedOn();
        }
        return lastDay.isBefore(AdministrativeUnits.REFORM_DATE) ? AdministrativeUnits.REFORM_DATE : lastDay;
    }

    private static void apply(ModelSite site, SiteInput input) {
        site.communeCode = input.communeCode();
        site.placeName = nfc(input.placeName().trim());
        site.placeKind = input.placeKind();
        site.teams = input.teams();
        site.members = input.members();
        site.households = input.households();
        site.cameras = input.cameras();
        site.establishedOn = input.establishedOn();
        site.dissolvedOn = input.dissolvedOn();
        // Stored with six decimals: answer now what a later read will answer.
        site.latitude = scaled(input.latitude());
        site.longitude = scaled(input.longitude());
        site.contactName = ModelTypeService.blankToNull(input.contactName());
        site.contactPhone = ModelTypeService.blankToNull(input.contactPhone());
        site.updatedAt = Instant.now();
    }

    private static BigDecimal scaled(BigDecimal coordinate) {
        return coordinate == null ? null : coordinate.setScale(COORDINATE_SCALE);
    }

    /** Vietnamese text may arrive decomposed; the folded search column and the unique indexes expect one form. */
    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static SiteView toView(ModelSite site) {
        return new SiteView(site.id, site.model.id, site.provinceCode, site.communeCode, site.placeName, site.placeKind, site.teams,
                site.members, site.households, site.cameras, site.establishedOn, site.dissolvedOn, site.latitude, site.longitude,
                site.contactName, site.contactPhone, site.createdAt, site.updatedAt, site.version);
    }
}
