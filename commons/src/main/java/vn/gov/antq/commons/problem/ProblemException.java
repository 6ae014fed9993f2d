package vn.gov.antq.commons.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

/**
 * Thrown by services to answer with a specific problem: a rule the request breaks (400 with field errors),
 * a conflict with stored state (409), or any other 4xx. Mapped to problem+json by {@link ProblemExceptionMappers}.
 */
public class ProblemException extends RuntimeException {

    private final String type;
    private final String title;
    private final int status;
    private final List<Problem.FieldError> errors;

    public ProblemException(String type, String title, int status, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.title = title;
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException conflict(String detail) {
        return of(ProblemType.CONFLICT, detail, List.of());
    }

    public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
        return of(ProblemType.VALIDATION_FAILED, detail, errors);
    }

    public static ProblemException invalidField(String field, String message) {
        return invalid(field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException status(Response.Status status, String detail) {
        return new ProblemException("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
    }

    public static ProblemException of(ProblemType type, String detail, List<Problem.FieldError> errors) {
        return new ProblemException(type.uri(), type.title(), type.status().getStatusCode(), detail, errors);
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
