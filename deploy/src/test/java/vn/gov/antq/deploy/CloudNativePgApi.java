package vn.gov.antq.deploy;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.ObjectMeta;

/**
 * Checks CloudNativePG documents (Cluster, ScheduledBackup, and the Barman Cloud plugin's ObjectStore) against the
 * field list in {@code cloudnative-pg-api.yaml}: every field must exist in its type, have the right kind of value,
 * and required fields must be there. Kubernetes core types inside them are checked with the fabric8 model.
 */
final class CloudNativePgApi {

    private final Map<String, Object> roots;
    private final Map<String, Object> types;

    private CloudNativePgApi(Map<String, Object> api) {
        this.roots = Yaml.map(api.get("roots"));
        this.types = Yaml.map(api.get("types"));
    }

    static CloudNativePgApi load() {
        try (InputStream in = CloudNativePgApi.class.getResourceAsStream("/cloudnative-pg-api.yaml")) {
            return new CloudNativePgApi(Yaml.readAll(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).get(0));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    boolean handles(Map<String, Object> doc) {
        return roots.containsKey(doc.get("apiVersion") + "/" + doc.get("kind"));
    }

    void check(Map<String, Object> doc, String where, List<String> violations) {
        String root = (String) roots.get(doc.get("apiVersion") + "/" + doc.get("kind"));
        for (String field : doc.keySet()) {
            if (!Set.of("apiVersion", "kind", "metadata", "spec").contains(field)) {
                violations.add(where + ": unknown field(s) [" + field + "]");
            }
        }
        StrictModel.read(doc.get("metadata"), ObjectMeta.class, where + ".metadata", violations);
        if (doc.get("spec") == null) {
            violations.add(where + ": spec is missing");
            return;
        }
        checkValue(doc.get("spec"), root, where + ".spec", violations);
    }

    private void checkValue(Object value, String type, String path, List<String> violations) {
        if (type.startsWith("[")) {
            if (!(value instanceof List<?> list)) {
                violations.add(path + ": must be a list");
                return;
            }
            String element = type.substring(1, type.length() - 1);
            for (int i = 0; i < list.size(); i++) {
                checkValue(list.get(i), element, path + "[" + i + "]", violations);
            }
            return;
        }
        if (type.startsWith("enum:")) {
            if (!List.of(type.substring(5).split("\\|")).contains(String.valueOf(value))) {
                violations.add(path + ": '" + value + "' is not one of " + type.substring(5));
            }
            return;
        }
        if (type.startsWith("k8s:")) {
            try {
                Class<?> model = Class.forName("io.fabric8.kubernetes.api.model." + type.substring(4));
                StrictModel.read(value, model, path, violations);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("no fabric8 model class for " + type, e);
            }
            return;
        }
        switch (type) {
            case "string", "quantity" -> {
                if (!(value instanceof String)) {
                    violations.add(path + ": must be a string");
                }
            }
            case "integer" -> {
                if (!(value instanceof Integer || value instanceof Long)) {
                    violations.add(path + ": must be an integer");
                }
            }
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    violations.add(path + ": must be true or false");
                }
            }
            case "map" -> {
                if (!(value instanceof Map<?, ?> map) || map.values().stream().anyMatch(v -> !(v instanceof String))) {
                    violations.add(path + ": must map names to strings");
                }
            }
            default -> checkObject(value, type, path, violations);
        }
    }

    private void checkObject(Object value, String type, String path, List<String> violations) {
        if (!types.containsKey(type)) {
            violations.add(path + ": type " + type + " is not described in cloudnative-pg-api.yaml, so its use cannot be verified");
            return;
        }
        if (!(value instanceof Map<?, ?> map)) {
            violations.add(path + ": must be an object (" + type + ")");
            return;
        }
        Map<String, Object> fields = Yaml.map(types.get(type));
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String fieldType = (String) fields.get(e.getKey());
            if (fieldType == null) {
                violations.add(path + ": unknown field(s) [" + e.getKey() + "] (" + type + ")");
            } else {
                checkValue(e.getValue(), fieldType.replace("!", ""), path + "." + e.getKey(), violations);
            }
        }
        fields.forEach((field, fieldType) -> {
            if (((String) fieldType).endsWith("!") && !map.containsKey(field)) {
                violations.add(path + ": required field " + field + " is missing (" + type + ")");
            }
        });
    }
}
