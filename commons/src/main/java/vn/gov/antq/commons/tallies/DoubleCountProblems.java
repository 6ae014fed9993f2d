package vn.gov.antq.commons.tallies;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.gov.antq.commons.problem.ProblemException;

/**
 * The 409 answers of the no-double-counting rules, worded alike in every service: what is in the way (a sample of it,
 * with the total), and what to do instead.
 */
public final class DoubleCountProblems {

    private DoubleCountProblems() {
    }

    /** A tally would overlap others ({@link TallyOverlaps#overlapping}). */
    public static ProblemException overlappingTallies(TallyTable table, List<TallyRef> tallies) {
        String kind = table.kind() == null ? "" : " and " + table.kindName();
        return conflict("this tally overlaps " + describe(table, tallies) + " (same or nested unit" + kind
                + ", overlapping period, and the same unit" + kind + " or a figure both give). "
                + "Correct the existing tally instead, or make the periods or figures disjoint.");
    }

    /**
     * Detailed records already give figures of a tally ({@link TallyOverlaps#recordsIn}): "3 detailed activities of
     * province 75, TRAINING in 2026-01-01 – 2026-03-31 already give its figures, e.g. …".
     *
     * @param singular what one record is ("detailed activity")
     * @param plural what several are ("detailed activities")
     * @param figures which figures they give ("its figures", "its sites, teams, members and cameras")
     * @param example how one record is named in the sample
     */
    public static ProblemException recordsInTally(List<RecordRef> records, String singular, String plural, String place, String figures,
            Function<RecordRef, String> example, String remedy) {
        long total = records.get(0).total();
        return conflict(total + " " + (total == 1 ? singular : plural) + " of " + place + " already give" + (total == 1 ? "s " : " ")
                + figures + ", e.g. " + records.stream().map(example).collect(Collectors.joining("; ")) + ". " + remedy);
    }

    /** A record would fall into tallies ({@link TallyOverlaps#covering}). */
    public static ProblemException alreadyTallied(String record, TallyTable table, List<TallyRef> tallies, String remedy) {
        return conflict(record + " is already counted by " + describe(table, tallies) + ". " + remedy);
    }

    /** A unit, kind and period: "province 70, every form in 2019-01-01 – 2022-12-31". */
    public static String place(TallyTable table, String province, String commune, String kind, LocalDate from, LocalDate to) {
        return table.unit(province, commune, kind) + " in " + from + " – " + to;
    }

    /** "tally #7 (province 70, every form, 2019-01-01 – 2022-12-31)", or "3 tallies, e.g. …" with a sample. */
    public static String describe(TallyTable table, List<TallyRef> tallies) {
        return (tallies.get(0).total() == 1 ? "tally " : tallies.get(0).total() + " tallies, e.g. ") + tallies.stream()
                .map(t -> "#" + t.id() + " (" + table.unit(t.reportedProvinceCode(), t.reportedCommuneCode(), t.kind()) + ", "
                        + t.periodFrom() + " – " + t.periodTo() + ")")
                .collect(Collectors.joining(", "));
    }

    private static ProblemException conflict(String detail) {
        return ProblemException.conflict("Double counting: " + detail);
    }
}
