package vn.gov.antq.commons.problem;

import jakarta.ws.rs.core.Response;

/** The problem types the suite reports besides plain HTTP errors ({@code about:blank}). */
public enum ProblemType {
    VALIDATION_FAILED("urn:antq:problem:validation-failed", "Request validation failed", Response.Status.BAD_REQUEST),
    MALFORMED_REQUEST("urn:antq:problem:malformed-request", "Malformed request body", Response.Status.BAD_REQUEST),
    CONFLICT("urn:antq:problem:conflict", "Conflict with the current state", Response.Status.CONFLICT),
    IDEMPOTENCY_KEY_REUSED("urn:antq:problem:idempotency-key-reused", "Idempotency key reused for a different request",
            HttpStatus.UNPROCESSABLE_CONTENT),
    INTERNAL_ERROR("urn:antq:problem:internal-error", "Internal error", Response.Status.INTERNAL_SERVER_ERROR),
    SERVICE_UNAVAILABLE("urn:antq:problem:service-unavailable", "Service temporarily unavailable", Response.Status.SERVICE_UNAVAILABLE);

    private final String uri;
    private final String title;
    private final Response.StatusType status;

    ProblemType(String uri, String title, Response.StatusType status) {
        this.uri = uri;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public Response.StatusType status() {
        return status;
    }

    /** Statuses Jakarta REST has no constant for. */
    private enum HttpStatus implements Response.StatusType {
        UNPROCESSABLE_CONTENT(422, "Unprocessable Content");

        private final int code;
        private final String reason;

        HttpStatus(int code, String reason) {
            this.code = code;
            this.reason = reason;
        }

        @Override
        public int getStatusCode() {
            return code;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.familyOf(code);
        }

        @Override
        public String getReasonPhrase() {
            return reason;
        }
    }
}
