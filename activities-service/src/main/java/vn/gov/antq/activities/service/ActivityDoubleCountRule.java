package vn.gov.antq.activities.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.antq.activities.model.ActivityTally;
import vn.gov.antq.commons.tallies.DoubleCountProblems;
import vn.gov.antq.commons.tallies.RecordRef;
import vn.gov.antq.commons.tallies.RecordSource;
import vn.gov.antq.commons.tallies.TallyOverlaps;
import vn.gov.antq.commons.tallies.TallyRef;
import vn.gov.antq.commons.tallies.TallyTable;

/**
 * Activity figures never double count: activities, attendances, sessions and materials of a unit, form and period are
 * given either by detailed activities or by one tally, never by both and never by two tallies. Enforced on every write;
 * a write that would break it is a 409 naming what is in the way.
 *
 * <p><b>Coverage.</b> A tally covers a unit (a province, or a commune of it), a form (one, or every form when it has
 * none) and its period. A detailed activity lies in it when it is of the tally's current province (and, for a commune
 * tally, of its current or reported commune), of a covered form, and its day or period overlaps the tally's period.
 * Two tallies overlap when they have the same reported province, nested units and forms, and overlapping periods,
 * whatever figures they give: a report's attendances, sessions and materials (leaflets, booklets, banners, panels,
 * broadcast minutes, screening hours) are those of its activities, so two reports of nesting units never split them,
 * and a tally giving only leaflets still covers the detailed activities that handed leaflets out. The lookups are the
 * shared ones ({@link TallyOverlaps}).
 */
@ApplicationScoped
public class ActivityDoubleCountRule {

    /** The figure columns; every one counts as common to every other (see the class comment). */
    static final Set<String> FIGURES = Set.of("activities", "participants", "sessions", "leaflets", "booklets", "banners_slogans",
            "panels_posters", "banners_slogans_panels_posters", "broadcast_minutes", "screening_hours");
    static final TallyTable TALLIES = TallyTable.of("activity_tally", FIGURES).withKind("form", "form", "every form");
    static final RecordSource ACTIVITIES = new RecordSource("propaganda_activity a", "a.id", "a.title", "a.province_code", "a.commune_code",
            "coalesce(a.held_on, a.period_from)", "coalesce(a.held_on, a.period_to)", "a.form");

    @Inject
    TallyOverlaps overlaps;

    /** A tally about to be stored (its id null when new) must meet neither another tally nor detailed activities. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNothingCoveredTwice(ActivityTally tally) {
        overlaps.lock(TALLIES, tally.provinceCode);
        String form = tally.form == null ? null : tally.form.name();
        // Every figure counts as common (see the class comment).
        List<TallyRef> tallies = overlaps.overlapping(TALLIES, tally.id, tally.reportedProvinceCode, tally.reportedCommuneCode, form,
                tally.periodFrom, tally.periodTo, FIGURES);
        if (!tallies.isEmpty()) {
            throw DoubleCountProblems.overlappingTallies(TALLIES, tallies);
        }
        List<RecordRef> activities = overlaps.recordsIn(ACTIVITIES, tally.provinceCode, tally.communeCode, tally.reportedCommuneCode, form,
                tally.periodFrom, tally.periodTo, null, null);
        if (!activities.isEmpty()) {
            throw DoubleCountProblems.recordsInTally(activities, "detailed activity", "detailed activities",
                    DoubleCountProblems.place(TALLIES, tally.provinceCode, tally.communeCode, form, tally.periodFrom, tally.periodTo),
                    "its figures", a -> "activity " + a.id() + " '" + a.label() + "' of " + a.since(), "Narrow the tally's unit, form or period.");
        }
    }

    /** A detailed activity about to be stored must not lie in a tally. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNotTallied(String provinceCode, String communeCode, String form, LocalDate first, LocalDate last) {
        overlaps.lockForRecord(TALLIES, provinceCode);
        List<TallyRef> tallies = overlaps.covering(TALLIES, provinceCode, communeCode, form, first, last, null);
        if (!tallies.isEmpty()) {
            throw DoubleCountProblems.alreadyTallied("a " + form + " activity of province " + provinceCode
                    + (communeCode == null ? "" : " commune " + communeCode) + " on " + (first.equals(last) ? first : first + " – " + last),
                    TALLIES, tallies, "Correct the tally, or leave the activity out.");
        }
    }
}
