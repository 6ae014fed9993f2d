package vn.gov.antq.commons.security;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;


import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import vn.gov.antq.commons.problem.Problem;
import vn.gov.antq.commons.problem.ProblemResponses;

/**
 * 401 and 403 as problem+json inside JAX-RS, where authentication runs lazily so a bad token surfaces here. Routes
 * outside JAX-RS (e.g. {@code /q/metrics}) get the same 401 body from {@link ProblemJwtAuthMechanism}.
 */
public class SecurityProblemMappers {

    static final String CHALLENGE = "Bearer realm=\"antq\"";
    private static final String UNAUTHENTICATED = "A valid bearer token is required: it is missing, expired, not yet valid, "
            + "wrongly signed or from an unknown issuer";

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthorized(request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return unauthorized(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ProblemResponses.response(forbiddenProblem(request));
    }

    private static Response unauthorized(HttpServerRequest request) {
        return Response.fromResponse(ProblemResponses.response(unauthorizedProblem(request)))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }

    static Problem unauthorizedProblem(HttpServerRequest request) {
        return ProblemResponses.plain(401, UNAUTHENTICATED, request.path(), request.getHeader(ProblemResponses.REQUEST_ID_HEADER));
    }

    private static Problem forbiddenProblem(HttpServerRequest request) {
        return ProblemResponses.plain(403, "Your role or administrative scope does not allow this operation", request.path(),
                request.getHeader(ProblemResponses.REQUEST_ID_HEADER));
    }
}
