package vn.gov.antq.commons.concurrency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.core.http.HttpServerRequest;
import vn.gov.antq.commons.problem.Problem;
import vn.gov.antq.commons.problem.ProblemResponses;

/** 412 as problem+json, with the current ETag also in the {@code ETag} header so a client can retry without parsing text. */
public class ConcurrencyProblemMappers {

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e, HttpServerRequest request) {
        Problem problem = new Problem(e.type(), e.title(), e.status(), e.getMessage(), request.path(),
                request.getHeader(ProblemResponses.REQUEST_ID_HEADER), e.errors());
        return Response.fromResponse(ProblemResponses.response(problem)).header(HttpHeaders.ETAG, e.currentTag()).build();
    }
}
