package vn.gov.antq.staffing.service;

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
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.commons.units.LegacyProvince;
import vn.gov.antq.commons.units.Province;
import vn.gov.antq.staffing.model.ParticipantCount;
import vn.gov.antq.staffing.model.TraineeGroup;
import vn.gov.antq.staffing.model.Training;
import vn.gov.antq.staffing.model.TrainingKind;
import vn.gov.antq.staffing.repository.ReportedUnitLocks;
import vn.gov.antq.staffing.repository.TrainingRepository;
import vn.gov.antq.staffing.repository.TrainingSearch;
import vn.gov.antq.commons.tallies.ProvinceReportService;

/**
 * Trainings, by the unit that organised them as it was then (a pre-2025 province, or commune, for earlier periods),
 * counted under the current province. Written by the ministry and the officers of that current province (a commune's
 * training also by that commune's officer); read like tallies: province and commune officers see their province's.
 *
 * <p><b>No double counting.</b> A REPORTED_TOTAL ("2019–2022: 3,132 semi-professional police trained") already counts
 * every course of its unit, trainee group and period: no other training of the same reported province, a nested unit
 * (the province and its communes), the same group and an overlapping period may stand beside it (409). Courses beside
 * courses are distinct events. Checked under an advisory lock on the reported province.
 */
@ApplicationScoped
public class TrainingService extends ProvinceReportService<Training, TrainingInput, TrainingView> {

    private static final Map<String, String> SORTABLE = Map.of("id", "id", "periodFrom", "periodFrom", "periodTo", "periodTo",
            "courseName", "courseName", "participants", "participants", "provinceCode", "provinceCode", "updatedAt", "updatedAt");

    @Inject
    TrainingRepository trainings;

    @Inject
    ReportedUnitLocks locks;

    @Inject
    AdministrativeUnits units;

    @Inject
    CommuneRegistry communes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<TrainingView> list(TrainingSearch search, PageRequest page) {
        if (outsideScope(search.provinceCode())) {
            return PageResponse.of(List.of(), page, 0);
        }
        TrainingSearch scoped = (scopeProvince() == null ? search : search.withProvince(scopeProvince()))
                .withText(StaffingText.searchWords(search.text()));
        return PanachePaging.page(trainings.search(scoped, PanachePaging.sort(page, SORTABLE, "periodFrom", "id")), page, this::toView);
    }

    @Override
    protected String resource() {
        return "training";
    }

    @Override
    protected Class<Training> type() {
        return Training.class;
    }

    @Override
    protected PanacheRepository<Training> repository() {
        return trainings;
    }

    @Override
    protected Training newReport() {
        return new Training();
    }

    @Override
    protected void requireNotCountedTwice(Training training) {
        locks.lock(ReportedUnitLocks.Kind.TRAINING, training.reportedProvinceCode);
        boolean total = training.kind == TrainingKind.REPORTED_TOTAL;
        List<Training> inTheWay = trainings.countedTwiceWith(training.id, total, training.reportedProvinceCode,
                training.reportedCommuneCode, training.traineeGroup, training.periodFrom, training.periodTo);
        if (!inTheWay.isEmpty()) {
            throw ProblemException.conflict("Double counting: " + (total ? "these reported totals would count again " : "this course is "
                    + "already counted by ")
                    + inTheWay.stream().map(t -> (t.kind == TrainingKind.REPORTED_TOTAL ? "reported total " : "course ") + t.id + " '"
                            + t.courseName + "' (" + unit(t) + ", " + t.periodFrom + " – " + t.periodTo + ")").collect(Collectors.joining("; "))
                    + ": same or nested unit, trainee group " + training.traineeGroup + " and overlapping period. "
                    + "Correct the reported total, or narrow its unit or period.");
        }
    }

    @Override
    protected void apply(Training training, TrainingInput input) {
        if (input.periodFrom().isAfter(input.periodTo())) {
            throw ProblemException.invalidField("periodFrom", "must not be after periodTo (" + input.periodTo() + ")");
        }
        if (input.periodFrom().isBefore(EARLIEST)) {
            throw ProblemException.invalidField("periodFrom", "must be on or after " + EARLIEST);
        }
        if (input.traineeGroup() == TraineeGroup.SEMI_PROFESSIONAL_POLICE
                && !input.periodFrom().isBefore(SemiProfessionalTallyService.FORCE_REPLACED_ON)) {
            throw ProblemException.invalidField("traineeGroup", "the semi-professional commune police ended on 2024-06-30: a training "
                    + "from " + SemiProfessionalTallyService.FORCE_REPLACED_ON + " on trains the GRASSROOTS_FORCE or others");
        }
        String source = StaffingText.blankToNull(input.sourceDocument());
        if (input.kind() == TrainingKind.REPORTED_TOTAL && source == null) {
            throw ProblemException.invalidField("sourceDocument", "is required for a REPORTED_TOTAL: say which report gives the figures");
        }
        ReportingUnit unit = communes.requireReportingUnit(input.provinceCode(), input.communeCode(), input.periodFrom(), input.periodTo());
        training.kind = input.kind();
        training.courseName = StaffingText.name(input.courseName());
        training.periodFrom = input.periodFrom();
        training.periodTo = input.periodTo();
        training.reportedProvinceCode = unit.reportedProvinceCode();
        training.provinceCode = unit.provinceCode();
        training.reportedCommuneCode = unit.reportedCommuneCode();
        training.communeCode = unit.communeCode();
        training.traineeGroup = input.traineeGroup();
        training.participants = input.participants();
        training.participantsCounted = input.participantsCounted() == null ? ParticipantCount.PERSONS : input.participantsCounted();
        training.sessions = input.sessions();
        training.sourceDocument = source;
        training.notes = StaffingText.blankToNull(input.notes());
    }

    private static String unit(Training training) {
        return "province " + training.reportedProvinceCode
                + (training.reportedCommuneCode == null ? "" : " commune " + training.reportedCommuneCode);
    }

    @Override
    protected TrainingView toView(Training training) {
        String reportedName = training.periodTo.isBefore(AdministrativeUnits.REFORM_DATE)
                ? units.legacyProvince(training.reportedProvinceCode).map(LegacyProvince::name).orElse(null)
                : units.currentProvince(training.reportedProvinceCode).map(Province::name).orElse(null);
        return new TrainingView(training.id, training.kind, training.kind.labelVi(), training.courseName, training.periodFrom,
                training.periodTo, training.reportedProvinceCode, reportedName, training.provinceCode,
                units.currentProvince(training.provinceCode).map(Province::name).orElse(null), training.reportedCommuneCode,
                training.communeCode, training.traineeGroup, training.traineeGroup.labelVi(), training.participants,
                training.participantsCounted, training.sessions, training.sourceDocument, training.notes, training.createdAt,
                training.updatedAt, training.version);
    }
}
