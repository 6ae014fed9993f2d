package vn.gov.antq.deploy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;

/**
 * Reads a manifest into the fabric8 Kubernetes object model and reports every field the model does not know. The
 * model classes keep unknown fields in {@code additionalProperties} instead of failing, so after reading, the
 * object graph is walked and any non-empty {@code additionalProperties} is an unknown field.
 */
final class StrictModel {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** The model classes' getters, looked up once per class. */
    private static final ClassValue<List<Method>> GETTERS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getMethods())
                    .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                            && m.getName().startsWith("get") && !m.getName().equals("getClass"))
                    .toList();
        }
    };

    private StrictModel() {
    }

    static <T> T read(Object document, Class<T> type, String where, List<String> violations) {
        T value;
        try {
            value = MAPPER.convertValue(document, type);
        } catch (IllegalArgumentException e) {
            violations.add(where + ": does not fit " + type.getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
        collectUnknown(value, where, violations);
        return value;
    }

    private static void collectUnknown(Object value, String path, List<String> violations) {
        if (value == null || value instanceof IntOrString || value instanceof Quantity) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collectUnknown(v, path + "." + k, violations));
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectUnknown(list.get(i), path + "[" + i + "]", violations);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method m : GETTERS.get(value.getClass())) {
            Object field;
            try {
                field = m.invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (m.getName().equals("getAdditionalProperties")) {
                if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    violations.add(path + ": unknown field(s) " + extra.keySet());
                }
            } else {
                String name = m.getName().substring(3);
                collectUnknown(field, path + "." + Character.toLowerCase(name.charAt(0)) + name.substring(1), violations);
            }
        }
    }
}
