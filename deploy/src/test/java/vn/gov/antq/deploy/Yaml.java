package vn.gov.antq.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads YAML (one or several documents, with anchors and merge keys as compose files use them) into plain maps and
 * lists, and copies them deeply.
 */
final class Yaml {

    private Yaml() {
    }

    static List<Map<String, Object>> readAll(Path file) {
        try {
            return readAll(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<Map<String, Object>> readAll(String text) {
        List<Map<String, Object>> docs = new ArrayList<>();
        try {
            for (Object doc : new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
                if (doc instanceof Map<?, ?> map && !map.isEmpty()) {
                    docs.add(map(map));
                } else if (doc != null) {
                    throw new IllegalArgumentException("a YAML document is not a mapping: " + doc);
                }
            }
        } catch (YAMLException e) {
            throw new IllegalArgumentException("not YAML: " + e.getMessage(), e);
        }
        return docs;
    }

    static Map<String, Object> readOne(Path file) {
        List<Map<String, Object>> docs = readAll(file);
        if (docs.size() != 1) {
            throw new IllegalArgumentException(file + " must hold exactly one YAML document, holds " + docs.size());
        }
        return docs.get(0);
    }

    @SuppressWarnings("unchecked")
    static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> ? (List<Object>) value : List.of();
    }

    /** The value at a dotted path of map keys and list indexes ("spec.containers.0.image"), or null. */
    static Object at(Map<String, Object> doc, String path) {
        Object current = doc;
        for (String key : path.split("\\.")) {
            if (current instanceof Map<?, ?> m) {
                current = m.get(key);
            } else if (current instanceof List<?> l && key.matches("\\d+") && Integer.parseInt(key) < l.size()) {
                current = l.get(Integer.parseInt(key));
            } else {
                return null;
            }
        }
        return current;
    }
}
