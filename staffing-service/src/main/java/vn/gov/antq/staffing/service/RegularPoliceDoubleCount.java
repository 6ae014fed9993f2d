package vn.gov.antq.staffing.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.antq.commons.tallies.DoubleCountProblems;
import vn.gov.antq.commons.tallies.RecordRef;
import vn.gov.antq.commons.tallies.RecordSource;
import vn.gov.antq.commons.tallies.TallyOverlaps;
import vn.gov.antq.commons.tallies.TallyRef;
import vn.gov.antq.commons.tallies.TallyTable;
import vn.gov.antq.staffing.model.PoliceUnit;
import vn.gov.antq.staffing.model.RegularPoliceTally;

/**
 * Regular police are counted either by detailed records or by one tally, never twice: staffing statistics add records
 * and tallies up, so this rule, checked on every write, is what makes them exact. A write that would break it is a 409
 * naming what is in the way.
 *
 * <p><b>Figures.</b> {@code chiefs}, {@code deputies} and {@code officers} are given by postings (police_posting);
 * {@code communesWithRegularPolice} by police units regular on the day (police_unit with {@code regular_since} on or
 * before it, its commune in force). A tally counts its unit (a province, or a commune of it) on its day, which is its
 * period. Records carry current units only, so a posting or unit of current province P lies in every tally counting
 * under P, and in a commune tally of its commune.
 *
 * <ol>
 * <li>Tallies of one reported province whose units nest (the province and its communes, a commune and itself) may not
 *     have the same day: both would count the same people. (Different days stand side by side: successive headcounts;
 *     statistics count a province-wide one in place of its communes' of the same window.)</li>
 * <li>A tally may not count a unit and day that postings already give, nor, when it reports
 *     {@code communesWithRegularPolice}, one where a police unit is regular. Postings and units exist only from
 *     2025-07-01, so tallies of earlier days never meet them.</li>
 * <li>Conversely, a posting may not cover the day of a tally of its unit's province or commune, and a unit may not be
 *     regular on the day of such a tally reporting communes.</li>
 * </ol>
 * The lookups and the wording are the shared ones ({@link TallyOverlaps}, {@link DoubleCountProblems}); every check runs
 * under the lock of this table's rule for the current province, so a tally and a posting written at once cannot both pass.
 */
@ApplicationScoped
public class RegularPoliceDoubleCount {

    static final Set<String> POSTED_FIGURES = Set.of("chiefs", "deputies", "officers");
    static final String COMMUNES_FIGURE = "communes_with_regular_police";
    static final TallyTable TALLIES = TallyTable.of("regular_police_tally", Set.of(COMMUNES_FIGURE, "chiefs", "deputies", "officers"));
    static final RecordSource POSTINGS = new RecordSource("police_posting p", "p.id",
            "'police unit ' || p.police_unit_id || ', ' || p.position", "p.province_code", "p.commune_code",
            "p.from_date", "coalesce(p.to_date, date '9999-12-31')", null);
    /** Units regular from regularSince (not before their commune came into force) while their commune is in force. */
    static final RecordSource REGULAR_UNITS = new RecordSource("police_unit u join commune c on c.code = u.commune_code", "u.id", "u.name",
            "u.province_code", "u.commune_code", "greatest(u.regular_since, c.valid_from)", "coalesce(c.valid_to, date '9999-12-31')", null);

    @Inject
    TallyOverlaps overlaps;

    /** Rules 1 and 2 for a tally about to be stored (its id null when new). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNothingCountedTwice(RegularPoliceTally tally) {
        overlaps.lock(TALLIES, tally.provinceCode);
        List<TallyRef> tallies = overlaps.overlapping(TALLIES, tally.id, tally.reportedProvinceCode, tally.reportedCommuneCode, null,
                tally.asOf, tally.asOf, figures(tally));
        if (!tallies.isEmpty()) {
            throw DoubleCountProblems.overlappingTallies(TALLIES, tallies);
        }
        String place = DoubleCountProblems.place(TALLIES, tally.provinceCode, tally.communeCode, null, tally.asOf, tally.asOf);
        List<RecordRef> postings = overlaps.recordsIn(POSTINGS, tally.provinceCode, tally.communeCode, tally.reportedCommuneCode, null,
                tally.asOf, tally.asOf, null, null);
        if (!postings.isEmpty()) {
            throw DoubleCountProblems.recordsInTally(postings, "detailed posting", "detailed postings", place,
                    "its chiefs, deputies and officers",
                    p -> "posting " + p.id() + " (" + p.label() + ") in commune " + p.communeCode() + " since " + p.since(),
                    "Statistics count those postings: record no tally for a unit and day they cover.");
        }
        if (tally.communesWithRegularPolice != null) {
            List<RecordRef> units = overlaps.recordsIn(REGULAR_UNITS, tally.provinceCode, tally.communeCode, tally.reportedCommuneCode, null,
                    tally.asOf, tally.asOf, "u.regular_since is not null", null);
            if (!units.isEmpty()) {
                throw DoubleCountProblems.recordsInTally(units, "police unit", "police units", place, "its communes with regular police",
                        u -> "police unit " + u.id() + " '" + u.label() + "' in commune " + u.communeCode() + ", regular since " + u.since(),
                        "Leave communesWithRegularPolice out of the tally, or record no tally for that unit and day.");
            }
        }
    }

    /** Rule 3 for a posting about to cover [from, to] (to null: no end) in a unit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requirePostingNotTallied(PoliceUnit unit, LocalDate from, LocalDate to) {
        overlaps.lockForRecord(TALLIES, unit.provinceCode);
        List<TallyRef> tallies = overlaps.covering(TALLIES, unit.provinceCode, unit.communeCode, null, from, to, POSTED_FIGURES);
        if (!tallies.isEmpty()) {
            throw DoubleCountProblems.alreadyTallied("a posting to police unit " + unit.id + " (commune " + unit.communeCode + ") from "
                    + from + (to == null ? " on" : " to " + to), TALLIES, tallies,
                    "Correct or delete the tally first, or post from the day after it.");
        }
    }

    /** Rule 3 for a unit about to be stored with its regularSince. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireUnitNotTallied(PoliceUnit unit) {
        if (unit.regularSince == null) {
            return;
        }
        overlaps.lockForRecord(TALLIES, unit.provinceCode);
        LocalDate from = unit.regularSince.isAfter(unit.commune.validFrom) ? unit.regularSince : unit.commune.validFrom;
        List<TallyRef> tallies = overlaps.covering(TALLIES, unit.provinceCode, unit.communeCode, null, from, unit.commune.validTo,
                Set.of(COMMUNES_FIGURE));
        if (!tallies.isEmpty()) {
            throw DoubleCountProblems.alreadyTallied("commune " + unit.communeCode + " with regular police from " + from, TALLIES, tallies,
                    "Correct the tally first, or give regularSince after its day.");
        }
    }

    /** The figure columns a tally gives: always the positions, and the communes when reported. */
    private static Set<String> figures(RegularPoliceTally tally) {
        return tally.communesWithRegularPolice == null ? POSTED_FIGURES : TALLIES.figures();
    }
}
