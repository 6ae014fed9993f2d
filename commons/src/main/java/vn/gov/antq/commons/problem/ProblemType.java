package vn.gov.antq.commons.problem;

import jakarta.ws.rs.core.Response;

/** The problem types the suite reports besides plain HTTP errors ({@code about:blank}). */
public enum ProblemType {
    VALIDATION_FAILED("urn:antq:problem:validation-failed", "Request validation failed", Response.Status.BAD_REQUEST),
    MALFORMED_REQUEST("urn:antq:problem:malformed-request", "Malformed request body", Response.Status.BAD_REQUEST),
    CONFLICT("urn:antq:problem:conflict", "Conflict with the current state", Response.Status.CONFLICT),
    INTERNAL_ERROR("urn:antq:problem:internal-error", "Internal error", Response.Status.INTERNAL_SERVER_ERROR);

    private final String uri;
    private final String title;
    private final Response.Status status;

    ProblemType(String uri, String title, Response.Status status) {
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

    public Response.Status status() {
        return status;
    }
}
