package vn.gov.antq.commons.units;

import java.util.List;

import vn.gov.antq.commons.problem.Problem;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.problem.ProblemType;

/** A province code that did not exist on the date it was reported for: the caller's input is wrong (400). */
public class UnknownProvinceException extends ProblemException {

    public UnknownProvinceException(String field, String code, String detail) {
        super(ProblemType.VALIDATION_FAILED.uri(), ProblemType.VALIDATION_FAILED.title(), 400, detail,
                List.of(new Problem.FieldError(field, "unknown province code '" + code + "'")));
    }
}
