package vn.gov.antq.activities.service;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import vn.gov.antq.activities.config.OfflineBatchConfig;
import vn.gov.antq.commons.concurrency.TaggedResponses;
import vn.gov.antq.commons.idempotency.IdempotencyKey;
import vn.gov.antq.commons.idempotency.IdempotentRequests;
import vn.gov.antq.commons.problem.OptimisticLockMappers;
import vn.gov.antq.commons.problem.Problem;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.problem.ProblemExceptionMappers;

/**
 * Records a mobile client made offline, uploaded together. The envelope is checked whole first (a malformed one is a
 * 400 and nothing is stored); then each item runs on its own, in its own transaction, exactly as the single create
 * endpoint would run it: same validation, same scope rules (an item outside the caller's scope fails with 403, the
 * others go on), same audit. Each item's key goes through {@link IdempotentRequests#onceInScope} in the scope
 * {@value #ITEM_SCOPE}, so resending a batch over a poor network creates nothing twice and answers each item that
 * succeeded before with its original result; failed items are not remembered and run again.
 */
@ApplicationScoped
public class OfflineBatchService {

    static final String ITEM_SCOPE = "offline-batch-item";
    static final int MAX_CLIENT_REF = 100;
    private static final Set<String> ITEM_FIELDS = Set.of("idempotencyKey", "activityClientRef");

    /** Exception mappers of commons, called directly: an item's failure becomes exactly the problem its single endpoint answers. */
    private final ProblemExceptionMappers problems = new ProblemExceptionMappers();
    private final OptimisticLockMappers lostRaces = new OptimisticLockMappers();

    @Inject
    PropagandaActivityService activities;

    @Inject
    TipService tips;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    OfflineBatchConfig config;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentVertxRequest currentRequest;

    /** What the idempotency fingerprint covers: the item's content, not its bookkeeping (clientRef, key). */
    record ItemContent(JsonNode activity, JsonNode tip, String activityClientRef) {
    }

    public OfflineBatchResult upload(OfflineBatchInput batch) {
        requireWellFormed(batch);
        List<OfflineItemResult> results = new ArrayList<>();
        Map<String, OfflineItemResult> byClientRef = new HashMap<>();
        for (int i = 0; i < batch.items().size(); i++) {
            OfflineItemResult result = process(i, batch.items().get(i), byClientRef);
            results.add(result);
            byClientRef.put(result.clientRef(), result);
        }
        int succeeded = (int) results.stream().filter(OfflineItemResult::succeeded).count();
        return new OfflineBatchResult(succeeded, results.size() - succeeded, results);
    }

    private OfflineItemResult process(int index, OfflineBatchItem item, Map<String, OfflineItemResult> earlier) {
        OfflineItemKind kind = present(item.activity()) ? OfflineItemKind.ACTIVITY : OfflineItemKind.TIP;
        try {
            Response response;
            if (kind == OfflineItemKind.ACTIVITY) {
                ActivityInput input = parse(item.activity(), ActivityInput.class);
                response = once(item, () -> {
                    ActivityView created = activities.create(input);
                    return TaggedResponses.created(URI.create("/api/v1/activities/" + created.id()), created, created.version());
                });
            } else {
                TipInput parsed = parse(item.tip(), TipInput.class);
                TipInput input = item.activityClientRef() == null ? parsed : linked(parsed, item, earlier.get(item.activityClientRef()));
                response = once(item, () -> {
                    TipView created = tips.create(input);
                    return TaggedResponses.created(URI.create("/api/v1/tips/" + created.id()), created, created.version());
                });
            }
            return success(item, kind, response);
        } catch (Exception e) {
            Problem problem = relativeToItem(problemFor(e), kind);
            return new OfflineItemResult(item.clientRef(), kind, problem.status(), false, null, null, null, problem);
        }
    }

    /** The item's create in a transaction of its own, at most once per item key. */
    private Response once(OfflineBatchItem item, Supplier<Response> create) {
        ItemContent content = new ItemContent(item.activity(), item.tip(), item.activityClientRef());
        return QuarkusTransaction.requiringNew()
                .call(() -> idempotentRequests.onceInScope(ITEM_SCOPE, "idempotencyKey", item.idempotencyKey(), content, create));
    }

    /** A tip naming an activity of this batch gets that activity's id; if the activity item failed, so does the tip. */
    private TipInput linked(TipInput tip, OfflineBatchItem item, OfflineItemResult activity) {
        if (tip.activityId() != null) {
            throw ProblemException.invalidField("activityClientRef", "give the activity either as tip.activityId or as "
                    + "activityClientRef, not both");
        }
        if (!activity.succeeded()) {
            throw new ProblemException("about:blank", "Failed Dependency", 424, "The activity item '" + activity.clientRef()
                    + "' this tip names failed (" + activity.status() + "), so nothing was stored for this tip either; resend both "
                    + "once the activity is corrected", List.of(new Problem.FieldError("activityClientRef", "names an item that failed")));
        }
        return tip.withActivityId(activity.id());
    }

    private <T> T parse(JsonNode payload, Class<T> type) throws JsonProcessingException {
        T input = json.treeToValue(payload, type);
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }

    private OfflineItemResult success(OfflineBatchItem item, OfflineItemKind kind, Response response) throws IOException {
        JsonNode body = json.readTree(String.valueOf(response.getEntity()));
        return new OfflineItemResult(item.clientRef(), kind, response.getStatus(),
                response.getHeaderString(IdempotencyKey.REPLAYED_HEADER) != null, body.path("id").asLong(),
                response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG), null);
    }

    /** The problem the single endpoint would have answered with for this failure (unexpected ones are logged there). */
    private Problem problemFor(Exception e) {
        HttpServerRequest request = currentRequest.getCurrent().request();
        Response response;
        if (e instanceof ProblemException problem) {
            response = problems.problem(problem, request);
        } else if (e instanceof ConstraintViolationException violation) {
            response = problems.constraintViolation(violation, request);
        } else if (e instanceof JsonProcessingException unreadable) {
            response = problems.unreadableJson(unreadable, request);
        } else if (e instanceof RuntimeException runtime) {
            response = lostRaces.runtime(runtime, request);
        } else {
            response = problems.unexpected(e, request);
        }
        return (Problem) response.getEntity();
    }

    /** Field names of the payload get its name in front (activity.heldOn), so they read from the item. */
    private static Problem relativeToItem(Problem problem, OfflineItemKind kind) {
        String prefix = kind == OfflineItemKind.ACTIVITY ? "activity." : "tip.";
        List<Problem.FieldError> errors = problem.errors() == null ? List.of() : problem.errors().stream()
                .map(error -> ITEM_FIELDS.contains(error.field()) ? error : new Problem.FieldError(prefix + error.field(), error.message()))
                .toList();
        return new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), problem.instance(), problem.requestId(), errors);
    }

    /** The envelope, whole: every defect at once, 400 and nothing stored. */
    private void requireWellFormed(OfflineBatchInput batch) {
        int max = config.maxItems();
        if (batch.items() == null || batch.items().isEmpty()) {
            throw malformed(List.of(new Problem.FieldError("items", "must hold 1 to " + max + " items")));
        }
        if (batch.items().size() > max) {
            throw malformed(List.of(new Problem.FieldError("items", "holds " + batch.items().size() + " items; a batch holds at most "
                    + max + ": send the rest in another batch")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Integer> clientRefs = new HashMap<>();
        Map<String, Integer> keys = new HashMap<>();
        Map<String, OfflineItemKind> kinds = new HashMap<>();
        for (int i = 0; i < batch.items().size(); i++) {
            OfflineBatchItem item = batch.items().get(i);
            String at = "items[" + i + "]";
            if (item == null) {
                errors.add(new Problem.FieldError(at, "must be an item object"));
                continue;
            }
            if (item.clientRef() == null || item.clientRef().isBlank()) {
                errors.add(new Problem.FieldError(at + ".clientRef", "is required: your reference for this record, unique in the batch"));
            } else if (item.clientRef().length() > MAX_CLIENT_REF) {
                errors.add(new Problem.FieldError(at + ".clientRef", "must be at most " + MAX_CLIENT_REF + " characters"));
            } else if (clientRefs.containsKey(item.clientRef())) {
                errors.add(new Problem.FieldError(at + ".clientRef", "repeats the clientRef of items[" + clientRefs.get(item.clientRef()) + "]"));
            } else {
                clientRefs.put(item.clientRef(), i);
            }
            if (item.idempotencyKey() == null || item.idempotencyKey().isEmpty()) {
                errors.add(new Problem.FieldError(at + ".idempotencyKey", "is required: a unique key for this item (e.g. a UUID), "
                        + "sent again unchanged when the batch is resent"));
            } else if (!IdempotencyKey.isWellFormed(item.idempotencyKey())) {
                errors.add(new Problem.FieldError(at + ".idempotencyKey", IdempotencyKey.MALFORMED));
            } else if (keys.containsKey(item.idempotencyKey())) {
                errors.add(new Problem.FieldError(at + ".idempotencyKey", "repeats the key of items[" + keys.get(item.idempotencyKey())
                        + "]: every item needs its own"));
            } else {
                keys.put(item.idempotencyKey(), i);
            }
            OfflineItemKind kind = payloadKind(item, at, errors);
            if (item.activityClientRef() != null) {
                if (kind == OfflineItemKind.ACTIVITY) {
                    errors.add(new Problem.FieldError(at + ".activityClientRef", "is only for tip items"));
                } else if (kinds.get(item.activityClientRef()) != OfflineItemKind.ACTIVITY) {
                    errors.add(new Problem.FieldError(at + ".activityClientRef", "names no activity item before this one in the batch"));
                }
            }
            if (kind != null && item.clientRef() != null) {
                kinds.putIfAbsent(item.clientRef(), kind);
            }
        }
        if (!errors.isEmpty()) {
            throw malformed(errors);
        }
    }

    private static ProblemException malformed(List<Problem.FieldError> errors) {
        return ProblemException.invalid("The batch is malformed (" + errors.size() + (errors.size() == 1 ? " problem" : " problems")
                + "); nothing was stored", errors);
    }

    /** A JSON null reads as a NullNode: absent all the same. */
    private static boolean present(JsonNode payload) {
        return payload != null && !payload.isNull();
    }

    private static OfflineItemKind payloadKind(OfflineBatchItem item, String at, List<Problem.FieldError> errors) {
        boolean activity = present(item.activity());
        boolean tip = present(item.tip());
        if (activity == tip) {
            errors.add(new Problem.FieldError(at, "must hold exactly one of activity and tip"));
            return null;
        }
        JsonNode payload = activity ? item.activity() : item.tip();
        if (!payload.isObject()) {
            errors.add(new Problem.FieldError(at + (activity ? ".activity" : ".tip"), "must be an object"));
            return null;
        }
        return activity ? OfflineItemKind.ACTIVITY : OfflineItemKind.TIP;
    }
}
