package vn.gov.antq.commons.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * The field-by-field difference between two states of a record (e.g. its DTO before and after a write), as the audit
 * trail stores it. Nested objects are compared by dotted path; arrays as whole values. Fields named in
 * {@code redacted} (personal data such as a tipster's identity) are recorded as changed, never with their values.
 */
public final class AuditDiff {

    public static final String REDACTED = "[redacted]";

    private AuditDiff() {
    }

    /** {@code before} null means created, {@code after} null means deleted. */
    public static List<FieldChange> between(ObjectMapper json, Object before, Object after, Set<String> redacted) {
        return between(json, before, after, redacted, Set.of());
    }

    /**
     * As {@link #between(ObjectMapper, Object, Object, Set)}, leaving out bookkeeping fields named in {@code ignored}
     * (e.g. {@code version}, {@code updatedAt}) that change with every write and say nothing about it.
     */
    public static List<FieldChange> between(ObjectMapper json, Object before, Object after, Set<String> redacted, Set<String> ignored) {
        JsonNode old = before == null ? JsonNodeFactory.instance.objectNode() : json.valueToTree(before);
        JsonNode now = after == null ? JsonNodeFactory.instance.objectNode() : json.valueToTree(after);
        List<FieldChange> changes = new ArrayList<>();
        compare("", old, now, redacted, ignored, changes);
        return changes;
    }

    private static void compare(String prefix, JsonNode old, JsonNode now, Set<String> redacted, Set<String> ignored,
            List<FieldChange> changes) {
        Set<String> names = new TreeSet<>();
        old.fieldNames().forEachRemaining(names::add);
        now.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            if (ignored.contains(path)) {
                continue;
            }
            JsonNode a = old.path(name).isMissingNode() ? NullNode.instance : old.get(name);
            JsonNode b = now.path(name).isMissingNode() ? NullNode.instance : now.get(name);
            if (a.equals(b)) {
                continue;
            }
            if (redacted.contains(path) || redacted.contains(name)) {
                changes.add(new FieldChange(path, redact(a), redact(b)));
            } else if (a.isObject() && b.isObject()) {
                compare(path, a, b, redacted, ignored, changes);
            } else {
                changes.add(new FieldChange(path, a, b));
            }
        }
    }

    private static JsonNode redact(JsonNode value) {
        return value.isNull() ? value : JsonNodeFactory.instance.textNode(REDACTED);
    }
}
