package vn.gov.antq.models.service;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.antq.commons.communes.CommuneRegistry;
import vn.gov.antq.commons.communes.ReportingUnit;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.paging.PanachePaging;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.tallies.ProvinceReportService;
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
public class ModelTallyService extends ProvinceReportService<ModelTally, TallyInput, TallyView> {

    static final String RESOURCE = "model-tally";
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "periodFrom", "periodFrom", "periodTo", "periodTo",
            "provinceCode", "provinceCode", "reportedProvinceCode", "reportedProvinceCode", "updatedAt", "updatedAt");

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

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<TallyView> list(ModelTallySearch search, PageRequest page) {
        if (outsideScope(search.provinceCode())) {
            return PageResponse.of(List.of(), page, 0);
        }
        String scopeProvince = scopeProvince();
        ModelTallySearch scoped = scopeProvince == null ? search
                : new ModelTallySearch(scopeProvince, search.reportedProvinceCode(), search.communeCode(), search.typeCode(), search.from(),
                        search.to());
        return PanachePaging.page(tallies.search(scoped, PanachePaging.sort(page, SORTABLE, "id", "id")), page, this::toView);
    }

    @Override
    protected String resource() {
        return RESOURCE;
    }

    @Override
    protected Class<ModelTally> type() {
        return ModelTally.class;
    }

    @Override
    protected ModelTallyRepository repository() {
        return tallies;
    }

    @Override
    protected ModelTally newReport() {
        return new ModelTally();
    }

    @Override
    protected void requireNotCountedTwice(ModelTally tally) {
        doubleCountRule.requireNothingCoveredTwice(tally);
    }

    @Override
    protected void apply(ModelTally tally, TallyInput input) {
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

    @Override
    protected TallyView toView(ModelTally tally) {
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
