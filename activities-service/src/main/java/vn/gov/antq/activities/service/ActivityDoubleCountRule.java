package vn.gov.antq.activities.service;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.antq.activities.model.ActivityTally;
import vn.gov.antq.activities.repository.ActivityDoubleCountRepository;
import vn.gov.antq.activities.repository.ActivityDoubleCountRepository.ActivityRef;
import vn.gov.antq.activities.repository.ActivityDoubleCountRepository.TallyRef;
import vn.gov.antq.commons.problem.ProblemException;

/**
 * Activity figures never double count: activities and attendances of a unit, form and period are given either by
 * detailed activities or by one tally, never by both and never by two tallies. Enforced on every write; a write that
 * would break it is a 409 naming what is in the way.
 *
 * <p><b>Coverage.</b> A tally covers a unit (a province, or a commune of it), a form (one, or every form when it has
 * none) and its period. A detailed activity lies in it when it is of the tally's current province (and, for a commune
 * tally, of its current or reported commune), of a covered form, and its day or period overlaps the tally's period.
 * Two tallies overlap when they have the same reported province, nested units and forms, and overlapping periods.
 */
@ApplicationScoped
public class ActivityDoubleCountRule {

    @Inject
    ActivityDoubleCountRepository repository;

    /** A tally about to be stored (its id null when new) must meet neither another tally nor detailed activities. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNothingCoveredTwice(ActivityTally tally) {
        String form = tally.form == null ? null : tally.form.name();
        List<TallyRef> tallies = repository.overlappingTallies(tally.id == null ? -1 : tally.id, tally.reportedProvinceCode,
                tally.reportedCommuneCode, form, tally.periodFrom, tally.periodTo);
        if (!tallies.isEmpty()) {
            throw conflict("this tally overlaps " + describe(tallies) + " (same or nested unit and form, overlapping period). "
                    + "Correct the existing tally instead, or make the periods disjoint.");
        }
        List<ActivityRef> activities = repository.activitiesIn(tally.provinceCode, tally.communeCode, tally.reportedCommuneCode, form,
                tally.periodFrom, tally.periodTo);
        if (!activities.isEmpty()) {
            throw conflict(activities.get(0).total() + " detailed activit" + (activities.get(0).total() == 1 ? "y" : "ies") + " of "
                    + unit(tally.provinceCode, tally.communeCode, form) + " in " + tally.periodFrom + " – " + tally.periodTo
                    + " already give its figures, e.g. "
                    + activities.stream().map(a -> "activity " + a.id() + " '" + a.title() + "' of " + a.firstDay()).collect(Collectors.joining("; "))
                    + ". Narrow the tally's unit, form or period.");
        }
    }

    /** A detailed activity about to be stored must not lie in a tally. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNotTallied(String provinceCode, String communeCode, String form, LocalDate first, LocalDate last) {
        List<TallyRef> tallies = repository.talliesCovering(provinceCode, communeCode, form, first, last);
        if (!tallies.isEmpty()) {
            throw conflict("a " + form + " activity of province " + provinceCode + (communeCode == null ? "" : " commune " + communeCode) + " on "
                    + (first.equals(last) ? first : first + " – " + last) + " is already counted by " + describe(tallies)
                    + ". Correct the tally, or leave the activity out.");
        }
    }

    private static ProblemException conflict(String detail) {
        return ProblemException.conflict("Double counting: " + detail);
    }

    private static String describe(List<TallyRef> tallies) {
        return (tallies.get(0).total() == 1 ? "tally " : tallies.get(0).total() + " tallies, e.g. ") + tallies.stream()
                .map(t -> "#" + t.id() + " (" + unit(t.reportedProvinceCode(), t.reportedCommuneCode(), t.form()) + ", "
                        + t.periodFrom() + " – " + t.periodTo() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String unit(String province, String commune, String form) {
        return "province " + province + (commune == null ? "" : " commune " + commune) + ", " + (form == null ? "every form" : form);
    }
}
