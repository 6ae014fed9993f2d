package vn.gov.antq.staffing.service;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import vn.gov.antq.commons.problem.Problem;

/**
 * Who may join the grassroots security force, checked on the joining date:
 * <ul>
 * <li><b>age rule</b>: 18 to 70 years old (in full years). Someone over 70 may join when an exception decision is
 *     recorded (reference and date, decided by the joining date); no decision admits someone under 18.</li>
 * <li><b>residence rule</b>: living in the commune for at least one year: since the joining date one year earlier,
 *     or before.</li>
 * </ul>
 * A pure function of the member's dates, so it is the same on creation and on every correction.
 */
public final class MemberEligibility {

    public static final int MINIMUM_AGE = 18;
    public static final int MAXIMUM_AGE = 70;
    public static final Period MINIMUM_RESIDENCE = Period.ofYears(1);

    private MemberEligibility() {
    }

    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** Every rule the member breaks, as field errors naming the rule; empty when eligible. */
    public static List<Problem.FieldError> problems(GrassrootsMemberInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate joined = input.joinedOn();
        boolean exceptionRef = input.ageExceptionRef() != null && !input.ageExceptionRef().isBlank();
        boolean exceptionDate = input.ageExceptionDate() != null;
        boolean exceptionDecided = exceptionRef && exceptionDate && !input.ageExceptionDate().isAfter(joined);
        if (exceptionRef && !exceptionDate) {
            errors.add(new Problem.FieldError("ageExceptionDate", "is required with ageExceptionRef"));
        } else if (exceptionDate && !exceptionRef) {
            errors.add(new Problem.FieldError("ageExceptionRef", "is required with ageExceptionDate"));
        } else if (exceptionDate && input.ageExceptionDate().isAfter(joined)) {
            errors.add(new Problem.FieldError("ageExceptionDate", "must not be after joinedOn (" + joined
                    + "): the exception is decided before the member joins"));
        }
        if (!input.birthDate().isBefore(joined)) {
            errors.add(new Problem.FieldError("birthDate", "must be before joinedOn (" + joined + ")"));
        } else {
            int age = ageOn(input.birthDate(), joined);
            if (age < MINIMUM_AGE) {
                errors.add(new Problem.FieldError("birthDate", "age rule: members must be at least " + MINIMUM_AGE + " years old on joinedOn ("
                        + joined + "); born " + input.birthDate() + ", they are " + age + ". No exception decision admits a minor"));
            } else if (age > MAXIMUM_AGE && !exceptionDecided) {
                errors.add(new Problem.FieldError("birthDate", "age rule: members must be " + MINIMUM_AGE + " to " + MAXIMUM_AGE
                        + " years old on joinedOn (" + joined + "); born " + input.birthDate() + ", they are " + age
                        + ". Someone older joins only with an exception decision: give ageExceptionRef and ageExceptionDate"));
            }
        }
        if (input.residenceSince().isBefore(input.birthDate())) {
            errors.add(new Problem.FieldError("residenceSince", "cannot be before birthDate (" + input.birthDate() + ")"));
        } else if (input.residenceSince().isAfter(joined.minus(MINIMUM_RESIDENCE))) {
            errors.add(new Problem.FieldError("residenceSince", "residence rule: members must have lived in the commune for at least 1 year "
                    + "on joinedOn (" + joined + "), i.e. since " + joined.minus(MINIMUM_RESIDENCE) + " or earlier; given "
                    + input.residenceSince()));
        }
        return errors;
    }
}
