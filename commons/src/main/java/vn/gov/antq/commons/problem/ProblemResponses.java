package vn.gov.antq.commons.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses; shared by the JAX-RS exception mappers and the HTTP-level handlers. */
public final class ProblemResponses {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    private ProblemResponses() {
    }

    public static Problem plain(int status, String detail, String instance, String requestId) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return new Problem("about:blank", title, status, detail, instance, requestId, List.of());
    }

    public static Problem of(ProblemType type, String detail, String instance, String requestId, List<Problem.FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status().getStatusCode(), detail, instance, requestId, errors);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
