package vn.gov.antq.gateway.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one statistics endpoint answered for a view: its body, or why there is none; and how long the gateway waited
 * for it, in milliseconds (retries and all), for the view's {@code Server-Timing}. {@code etag} is the service's tag
 * for the body (null when it gave none or the part is missing); {@code notModified} says the service confirmed a body
 * the gateway held (304) rather than sending it.
 */
public record PartAnswer(Part part, JsonNode body, Degraded missing, double waitedMillis, String etag, boolean notModified) {

    public static PartAnswer answered(Part part, JsonNode body, String etag, boolean notModified) {
        return new PartAnswer(part, body, null, 0, etag, notModified);
    }

    public static PartAnswer missing(Part part, Degraded why) {
        return new PartAnswer(part, null, why, 0, null, false);
    }

    PartAnswer waited(long nanos) {
        return new PartAnswer(part, body, missing, nanos / 1_000_000.0, etag, notModified);
    }

    public boolean available() {
        return body != null;
    }

    public JsonNode totals() {
        return body.get("totals");
    }

    /** The groups by key; the group without a key (figures under no commune) under {@code null}. */
    public Map<String, JsonNode> groups() {
        Map<String, JsonNode> groups = new LinkedHashMap<>();
        JsonNode list = body.get("groups");
        if (list != null && list.isArray()) {
            list.forEach(group -> groups.put(Optional.ofNullable(group.get("key")).filter(k -> !k.isNull()).map(JsonNode::asText).orElse(null),
                    group));
        }
        return groups;
    }
}
