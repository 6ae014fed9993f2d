package vn.gov.antq.gateway.proxy;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import vn.gov.antq.commons.problem.Problem;
import vn.gov.antq.commons.problem.ProblemResponses;
import vn.gov.antq.commons.problem.ProblemType;

/** problem+json bodies for answers the gateway gives itself on the Vert.x router, shaped as the JAX-RS mappers shape theirs. */
@Singleton
public class ProblemWriter {

    @Inject
    ObjectMapper json;

    public Problem plain(HttpServerRequest request, int status, String detail) {
        return ProblemResponses.plain(status, detail, request.path(), request.getHeader(ProblemResponses.REQUEST_ID_HEADER));
    }

    public Buffer body(Problem problem) {
        try {
            return Buffer.buffer(json.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem always serialises", e);
        }
    }

    public void write(HttpServerRequest request, int status, String detail) {
        send(request, plain(request, status, detail));
    }

    public void write(HttpServerRequest request, ProblemType type, String detail, List<Problem.FieldError> errors) {
        send(request, ProblemResponses.of(type, detail, request.path(), request.getHeader(ProblemResponses.REQUEST_ID_HEADER), errors));
    }

    private void send(HttpServerRequest request, Problem problem) {
        var response = request.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (!request.isEnded()) {
            // The body was not read: close the connection once answered rather than leave it unread on a kept-alive one.
            response.putHeader(HttpHeaders.CONNECTION, "close").endHandler(done -> request.connection().close());
        }
        response.end(body(problem));
    }
}
