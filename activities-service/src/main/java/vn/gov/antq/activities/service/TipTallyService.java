package vn.gov.antq.activities.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.antq.activities.model.TipTally;
import vn.gov.antq.activities.repository.TipTallyRepository;
import vn.gov.antq.commons.communes.CommuneRegistry;
import vn.gov.antq.commons.communes.ReportingUnit;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.paging.PanachePaging;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.tallies.ProvinceReportService;

/**
 * Tip tallies: the tips and outcomes a province or commune reported for a period that has ended. Written by the
 * ministry and the officers of the current province the reported unit belongs to (a commune tally also by that
 * commune's officer), read by the ministry everywhere and by province and commune officers in their province, as
 * activity tallies: totals hold no tipster, so investigators need them no more than analysts do. Every write goes
 * through {@link TipDoubleCountRule}.
 */
@ApplicationScoped
public class TipTallyService extends ProvinceReportService<TipTally, TipTallyInput, TipTallyView> {

    static final String RESOURCE = "tip-tally";
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "periodFrom", "periodFrom", "periodTo", "periodTo",
            "provinceCode", "provinceCode", "reportedProvinceCode", "reportedProvinceCode", "updatedAt", "updatedAt");

    @Inject
    TipTallyRepository tallies;

    @Inject
    TipDoubleCountRule doubleCountRule;

    @Inject
    CommuneRegistry communes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<TipTallyView> list(String province, String reportedProvince, String commune, LocalDate from, LocalDate to,
            PageRequest page) {
        if (outsideScope(province)) {
            return PageResponse.of(List.of(), page, 0);
        }
        String scopeProvince = scopeProvince();
        return PanachePaging.page(tallies.search(scopeProvince == null ? province : scopeProvince, reportedProvince, commune, from, to,
                PanachePaging.sort(page, SORTABLE, "id", "id")), page, TipTallyService::viewOf);
    }

    @Override
    protected String resource() {
        return RESOURCE;
    }

    @Override
    protected Class<TipTally> type() {
        return TipTally.class;
    }

    @Override
    protected TipTallyRepository repository() {
        return tallies;
    }

    @Override
    protected TipTally newReport() {
        return new TipTally();
    }

    @Override
    protected void requireNotCountedTwice(TipTally tally) {
        doubleCountRule.requireNothingCoveredTwice(tally);
    }

    @Override
    protected TipTallyView toView(TipTally tally) {
        return viewOf(tally);
    }

    @Override
    protected void apply(TipTally tally, TipTallyInput input) {
        if (input.periodFrom().isAfter(input.periodTo())) {
            throw ProblemException.invalidField("periodFrom", "must not be after periodTo (" + input.periodTo() + ")");
        }
        if (Stream.of(input.received(), input.valuable(), input.casesSolved(), input.suspectsArrested(), input.wantedCaught(),
                input.wantedSurrendered(), input.wantedCaughtOrSurrendered()).allMatch(count -> count == null)) {
            throw ProblemException.invalidField("received", "give at least one of received, valuable, casesSolved, suspectsArrested, "
                    + "wantedCaught, wantedSurrendered, wantedCaughtOrSurrendered");
        }
        // Vietnam's today, whatever the server's zone: a citizen's tip received today must never fall into a tally.
        if (!input.periodTo().isBefore(CommuneRegistry.today())) {
            throw ProblemException.invalidField("periodTo", "must be before today (" + CommuneRegistry.today()
                    + "): a tally reports a period that has ended, and tips still arriving would fall into it");
        }
        if (input.received() != null && input.valuable() != null && input.valuable() > input.received()) {
            throw ProblemException.invalidField("valuable", "cannot exceed the tips received (" + input.received() + ")");
        }
        if (input.wantedCaughtOrSurrendered() != null && (input.wantedCaught() != null || input.wantedSurrendered() != null)) {
            throw ProblemException.invalidField("wantedCaughtOrSurrendered", "give either the combined figure or wantedCaught and "
                    + "wantedSurrendered, not both");
        }
        ReportingUnit unit = communes.requireReportingUnit(input.provinceCode(), input.communeCode(), input.periodFrom(), input.periodTo());
        tally.reportedProvinceCode = unit.reportedProvinceCode();
        tally.provinceCode = unit.provinceCode();
        tally.reportedCommuneCode = unit.reportedCommuneCode();
        tally.communeCode = unit.communeCode();
        tally.periodFrom = input.periodFrom();
        tally.periodTo = input.periodTo();
        tally.received = input.received();
        tally.valuable = input.valuable();
        tally.casesSolved = input.casesSolved();
        tally.suspectsArrested = input.suspectsArrested();
        tally.wantedCaught = input.wantedCaught();
        tally.wantedSurrendered = input.wantedSurrendered();
        tally.wantedCaughtOrSurrendered = input.wantedCaughtOrSurrendered();
        tally.sourceDocument = input.sourceDocument().trim();
        tally.notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().trim();
    }

    static TipTallyView viewOf(TipTally tally) {
        return new TipTallyView(tally.id, tally.reportedProvinceCode, tally.provinceCode, tally.reportedCommuneCode, tally.communeCode,
                tally.periodFrom, tally.periodTo, tally.received, tally.valuable, tally.casesSolved, tally.suspectsArrested,
                tally.wantedCaught, tally.wantedSurrendered, tally.wantedCaughtOrSurrendered, tally.sourceDocument, tally.notes,
                tally.createdAt, tally.updatedAt, tally.version);
    }
}
