package vn.gov.antq.models.service;

import java.time.LocalDate;
import java.util.stream.Stream;

import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.commons.units.ProvinceResolution;
import vn.gov.antq.commons.units.UnknownProvinceException;

/**
 * The checks of a tally that need no database: period, counts, and the province as reported for the period. Kept
 * apart so the demo data file can be checked by a plain unit test; {@link ModelTallyService} adds the type, the
 * commune, the caller's scope and the double-count rule.
 */
public final class TallyRules {

    /** Nothing before the movement's modern reporting era is plausible. */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private TallyRules() {
    }

    /**
     * @return what the reported province code means for the period (the current province its figures count under)
     * @throws ProblemException 400 naming the field at fault
     */
    public static ProvinceResolution check(TallyInput input, AdministrativeUnits units) {
        if (input.periodFrom().isAfter(input.periodTo())) {
            throw ProblemException.invalidField("periodFrom", "must not be after periodTo (" + input.periodTo() + ")");
        }
        if (input.periodFrom().isBefore(EARLIEST)) {
            throw ProblemException.invalidField("periodFrom", "must be on or after " + EARLIEST);
        }
        // Units differ on either side of the reform, so one tally cannot name a unit valid for the whole period.
        if (input.periodFrom().isBefore(AdministrativeUnits.REFORM_DATE) && !input.periodTo().isBefore(AdministrativeUnits.REFORM_DATE)) {
            throw ProblemException.invalidField("periodTo", "the period spans the 2025-07-01 reform of administrative units: "
                    + "report the part up to 2025-06-30 (old units) and the part from 2025-07-01 (current units) as two tallies");
        }
        if (Stream.of(input.modelTypes(), input.models(), input.sites(), input.teams(), input.members(), input.cameras())
                .allMatch(count -> count == null)) {
            throw ProblemException.invalidField("models", "give at least one of modelTypes, models, sites, teams, members, cameras");
        }
        if (input.modelTypes() != null && input.typeCode() != null && !input.typeCode().isBlank()) {
            throw ProblemException.invalidField("modelTypes", "only a tally over all types (without typeCode) counts model types");
        }
        try {
            return units.resolve(input.provinceCode(), input.periodTo());
        } catch (UnknownProvinceException e) {
            throw ProblemException.invalidField("provinceCode", e.getMessage());
        }
    }
}
