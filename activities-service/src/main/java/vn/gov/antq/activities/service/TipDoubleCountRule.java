package vn.gov.antq.activities.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.antq.activities.model.TipTally;
import vn.gov.antq.commons.communes.CommuneRegistry;
import vn.gov.antq.commons.tallies.DoubleCountProblems;
import vn.gov.antq.commons.tallies.RecordRef;
import vn.gov.antq.commons.tallies.RecordSource;
import vn.gov.antq.commons.tallies.TallyOverlaps;
import vn.gov.antq.commons.tallies.TallyRef;
import vn.gov.antq.commons.tallies.TallyTable;

/**
 * Tip figures never double count: the tips of a unit and period, and what came of them, are given either by detailed
 * tips or by one tally, never by both and never by two tallies.
 *
 * <p><b>The rule</b> (409 otherwise): (1) a tally may not cover a detailed tip received (Vietnam's calendar day) in its
 * period in its current province (and, for a commune tally, its commune), whatever figures it gives, because every
 * figure of a tally — tips received, of value, and their outcomes — is one a detailed tip gives or may give once
 * verified; (2) two tallies of the same reported province may not overlap in period when their units nest and they
 * are the same unit or give a common figure (the three wanted-person figures count as one: a combined figure and a
 * split one describe the same persons); (3) conversely, a tip may not be recorded into a tally's unit and period.
 * Tallies report periods that have ended, so a citizen's tip, received now, never falls into one.
 */
@ApplicationScoped
public class TipDoubleCountRule {

    static final Set<String> WANTED = Set.of("wanted_caught", "wanted_surrendered", "wanted_caught_or_surrendered");
    static final TallyTable TALLIES = TallyTable.of("tip_tally", Set.of("received", "valuable", "cases_solved", "suspects_arrested",
            "wanted_caught", "wanted_surrendered", "wanted_caught_or_surrendered"));
    private static final String DAY = "cast(r.received_at at time zone 'Asia/Ho_Chi_Minh' as date)";
    static final RecordSource TIPS = new RecordSource("tip r", "r.id", "r.category", "r.province_code", "r.commune_code", DAY, DAY, null);

    @Inject
    TallyOverlaps overlaps;

    /** Rules 1 and 2 for a tally about to be stored (its id null when new). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNothingCoveredTwice(TipTally tally) {
        overlaps.lock(TALLIES, tally.provinceCode);
        List<TallyRef> tallies = overlaps.overlapping(TALLIES, tally.id, tally.reportedProvinceCode, tally.reportedCommuneCode, null,
                tally.periodFrom, tally.periodTo, figures(tally));
        if (!tallies.isEmpty()) {
            throw DoubleCountProblems.overlappingTallies(TALLIES, tallies);
        }
        // The instant bounds let the (province, received_at) index find the candidates; the day expression decides.
        Map<String, Object> params = new HashMap<>();
        params.put("receivedFrom", tally.periodFrom.atStartOfDay(CommuneRegistry.VIETNAM).toInstant());
        params.put("receivedBefore", tally.periodTo.plusDays(1).atStartOfDay(CommuneRegistry.VIETNAM).toInstant());
        List<RecordRef> tips = overlaps.recordsIn(TIPS, tally.provinceCode, tally.communeCode, tally.reportedCommuneCode, null,
                tally.periodFrom, tally.periodTo, "r.received_at >= :receivedFrom and r.received_at < :receivedBefore", params);
        if (!tips.isEmpty()) {
            throw DoubleCountProblems.recordsInTally(tips, "detailed tip", "detailed tips",
                    DoubleCountProblems.place(TALLIES, tally.provinceCode, tally.communeCode, null, tally.periodFrom, tally.periodTo),
                    "its figures", t -> "tip " + t.id() + " (" + t.label() + ") received " + t.since()
                            + (t.communeCode() == null ? "" : " in commune " + t.communeCode()),
                    "Record the period's tips in detail or as a tally, not both; or narrow the tally's unit or period.");
        }
    }

    /** Rule 3 for a tip about to be recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNotTallied(String provinceCode, String communeCode, Instant receivedAt) {
        overlaps.lockForRecord(TALLIES, provinceCode);
        LocalDate day = receivedAt.atZone(CommuneRegistry.VIETNAM).toLocalDate();
        List<TallyRef> tallies = overlaps.covering(TALLIES, provinceCode, communeCode, null, day, day, null);
        if (!tallies.isEmpty()) {
            throw DoubleCountProblems.alreadyTallied("a tip of province " + provinceCode + (communeCode == null ? "" : " commune " + communeCode)
                    + " received on " + day, TALLIES, tallies, "Correct the tally, or leave the tip out.");
        }
    }

    /** The figure columns the tally gives, the wanted-person figures standing for each other. */
    static Set<String> figures(TipTally tally) {
        Set<String> figures = new LinkedHashSet<>();
        add(figures, "received", tally.received);
        add(figures, "valuable", tally.valuable);
        add(figures, "cases_solved", tally.casesSolved);
        add(figures, "suspects_arrested", tally.suspectsArrested);
        if (tally.wantedCaught != null || tally.wantedSurrendered != null || tally.wantedCaughtOrSurrendered != null) {
            figures.addAll(WANTED);
        }
        return figures;
    }

    private static void add(Set<String> figures, String column, Integer value) {
        if (value != null) {
            figures.add(column);
        }
    }
}
