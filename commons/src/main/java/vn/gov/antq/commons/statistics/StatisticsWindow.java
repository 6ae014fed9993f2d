package vn.gov.antq.commons.statistics;

import java.time.LocalDate;

import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.units.AdministrativeUnits;

/**
 * The days a statistics request covers: {@code from}..{@code to}, or the single day {@code asOf}. Every statistics
 * endpoint takes the same three parameters and refuses the same mistakes with the same field errors.
 */
public record StatisticsWindow(LocalDate start, LocalDate end) {

    public static StatisticsWindow of(LocalDate from, LocalDate to, LocalDate asOf) {
        if (asOf != null && (from != null || to != null)) {
            throw ProblemException.invalidField("asOf", "give either asOf or from and to, not both");
        }
        LocalDate start = asOf != null ? asOf : from;
        LocalDate end = asOf != null ? asOf : to;
        if (start == null || end == null) {
            throw ProblemException.invalidField(from == null && asOf == null ? "from" : "to", "give from and to (a window) or asOf (a day)");
        }
        if (start.isAfter(end)) {
            throw ProblemException.invalidField("from", "must not be after to (" + end + ")");
        }
        return new StatisticsWindow(start, end);
    }

    /** Windows reaching before the reform also answer the tallies by old province as reported. */
    public boolean startsBeforeReform() {
        return start.isBefore(AdministrativeUnits.REFORM_DATE);
    }
}
