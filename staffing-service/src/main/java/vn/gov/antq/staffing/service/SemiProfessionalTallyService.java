package vn.gov.antq.staffing.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.gov.antq.commons.communes.CommuneRegistry;
import vn.gov.antq.commons.communes.ReportingUnit;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.paging.PanachePaging;
import vn.gov.antq.commons.problem.Problem;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.commons.units.LegacyProvince;
import vn.gov.antq.commons.units.Province;
import vn.gov.antq.staffing.model.SemiProfessionalTally;
import vn.gov.antq.staffing.repository.ReportedUnitLocks;
import vn.gov.antq.staffing.repository.SemiProfessionalTallyRepository;
import vn.gov.antq.staffing.repository.TallySearch;
import vn.gov.antq.commons.tallies.ProvinceReportService;

/**
 * Headcounts of the semi-professional commune police, a force that ended on 2024-06-30 and is known only from reports.
 * Written by the ministry and the officers of the current province the reported unit belongs to (a commune tally also
 * by that commune's officer); read like other tallies: the ministry everywhere, province and commune officers in their
 * province.
 *
 * <p><b>No double counting.</b> Two tallies of one reported province whose units nest (the province and any of its
 * communes, or one commune twice) may not overlap in time: both would count the same people. A headcount on a day is
 * the period of that day, so successive headcounts (31/12/2021, 31/10/2022) stand side by side. The check runs under
 * an advisory lock on the reported province, so two writers cannot both pass it.
 */
@ApplicationScoped
public class SemiProfessionalTallyService
        extends ProvinceReportService<SemiProfessionalTally, SemiProfessionalTallyInput, SemiProfessionalTallyView> {

    /** The grassroots security force replaced the semi-professional police on this day (Law 30/2023/QH15). */
    public static final LocalDate FORCE_REPLACED_ON = LocalDate.of(2024, 7, 1);
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "periodFrom", "periodFrom", "periodTo", "periodTo",
            "provinceCode", "provinceCode", "reportedProvinceCode", "reportedProvinceCode", "updatedAt", "updatedAt");

    @Inject
    SemiProfessionalTallyRepository tallies;

    @Inject
    ReportedUnitLocks locks;

    @Inject
    AdministrativeUnits units;

    @Inject
    CommuneRegistry communes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<SemiProfessionalTallyView> list(TallySearch search, PageRequest page) {
        if (outsideScope(search.provinceCode())) {
            return PageResponse.of(List.of(), page, 0);
        }
        TallySearch scoped = scopeProvince() == null ? search : search.withProvince(scopeProvince());
        return PanachePaging.page(tallies.search(scoped, PanachePaging.sort(page, SORTABLE, "periodFrom", "id")), page, this::toView);
    }

    @Override
    protected String resource() {
        return "semi-professional-tally";
    }

    @Override
    protected Class<SemiProfessionalTally> type() {
        return SemiProfessionalTally.class;
    }

    @Override
    protected PanacheRepository<SemiProfessionalTally> repository() {
        return tallies;
    }

    @Override
    protected SemiProfessionalTally newReport() {
        return new SemiProfessionalTally();
    }

    @Override
    protected void requireNotCountedTwice(SemiProfessionalTally tally) {
        locks.lock(ReportedUnitLocks.Kind.SEMI_PROFESSIONAL_TALLY, tally.reportedProvinceCode);
        List<SemiProfessionalTally> inTheWay = tallies.overlapping(tally.id, tally.reportedProvinceCode, tally.reportedCommuneCode,
                tally.periodFrom, tally.periodTo);
        if (!inTheWay.isEmpty()) {
            throw ProblemException.conflict("Double counting: this tally of " + unit(tally) + " for " + period(tally) + " overlaps "
                    + inTheWay.stream().map(t -> "tally " + t.id + " (" + unit(t) + ", " + period(t) + ")").collect(Collectors.joining("; "))
                    + ", which already count(s) the same semi-professional police (same or nested unit, overlapping dates). "
                    + "Correct the existing tally instead, or make the dates disjoint.");
        }
    }

    @Override
    protected void apply(SemiProfessionalTally tally, SemiProfessionalTallyInput input) {
        LocalDate[] period = period(input);
        ReportingUnit unit = communes.requireReportingUnit(input.provinceCode(), input.communeCode(), period[0], period[1]);
        tally.reportedProvinceCode = unit.reportedProvinceCode();
        tally.provinceCode = unit.provinceCode();
        tally.reportedCommuneCode = unit.reportedCommuneCode();
        tally.communeCode = unit.communeCode();
        tally.asOf = input.asOf();
        tally.periodFrom = period[0];
        tally.periodTo = period[1];
        tally.chiefs = input.chiefs();
        tally.deputyChiefs = input.deputyChiefs();
        tally.standingOfficers = input.standingOfficers();
        tally.hamletOfficers = input.hamletOfficers();
        tally.sourceDocument = StaffingText.name(input.sourceDocument());
        tally.notes = StaffingText.blankToNull(input.notes());
    }

    /**
     * The period the input gives: its asOf day, or periodFrom–periodTo; 400 for anything else, and for dates from
     * 2024-07-01 on.
     */
    static LocalDate[] period(SemiProfessionalTallyInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.asOf() != null && (input.periodFrom() != null || input.periodTo() != null)) {
            errors.add(new Problem.FieldError("asOf", "give either asOf (a headcount on one day) or periodFrom and periodTo, not both"));
        } else if (input.asOf() == null && input.periodFrom() == null && input.periodTo() == null) {
            errors.add(new Problem.FieldError("asOf", "is required, unless periodFrom and periodTo are given"));
        } else if (input.asOf() == null && input.periodFrom() == null) {
            errors.add(new Problem.FieldError("periodFrom", "is required with periodTo"));
        } else if (input.asOf() == null && input.periodTo() == null) {
            errors.add(new Problem.FieldError("periodTo", "is required with periodFrom"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
        LocalDate from = input.asOf() != null ? input.asOf() : input.periodFrom();
        LocalDate to = input.asOf() != null ? input.asOf() : input.periodTo();
        String lastField = input.asOf() != null ? "asOf" : "periodTo";
        if (from.isAfter(to)) {
            throw ProblemException.invalidField("periodFrom", "must not be after periodTo (" + to + ")");
        }
        if (from.isBefore(EARLIEST)) {
            throw ProblemException.invalidField(input.asOf() != null ? "asOf" : "periodFrom", "must be on or after " + EARLIEST);
        }
        if (!to.isBefore(FORCE_REPLACED_ON)) {
            throw ProblemException.invalidField(lastField, "must be before " + FORCE_REPLACED_ON + ": the semi-professional commune police "
                    + "ended on 2024-06-30, when the grassroots security force replaced it (record that force as grassroots teams)");
        }
        return new LocalDate[] { from, to };
    }

    private static String unit(SemiProfessionalTally tally) {
        return "province " + tally.reportedProvinceCode + (tally.reportedCommuneCode == null ? "" : " commune " + tally.reportedCommuneCode);
    }

    private static String period(SemiProfessionalTally tally) {
        return tally.asOf != null ? "as of " + tally.asOf : tally.periodFrom + " – " + tally.periodTo;
    }

    @Override
    protected SemiProfessionalTallyView toView(SemiProfessionalTally tally) {
        // Every tally ends before 2024-07-01, so the code as reported is a pre-2025 province's.
        return new SemiProfessionalTallyView(tally.id, tally.reportedProvinceCode,
                units.legacyProvince(tally.reportedProvinceCode).map(LegacyProvince::name).orElse(null), tally.provinceCode,
                units.currentProvince(tally.provinceCode).map(Province::name).orElse(null), tally.reportedCommuneCode, tally.communeCode,
                tally.asOf, tally.periodFrom, tally.periodTo, tally.chiefs, tally.deputyChiefs, tally.standingOfficers, tally.hamletOfficers,
                tally.total(), tally.sourceDocument, tally.notes, tally.createdAt, tally.updatedAt, tally.version);
    }
}
