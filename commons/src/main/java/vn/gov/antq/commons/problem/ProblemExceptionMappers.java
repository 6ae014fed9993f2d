package vn.gov.antq.commons.problem;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.vertx.core.http.HttpServerRequest;

/**
 * The one mapper set every service uses: whatever fails inside a JAX-RS resource leaves as RFC 9457 problem+json,
 * without stack traces, SQL or class names. Unexpected failures are logged with the request id the client sees.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    /** SQLSTATE of a statement cancelled by statement_timeout (or by an operator). */
    private static final String QUERY_CANCELED = "57014";
    /** What Agroal's acquisition timeout says; it carries no SQLSTATE. */
    private static final String POOL_TIMEOUT_MESSAGE = "acquisition timeout";
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final String INSTANT_EXPECTED = "must be an ISO-8601 instant with a time zone, e.g. 2026-03-14T08:15:30Z";

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return ProblemResponses.response(new Problem(e.type(), e.title(), e.status(), e.getMessage(),
                request.path(), requestId(request), e.errors()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> lastKind(v.getPropertyPath()) == ElementKind.RETURN_VALUE
                        || containsKind(v.getPropertyPath(), ElementKind.RETURN_VALUE));
        if (returnValue) {
            return unexpected(e, request);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return ProblemResponses.response(ProblemResponses.of(ProblemType.VALIDATION_FAILED, detail, request.path(),
                requestId(request), errors));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpServerRequest request) {
        return malformed(e, request);
    }

    /** Outranks the mapper Quarkus REST Jackson ships for this type, which answers with plain JSON. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedJson(MismatchedInputException e, HttpServerRequest request) {
        return malformed(e, request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request, ResourceInfo resource) {
        // Quarkus REST wraps body-parsing failures in a 400 WebApplicationException.
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json, request);
        }
        int status = e.getResponse().getStatus();
        if ((status == 400 || status == 404) && e.getCause() != null && !(e.getCause() instanceof WebApplicationException)) {
            return unconvertibleParameter(e.getCause(), request, resource);
        }
        if (status >= 500) {
            return unexpected(e, request);
        }
        Response.ResponseBuilder response = Response.fromResponse(ProblemResponses.response(
                ProblemResponses.plain(status, clientDetail(e, status), request.path(), requestId(request))));
        if (e instanceof NotAllowedException) {
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                response.header(HttpHeaders.ALLOW, allow);
            }
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        String requestId = requestId(request);
        String unavailable = unavailable(e);
        if (unavailable != null) {
            // Not a fault of the request nor of the code: the database is saturated or failing over. Say when to try again.
            LOG.warnf("%s %s not served for now (request id %s): %s", request.method(), request.path(), requestId, unavailable);
            return Response.fromResponse(ProblemResponses.response(ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE,
                    "The service cannot answer now (" + unavailable + "); nothing was changed. Try again in a few seconds.",
                    request.path(), requestId, List.of()))).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        if (clientWentAway(e)) {
            // Mobile clients on poor networks drop connections mid-upload: nobody reads the answer, nothing failed here.
            LOG.debugf("Client closed the connection during %s %s (request id %s)", request.method(), request.path(), requestId);
        } else {
            LOG.errorf(e, "Unexpected failure of %s %s (request id %s)", request.method(), request.path(), requestId);
        }
        return ProblemResponses.response(ProblemResponses.of(ProblemType.INTERNAL_ERROR,
                "The request could not be completed. Quote request id " + requestId + " when reporting this.",
                request.path(), requestId, List.of()));
    }

    /** The failure is the client's connection closing while its request was read or its answer written. */
    static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof io.vertx.core.http.HttpClosedException || cause instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why the failure is the database being out of reach for a moment rather than an error, or null: no pooled
     * connection came free in time (Agroal says so only in its message); PostgreSQL cancelled a statement that ran past
     * {@code statement_timeout} (SQLSTATE 57014); the connection broke or the server is restarting or failing over
     * (class 08, 57P01–57P03); or it has no connection slot left (53300). A transaction that failed so has rolled
     * back: nothing was written, and the same request may be sent again.
     */
    static String unavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.equals(QUERY_CANCELED)) {
                    return "a database statement ran out of time";
                }
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return "the connection to the database was lost";
                }
                if (state.equals("53300")) {
                    return "the database has no connection to spare";
                }
                if (sql.getMessage() != null && sql.getMessage().contains(POOL_TIMEOUT_MESSAGE)) {
                    return "no database connection came free in time";
                }
            }
        }
        return null;
    }

    /**
     * JAX-RS answers 404 when a query or path parameter cannot be converted (e.g. {@code date=2022-13-45}); for a client
     * that is a bad request. The failing parameter is found by its value, which the conversion error quotes.
     */
    private Response unconvertibleParameter(Throwable cause, HttpServerRequest request, ResourceInfo resource) {
        String message = String.valueOf(cause.getMessage());
        String expected = cause instanceof java.time.format.DateTimeParseException ? "must be an ISO-8601 date (yyyy-MM-dd)"
                : cause instanceof NumberFormatException ? "must be a whole number"
                : "has a value of the wrong format";
        List<Problem.FieldError> errors = new ArrayList<>();
        for (var param : request.params()) {
            String value = param.getValue();
            if (!value.isEmpty() && (message.contains("\"" + value + "\"") || message.contains("'" + value + "'"))) {
                errors.add(new Problem.FieldError(param.getKey(), isInstant(resource, param.getKey()) ? INSTANT_EXPECTED : expected));
            }
        }
        String detail = errors.isEmpty() ? "A query or path parameter has a value of the wrong format"
                : "Parameter " + errors.get(0).field() + " " + errors.get(0).message();
        return ProblemResponses.response(ProblemResponses.of(ProblemType.VALIDATION_FAILED, detail, request.path(),
                requestId(request), errors));
    }

    /** Whether the query/path parameter of this name is a point in time (its parse error is the same as a date's). */
    private static boolean isInstant(ResourceInfo resource, String name) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return false;
        }
        for (Parameter parameter : method.getParameters()) {
            List<AnnotatedElement> candidates = new ArrayList<>(List.of(parameter));
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                candidates.addAll(List.of(parameter.getType().getDeclaredFields()));
            }
            for (AnnotatedElement candidate : candidates) {
                QueryParam query = candidate.getAnnotation(QueryParam.class);
                PathParam path = candidate.getAnnotation(PathParam.class);
                if ((query != null && query.value().equals(name)) || (path != null && path.value().equals(name))) {
                    Class<?> type = candidate instanceof Parameter p ? p.getType() : ((Field) candidate).getType();
                    return type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class;
                }
            }
        }
        return false;
    }

    private Response malformed(JsonProcessingException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String detail;
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = jsonPath(unknown);
            errors.add(new Problem.FieldError(field, "unknown field"));
            detail = "The body has a field this endpoint does not accept: " + field;
        } else if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            JsonMappingException mapping = (JsonMappingException) e;
            String field = jsonPath(mapping);
            Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
            String expected = target == null ? "a different value" : describe(target);
            if (field.isEmpty()) {
                detail = "The body does not have the expected shape: expected " + expected;
            } else {
                errors.add(new Problem.FieldError(field, "must be " + expected));
                detail = "A field of the body has the wrong type: " + field;
            }
        } else {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            detail = line > 0 ? "The body is not valid JSON (line " + line + ", column " + column + ")" : "The body is not valid JSON";
        }
        return ProblemResponses.response(ProblemResponses.of(ProblemType.MALFORMED_REQUEST, detail, request.path(),
                requestId(request), errors));
    }

    private static String clientDetail(WebApplicationException e, int status) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed here";
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "This media type is not supported here; the operation's request body in /q/openapi names the one to send";
            default -> {
                // Only our own messages may reach the client; framework messages can name classes.
                String message = e.getMessage();
                yield message == null || message.startsWith("HTTP ") || message.contains("Exception") ? null : message;
            }
        };
    }

    private static String describe(Class<?> target) {
        if (target.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : target.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return "one of " + String.join(", ", names);
        }
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
            return "an ISO-8601 date or time";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** {@code create.body.name} → {@code name}; a query parameter keeps its own name. */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && i < nodes.size() - 1) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static ElementKind lastKind(Path path) {
        ElementKind kind = null;
        for (Path.Node node : path) {
            kind = node.getKind();
        }
        return kind;
    }

    private static boolean containsKind(Path path, ElementKind kind) {
        for (Path.Node node : path) {
            if (node.getKind() == kind) {
                return true;
            }
        }
        return false;
    }

    static String requestId(HttpServerRequest request) {
        return request.getHeader(ProblemResponses.REQUEST_ID_HEADER);
    }
}
