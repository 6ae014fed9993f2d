package vn.gov.antq.activities.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.antq.activities.model.WeaponHandoverTally;
import vn.gov.antq.activities.model.WeaponQuantities;
import vn.gov.antq.activities.repository.WeaponHandoverTallyRepository;
import vn.gov.antq.commons.communes.CommuneRegistry;
import vn.gov.antq.commons.communes.ReportingUnit;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.paging.PanachePaging;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.tallies.ProvinceReportService;

/**
 * Handover tallies: what a province or commune reported as handed over or seized in a period. Written by the ministry
 * and the officers of the current province the reported unit belongs to (a commune tally also by that commune's
 * officer), read by the ministry everywhere and by province and commune officers in their province, as activity
 * tallies. Every write goes through {@link WeaponHandoverDoubleCountRule}.
 */
@ApplicationScoped
public class WeaponHandoverTallyService extends ProvinceReportService<WeaponHandoverTally, WeaponHandoverTallyInput, WeaponHandoverTallyView> {

    static final String RESOURCE = "weapon-handover-tally";
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "periodFrom", "periodFrom", "periodTo", "periodTo",
            "provinceCode", "provinceCode", "reportedProvinceCode", "reportedProvinceCode", "updatedAt", "updatedAt");

    @Inject
    WeaponHandoverTallyRepository tallies;

    @Inject
    WeaponHandoverDoubleCountRule doubleCountRule;

    @Inject
    CommuneRegistry communes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<WeaponHandoverTallyView> list(String province, String reportedProvince, String commune, LocalDate from, LocalDate to,
            PageRequest page) {
        if (outsideScope(province)) {
            return PageResponse.of(List.of(), page, 0);
        }
        String scopeProvince = scopeProvince();
        return PanachePaging.page(tallies.search(scopeProvince == null ? province : scopeProvince, reportedProvince, commune, from, to,
                PanachePaging.sort(page, SORTABLE, "id", "id")), page, WeaponHandoverTallyService::viewOf);
    }

    @Override
    protected String resource() {
        return RESOURCE;
    }

    @Override
    protected Class<WeaponHandoverTally> type() {
        return WeaponHandoverTally.class;
    }

    @Override
    protected WeaponHandoverTallyRepository repository() {
        return tallies;
    }

    @Override
    protected WeaponHandoverTally newReport() {
        return new WeaponHandoverTally();
    }

    @Override
    protected void requireNotCountedTwice(WeaponHandoverTally tally) {
        doubleCountRule.requireNothingCoveredTwice(tally);
    }

    @Override
    protected WeaponHandoverTallyView toView(WeaponHandoverTally tally) {
        return viewOf(tally);
    }

    @Override
    protected void apply(WeaponHandoverTally tally, WeaponHandoverTallyInput input) {
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

    static WeaponHandoverTallyView viewOf(WeaponHandoverTally tally) {
        WeaponQuantities f = tally.figures();
        return new WeaponHandoverTallyView(tally.id, tally.reportedProvinceCode, tally.provinceCode, tally.reportedCommuneCode,
                tally.communeCode, tally.periodFrom, tally.periodTo, f.guns, f.primitiveWeapons, f.bombsMinesGrenades, f.rounds,
                WeaponHandoverService.plain(f.explosivesKg), f.detonators, f.supportTools, f.dangerousToys,
                WeaponHandoverService.plain(f.firecrackersKg), tally.sourceDocument, tally.notes, tally.createdAt, tally.updatedAt,
                tally.version);
    }
}
