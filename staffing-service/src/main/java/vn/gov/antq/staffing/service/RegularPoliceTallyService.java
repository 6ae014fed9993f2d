package vn.gov.antq.staffing.service;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.gov.antq.commons.communes.CommuneRegistry;
import vn.gov.antq.commons.communes.ReportingUnit;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.paging.PanachePaging;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.commons.units.LegacyProvince;
import vn.gov.antq.commons.units.Province;
import vn.gov.antq.staffing.model.RegularPoliceTally;
import vn.gov.antq.staffing.repository.RegularPoliceTallyRepository;
import vn.gov.antq.staffing.repository.TallySearch;
import vn.gov.antq.commons.tallies.ProvinceReportService;

/**
 * Headcounts of the regular commune police as reported on a day, for units whose postings are not recorded: the seed
 * reports' pre-reform figures ("Bình Phước, 31/10/2022: 454 in 90 communes"), or a later report of a unit without
 * postings. Written and read like the other reported figures ({@link ProvinceReportService});
 * {@link RegularPoliceDoubleCount} keeps them apart from postings, units and each other.
 */
@ApplicationScoped
public class RegularPoliceTallyService extends ProvinceReportService<RegularPoliceTally, RegularPoliceTallyInput, RegularPoliceTallyView> {

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

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<RegularPoliceTallyView> list(TallySearch search, PageRequest page) {
        if (outsideScope(search.provinceCode())) {
            return PageResponse.of(List.of(), page, 0);
        }
        TallySearch scoped = scopeProvince() == null ? search : search.withProvince(scopeProvince());
        return PanachePaging.page(tallies.search(scoped, PanachePaging.sort(page, SORTABLE, "asOf", "id")), page, this::toView);
    }

    @Override
    protected String resource() {
        return "regular-police-tally";
    }

    @Override
    protected Class<RegularPoliceTally> type() {
        return RegularPoliceTally.class;
    }

    @Override
    protected PanacheRepository<RegularPoliceTally> repository() {
        return tallies;
    }

    @Override
    protected RegularPoliceTally newReport() {
        return new RegularPoliceTally();
    }

    @Override
    protected void requireNotCountedTwice(RegularPoliceTally tally) {
        doubleCount.requireNothingCountedTwice(tally);
    }

    @Override
    protected void apply(RegularPoliceTally tally, RegularPoliceTallyInput input) {
        if (input.asOf().isBefore(EARLIEST)) {
            throw ProblemException.invalidField("asOf", "must be on or after " + EARLIEST);
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

    @Override
    protected RegularPoliceTallyView toView(RegularPoliceTally tally) {
        String reportedName = tally.asOf.isBefore(AdministrativeUnits.REFORM_DATE)
                ? units.legacyProvince(tally.reportedProvinceCode).map(LegacyProvince::name).orElse(null)
                : units.currentProvince(tally.reportedProvinceCode).map(Province::name).orElse(null);
        return new RegularPoliceTallyView(tally.id, tally.reportedProvinceCode, reportedName, tally.provinceCode,
                units.currentProvince(tally.provinceCode).map(Province::name).orElse(null), tally.reportedCommuneCode, tally.communeCode,
                tally.asOf, tally.communesWithRegularPolice, tally.chiefs, tally.deputies, tally.officers, tally.total(), tally.sourceDocument,
                tally.notes, tally.createdAt, tally.updatedAt, tally.version);
    }
}
