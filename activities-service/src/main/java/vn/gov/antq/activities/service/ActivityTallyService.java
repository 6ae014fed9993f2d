package vn.gov.antq.activities.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.antq.activities.model.ActivityForm;
import vn.gov.antq.activities.model.ActivityTally;
import vn.gov.antq.activities.repository.ActivityTallyRepository;
import vn.gov.antq.commons.communes.CommuneRegistry;
import vn.gov.antq.commons.communes.ReportingUnit;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.paging.PanachePaging;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.tallies.ProvinceReportService;

/**
 * Activity tallies: what a province or commune reported as totals for a period. Written by the ministry and by the
 * officers of the current province the reported unit belongs to (a commune tally also by that commune's officer), read
 * like reports: the ministry everywhere, province and commune officers in their province. Every write goes through
 * {@link ActivityDoubleCountRule}.
 */
@ApplicationScoped
public class ActivityTallyService extends ProvinceReportService<ActivityTally, ActivityTallyInput, ActivityTallyView> {

    static final String RESOURCE = "activity-tally";
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "periodFrom", "periodFrom", "periodTo", "periodTo",
            "provinceCode", "provinceCode", "reportedProvinceCode", "reportedProvinceCode", "updatedAt", "updatedAt");

    @Inject
    ActivityTallyRepository tallies;

    @Inject
    ActivityDoubleCountRule doubleCountRule;

    @Inject
    CommuneRegistry communes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ActivityTallyView> list(String province, String commune, ActivityForm form, LocalDate from,
            LocalDate to, PageRequest page) {
        if (outsideScope(province)) {
            return PageResponse.of(List.of(), page, 0);
        }
        String scopeProvince = scopeProvince();
        return PanachePaging.page(tallies.search(scopeProvince == null ? province : scopeProvince, commune, form, from, to,
                PanachePaging.sort(page, SORTABLE, "id", "id")), page, ActivityTallyService::viewOf);
    }

    @Override
    protected String resource() {
        return RESOURCE;
    }

    @Override
    protected Class<ActivityTally> type() {
        return ActivityTally.class;
    }

    @Override
    protected ActivityTallyRepository repository() {
        return tallies;
    }

    @Override
    protected ActivityTally newReport() {
        return new ActivityTally();
    }

    @Override
    protected void requireNotCountedTwice(ActivityTally tally) {
        doubleCountRule.requireNothingCoveredTwice(tally);
    }

    @Override
    protected ActivityTallyView toView(ActivityTally tally) {
        return viewOf(tally);
    }

    @Override
    protected void apply(ActivityTally tally, ActivityTallyInput input) {
        if (input.periodFrom().isAfter(input.periodTo())) {
            throw ProblemException.invalidField("periodFrom", "must not be after periodTo (" + input.periodTo() + ")");
        }
        if (Stream.of(input.activities(), input.participants(), input.sessions(), input.leaflets(), input.booklets(), input.bannersSlogans(),
                input.panelsPosters(), input.bannersSlogansPanelsPosters(), input.broadcastMinutes(), input.screeningHours())
                .allMatch(count -> count == null)) {
            throw ProblemException.invalidField("activities", "give at least one of activities, participants, sessions, leaflets, booklets, "
                    + "bannersSlogans, panelsPosters, bannersSlogansPanelsPosters, broadcastMinutes, screeningHours");
        }
        if (input.bannersSlogansPanelsPosters() != null && (input.bannersSlogans() != null || input.panelsPosters() != null)) {
            throw ProblemException.invalidField("bannersSlogansPanelsPosters", "give either the combined figure or bannersSlogans and "
                    + "panelsPosters, not both");
        }
        ReportingUnit unit = communes.requireReportingUnit(input.provinceCode(), input.communeCode(), input.periodFrom(), input.periodTo());
        tally.reportedProvinceCode = unit.reportedProvinceCode();
        tally.provinceCode = unit.provinceCode();
        tally.reportedCommuneCode = unit.reportedCommuneCode();
        tally.communeCode = unit.communeCode();
        tally.form = input.form();
        tally.periodFrom = input.periodFrom();
        tally.periodTo = input.periodTo();
        tally.activities = input.activities();
        tally.participants = input.participants();
        tally.sessions = input.sessions();
        tally.leaflets = input.leaflets();
        tally.booklets = input.booklets();
        tally.bannersSlogans = input.bannersSlogans();
        tally.panelsPosters = input.panelsPosters();
        tally.bannersSlogansPanelsPosters = input.bannersSlogansPanelsPosters();
        tally.broadcastMinutes = input.broadcastMinutes();
        // One decimal, as stored: 5693 and 5693.0 are the same figure in views and audit diffs.
        tally.screeningHours = input.screeningHours() == null ? null : input.screeningHours().setScale(1);
        tally.sourceDocument = input.sourceDocument().trim();
        tally.notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().trim();
    }

    static ActivityTallyView viewOf(ActivityTally tally) {
        return new ActivityTallyView(tally.id, tally.reportedProvinceCode, tally.provinceCode, tally.reportedCommuneCode, tally.communeCode,
                tally.form, tally.periodFrom, tally.periodTo, tally.activities, tally.participants, tally.sessions, tally.leaflets, tally.booklets,
                tally.bannersSlogans, tally.panelsPosters, tally.bannersSlogansPanelsPosters, tally.broadcastMinutes, tally.screeningHours,
                tally.sourceDocument, tally.notes,
                tally.createdAt, tally.updatedAt, tally.version);
    }
}
