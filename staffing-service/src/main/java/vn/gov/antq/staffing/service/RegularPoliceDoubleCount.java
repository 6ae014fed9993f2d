package vn.gov.antq.staffing.service;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.staffing.model.PoliceUnit;
import vn.gov.antq.staffing.model.Posting;
import vn.gov.antq.staffing.model.RegularPoliceTally;
import vn.gov.antq.staffing.repository.PoliceUnitRepository;
import vn.gov.antq.staffing.repository.PostingRepository;
import vn.gov.antq.staffing.repository.RegularPoliceTallyRepository;
import vn.gov.antq.staffing.repository.ReportedUnitLocks;

/**
 * Regular police are counted either by detailed records or by one tally, never twice: staffing statistics add records
 * and tallies up, so this rule, checked on every write, is what makes them exact. A write that would break it is a 409
 * naming what is in the way.
 *
 * <p><b>Coverage.</b> A tally counts the regular police of its unit (a province, or a commune of it) on its day. Records
 * carry current units only, so a posting or unit of current province P lies in the unit of every tally counting under
 * P, and of a commune tally whose current commune is its own.
 *
 * <ol>
 * <li>Tallies of one reported province whose units nest (the province and its communes, a commune and itself) may not
 *     have the same day: both would count the same people. (Different days stand side by side: successive headcounts;
 *     statistics count a province-wide one in place of its communes' of the same window.)</li>
 * <li>A tally may not count a unit and day that postings already give (chiefs, deputies, officers), nor, when it reports
 *     {@code communesWithRegularPolice}, one where a police unit is regular (regularSince on or before the day, its
 *     commune in force). Postings and units exist only from 2025-07-01, so tallies of earlier days never meet them.</li>
 * <li>Conversely, a posting may not cover the day of a tally of its unit's province or commune, and a unit may not be
 *     regular on the day of such a tally reporting communes.</li>
 * </ol>
 * Every check runs under the advisory lock of the current province ({@link ReportedUnitLocks.Kind#REGULAR_POLICE}), so a
 * tally and a posting written at the same time cannot both pass.
 */
@ApplicationScoped
public class RegularPoliceDoubleCount {

    /** How many things in the way a conflict names. */
    static final int SAMPLE = 3;

    @Inject
    RegularPoliceTallyRepository tallies;

    @Inject
    PostingRepository postings;

    @Inject
    PoliceUnitRepository units;

    @Inject
    ReportedUnitLocks locks;

    /** Rules 1 and 2 for a tally about to be stored (its id null when new). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNothingCountedTwice(RegularPoliceTally tally) {
        locks.lock(ReportedUnitLocks.Kind.REGULAR_POLICE, tally.provinceCode);
        String unit = unit(tally.reportedProvinceCode, tally.reportedCommuneCode);
        PanacheQuery<RegularPoliceTally> nested = tallies.nested(tally.id, tally.reportedProvinceCode, tally.reportedCommuneCode, tally.asOf);
        inTheWay(nested, t -> "tally " + t.id + " (" + unit(t.reportedProvinceCode, t.reportedCommuneCode) + ")",
                n -> "Double counting: " + unit + " on " + tally.asOf + " is already counted by ",
                "; tallies of the same or nested units (a province and its communes) cannot share a day. Correct the existing tally instead.");
        inTheWay(postings.activeOn(tally.provinceCode, tally.communeCode, tally.asOf),
                p -> "posting " + p.id + " to police unit " + p.policeUnit.id + " (commune " + p.communeCode + ", " + p.position + ")",
                n -> "Double counting: " + n + " detailed posting(s) already give the regular police of " + unit + " on " + tally.asOf
                        + ", e.g. ",
                ". Statistics count those postings; record no tally for a unit and day they cover.");
        if (tally.communesWithRegularPolice != null) {
            inTheWay(units.regularOn(tally.provinceCode, tally.communeCode, tally.asOf),
                    u -> "police unit " + u.id + " (commune " + u.communeCode + ", regular since " + u.regularSince + ")",
                    n -> "Double counting: " + n + " police unit(s) already give the communes with regular police of " + unit + " on "
                            + tally.asOf + ", e.g. ",
                    ". Leave communesWithRegularPolice out of the tally, or record no tally for that unit and day.");
        }
    }

    /** Rule 3 for a posting about to cover [from, to] (to null: no end) in a unit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requirePostingNotTallied(PoliceUnit unit, LocalDate from, LocalDate to) {
        locks.lock(ReportedUnitLocks.Kind.REGULAR_POLICE, unit.provinceCode);
        inTheWay(tallies.covering(unit.provinceCode, unit.communeCode, from, to, false), RegularPoliceDoubleCount::describe,
                n -> "Double counting: a posting to police unit " + unit.id + " (commune " + unit.communeCode + ") from " + from
                        + (to == null ? " on" : " to " + to) + " would be counted again by ",
                ", which already count(s) the regular police of that day. Correct or delete the tally first, or post from the day after it.");
    }

    /** Rule 3 for a unit about to be stored with its regularSince. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireUnitNotTallied(PoliceUnit unit) {
        if (unit.regularSince == null) {
            return;
        }
        locks.lock(ReportedUnitLocks.Kind.REGULAR_POLICE, unit.provinceCode);
        LocalDate from = unit.regularSince.isAfter(unit.commune.validFrom) ? unit.regularSince : unit.commune.validFrom;
        inTheWay(tallies.covering(unit.provinceCode, unit.communeCode, from, unit.commune.validTo, true), RegularPoliceDoubleCount::describe,
                n -> "Double counting: commune " + unit.communeCode + " with regular police from " + from + " would be counted again by ",
                ", which already count(s) the communes with regular police of that day. Correct the tally first, or give regularSince "
                        + "after its day.");
    }

    private static <T> void inTheWay(PanacheQuery<T> query, Function<T, String> name, Function<Long, String> what, String remedy) {
        List<T> sample = query.page(Page.ofSize(SAMPLE)).list();
        if (sample.isEmpty()) {
            return;
        }
        long total = sample.size() < SAMPLE ? sample.size() : query.count();
        String named = sample.stream().map(name).collect(Collectors.joining("; "));
        throw ProblemException.conflict(what.apply(total) + (total > sample.size() ? named + " and " + (total - sample.size()) + " more"
                : named) + remedy);
    }

    private static String describe(RegularPoliceTally tally) {
        return "tally " + tally.id + " (" + unit(tally.reportedProvinceCode, tally.reportedCommuneCode) + ", " + tally.asOf + ")";
    }

    static String unit(String province, String commune) {
        return "province " + province + (commune == null ? "" : " commune " + commune);
    }
}
