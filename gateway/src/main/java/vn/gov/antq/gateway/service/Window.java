package vn.gov.antq.gateway.service;

import java.time.LocalDate;

import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.units.AdministrativeUnits;

/** The period a view covers, both days included. */
public record Window(LocalDate from, LocalDate to) {

    /** @throws ProblemException 400 naming the parameter when a day is missing or the window is reversed */
    public static Window of(LocalDate from, LocalDate to) {
        if (from == null) {
            throw ProblemException.invalidField("from", "give the first day of the window (ISO-8601, e.g. 2025-07-01)");
        }
        if (to == null) {
            throw ProblemException.invalidField("to", "give the last day of the window (ISO-8601, e.g. 2025-12-31)");
        }
        if (from.isAfter(to)) {
            throw ProblemException.invalidField("from", "must not be after to (" + to + ")");
        }
        return new Window(from, to);
    }

    /** Windows starting before the reform also show tallies by the old provinces as reported. */
    public boolean startsBeforeReform() {
        return from.isBefore(AdministrativeUnits.REFORM_DATE);
    }
}
