package vn.gov.antq.commons.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.problem.Problem;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.problem.ProblemType;
import vn.gov.antq.commons.security.CallerScope;

/**
 * Executes a POST at most once per caller and {@code Idempotency-Key} (DESIGN.md §4: a retried request never creates
 * a duplicate). The key is claimed inside the caller's transaction before the write runs, so the record commits or
 * rolls back together with the write; a concurrent duplicate waits for the first one on the primary key and then
 * gets its response.
 *
 * <pre>{@code
 * @POST
 * @Transactional
 * public Response create(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Valid ModelInput input) {
 *     caller.requireWrite(input.provinceCode(), input.communeCode());
 *     return idempotentRequests.once(idempotencyKey, input, () -> {
 *         ModelView created = models.create(input);          // the write, and its audit entry
 *         return Response.created(URI.create("/api/v1/models/" + created.id())).entity(created).build();
 *     });
 * }
 * }</pre>
 */
@ApplicationScoped
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class IdempotentRequests {

    /** Subject recorded for callers without a token (on endpoints that allow them). */
    public static final String ANONYMOUS = "anonymous";
    // A claim only fails to find the row it conflicted with if that row was purged in between; trying again is enough.
    private static final int CLAIM_ATTEMPTS = 3;
    private static final Pattern SCOPE = Pattern.compile("[a-z0-9-]{1,100}");
    /** U+241F SYMBOL FOR UNIT SEPARATOR: outside the printable ASCII every header key is made of. */
    private static final char SCOPE_SEPARATOR = '\u241F';

    @Inject
    IdempotencyRecordRepository repository;

    @Inject
    IdempotencyConfig config;

    @Inject
    CallerScope caller;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentVertxRequest currentRequest;

    /**
     * Runs {@code write} unless this caller already sent a request with this key; call it first in the transaction,
     * before anything is written, with the deserialised request body.
     *
     * <ul>
     * <li>No key, or a malformed one: 400 problem naming the header; nothing runs.</li>
     * <li>First request with the key: {@code write} runs; a 2xx response is remembered (status, {@code Location},
     * {@code ETag}, body as JSON) in this transaction and returned. Other statuses are returned but not remembered,
     * so a retry runs again; failures must be thrown (e.g. {@link ProblemException}), which rolls everything back.</li>
     * <li>Same key, same request: the remembered response again, with {@code Idempotent-Replayed: true}.</li>
     * <li>Same key, different method, path or body: 422 problem {@link ProblemType#IDEMPOTENCY_KEY_REUSED}.</li>
     * </ul>
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Response once(String idempotencyKey, Object requestBody, Supplier<Response> write) {
        String key = IdempotencyKey.require(idempotencyKey);
        return run(new IdempotencyRecordId(subject(), key), IdempotencyKey.HEADER + " '" + key + "'", IdempotencyKey.HEADER,
                requestBody, write);
    }

    /**
     * {@link #once} for a key that does not come from the {@code Idempotency-Key} header, such as the key each item of a
     * batch carries (each item then runs in its own transaction). A scope's keys live apart from header keys and from
     * other scopes' keys, so a client's item key never meets a header key it used for another request: the record is
     * stored under {@code scope + "␟" + base64url(SHA-256(key))}, which no header key can equal (header keys are printable
     * ASCII; ␟ is not) and which fits the column whatever the key's length. The fingerprint covers method, path and
     * {@code requestBody}, so pass the item, not the whole batch.
     *
     * @param scope    the namespace, lower case, e.g. {@code offline-batch-item}
     * @param keyField how problems name the key, e.g. {@code items[2].idempotencyKey}
     * @param key      the client's key, {@link IdempotencyKey#isWellFormed well formed} (else 400 naming {@code keyField})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Response onceInScope(String scope, String keyField, String key, Object requestBody, Supplier<Response> write) {
        if (scope == null || !SCOPE.matcher(scope).matches()) {
            throw new IllegalArgumentException("An idempotency scope is 1 to 100 lower-case letters, digits and hyphens: " + scope);
        }
        if (!IdempotencyKey.isWellFormed(key)) {
            throw ProblemException.invalidField(keyField, key == null || key.isEmpty() ? "is required" : IdempotencyKey.MALFORMED);
        }
        return run(new IdempotencyRecordId(subject(), scope + SCOPE_SEPARATOR + digest(key)), keyField + " '" + key + "'", keyField,
                requestBody, write);
    }

    private Response run(IdempotencyRecordId id, String keyLabel, String keyField, Object requestBody, Supplier<Response> write) {
        String fingerprint = fingerprint(requestBody);
        Instant now = Instant.now();
        Instant cutoff = now.minus(config.retention());
        // A new key (the usual case) costs one statement; a used one is looked at, and freed first when expired.
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            if (repository.claim(id, fingerprint, now)) {
                return execute(id, write);
            }
            IdempotencyRecord existing = repository.findById(id);
            if (existing != null && !existing.createdAt().isBefore(cutoff)) {
                return replay(existing, fingerprint, keyLabel, keyField);
            }
            if (existing != null) {
                repository.getEntityManager().detach(existing);
                repository.deleteIfCreatedBefore(id, cutoff);
            }
        }
        throw new IllegalStateException("Could not claim or find idempotency record after " + CLAIM_ATTEMPTS + " attempts");
    }

    /** Deletes records past the retention period; returns how many. */
    @Transactional
    public long purgeExpired() {
        return repository.deleteCreatedBefore(Instant.now().minus(config.retention()));
    }

    private Response execute(IdempotencyRecordId id, Supplier<Response> write) {
        Response response = write.get();
        if (response == null) {
            throw new IllegalStateException("An idempotent write must return a response");
        }
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            // Not an outcome to repeat: free the key (a waiting duplicate then runs the write itself).
            repository.release(id);
            return response;
        }
        StoredResponse stored = new StoredResponse(response.getStatus(), response.getHeaderString(HttpHeaders.LOCATION),
                response.getHeaderString(HttpHeaders.ETAG), body(response));
        repository.complete(id, stored);
        // The body goes out as the stored JSON text, so first response and replays are identical.
        Response.ResponseBuilder first = Response.fromResponse(response);
        if (stored.body() != null) {
            first.entity(stored.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return first.build();
    }

    private static Response replay(IdempotencyRecord existing, String fingerprint, String keyLabel, String keyField) {
        if (!existing.requestFingerprint().equals(fingerprint)) {
            throw ProblemException.of(ProblemType.IDEMPOTENCY_KEY_REUSED, keyLabel
                    + " was already used for a different request (method, path or body differ). Send a new key for a new"
                    + " request; reuse a key only to retry the identical request.",
                    List.of(new Problem.FieldError(keyField, "already used for a different request")));
        }
        return existing.response().toResponse(true);
    }

    private String body(Response response) {
        if (!response.hasEntity()) {
            return null;
        }
        try {
            return json.writeValueAsString(response.getEntity());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response of an idempotent write cannot be written as JSON", e);
        }
    }

    private String fingerprint(Object requestBody) {
        RoutingContext context = currentRequest.getCurrent();
        if (context == null) {
            throw new IllegalStateException("Idempotent requests need a current HTTP request");
        }
        HttpServerRequest request = context.request();
        String query = request.query();
        return RequestFingerprint.of(json, request.method().name(), query == null ? request.path() : request.path() + "?" + query,
                requestBody);
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String subject() {
        String subject = caller.subject();
        return subject == null ? ANONYMOUS : subject;
    }
}
