package vn.gov.antq.activities.service;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.antq.activities.model.WeaponCategory;
import vn.gov.antq.activities.model.WeaponHandoverTally;
import vn.gov.antq.commons.tallies.DoubleCountProblems;
import vn.gov.antq.commons.tallies.RecordRef;
import vn.gov.antq.commons.tallies.RecordSource;
import vn.gov.antq.commons.tallies.TallyOverlaps;
import vn.gov.antq.commons.tallies.TallyRef;
import vn.gov.antq.commons.tallies.TallyTable;

/**
 * Handover figures never double count: the guns (rounds, kilograms of explosives, …) handed over in a unit and period
 * are given either by detailed handovers or by one tally, never by both and never by two tallies. The figures are the
 * categories: a tally of guns and rounds and a detailed handover of firecrackers add up without counting anything twice.
 *
 * <p><b>The rule</b> (409 otherwise): (1) a tally may not cover a detailed handover of its current province (and, for a
 * commune tally, of its current or reported commune) on a day in its period with a category the tally gives; (2) two
 * tallies of the same reported province may not overlap in period when their units nest and they are the same unit or
 * give a common category; (3) conversely, a handover may not be recorded (created, or changed in day or categories) into
 * such a tally. The lookups are the shared ones ({@link TallyOverlaps}).
 */
@ApplicationScoped
public class WeaponHandoverDoubleCountRule {

    static final TallyTable TALLIES = TallyTable.of("weapon_handover_tally",
            Arrays.stream(WeaponCategory.values()).map(WeaponCategory::column).collect(Collectors.toSet()));
    static final RecordSource HANDOVERS = new RecordSource("weapon_handover h", "h.id", "h.source", "h.province_code", "h.commune_code",
            "h.handed_over_on", "h.handed_over_on", null);

    @Inject
    TallyOverlaps overlaps;

    /** Rules 1 and 2 for a tally about to be stored (its id null when new). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNothingCoveredTwice(WeaponHandoverTally tally) {
        overlaps.lock(TALLIES, tally.provinceCode);
        Set<WeaponCategory> given = tally.figures().given();
        List<TallyRef> tallies = overlaps.overlapping(TALLIES, tally.id, tally.reportedProvinceCode, tally.reportedCommuneCode, null,
                tally.periodFrom, tally.periodTo, columns(given));
        if (!tallies.isEmpty()) {
            throw DoubleCountProblems.overlappingTallies(TALLIES, tallies);
        }
        // Category columns are the enum's constants, never input.
        String withGivenCategory = given.stream().map(c -> "h." + c.column() + " is not null").collect(Collectors.joining(" or "));
        List<RecordRef> handovers = overlaps.recordsIn(HANDOVERS, tally.provinceCode, tally.communeCode, tally.reportedCommuneCode, null,
                tally.periodFrom, tally.periodTo, withGivenCategory, null);
        if (!handovers.isEmpty()) {
            throw DoubleCountProblems.recordsInTally(handovers, "detailed handover", "detailed handovers",
                    DoubleCountProblems.place(TALLIES, tally.provinceCode, tally.communeCode, null, tally.periodFrom, tally.periodTo),
                    "quantities of " + names(given),
                    h -> "handover " + h.id() + " (" + h.label() + ") of " + h.since() + (h.communeCode() == null ? "" : " in commune " + h.communeCode()),
                    "Leave those categories out of the tally, or narrow its unit or period.");
        }
    }

    /** Rule 3 for a handover about to be stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNotTallied(String provinceCode, String communeCode, LocalDate day, Set<WeaponCategory> categories) {
        overlaps.lockForRecord(TALLIES, provinceCode);
        List<TallyRef> tallies = overlaps.covering(TALLIES, provinceCode, communeCode, null, day, day, columns(categories));
        if (!tallies.isEmpty()) {
            throw DoubleCountProblems.alreadyTallied("a handover of " + names(categories) + " in province " + provinceCode
                    + (communeCode == null ? "" : " commune " + communeCode) + " on " + day, TALLIES, tallies,
                    "Correct the tally, or leave the handover out.");
        }
    }

    private static Set<String> columns(Set<WeaponCategory> categories) {
        return categories.stream().map(WeaponCategory::column).collect(Collectors.toSet());
    }

    private static String names(Set<WeaponCategory> categories) {
        return categories.stream().map(WeaponCategory::name).collect(Collectors.joining(", "));
    }
}
