package vn.gov.antq.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kubernetes strategic merge patch for the built-in types this project patches: maps merge key by key, a null
 * deletes, lists whose Kubernetes type declares a merge key (containers and volumes by name, env by name, volume
 * mounts by mountPath, container ports by containerPort, Service ports by port, topology spread constraints by
 * topologyKey) merge element by element, every other list is replaced. Patch directives ({@code $patch},
 * {@code $setElementOrder}, …) are refused.
 */
final class StrategicMerge {

    private StrategicMerge() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> apply(Map<String, Object> target, Map<String, Object> patch) {
        return (Map<String, Object>) merge(Yaml.deepCopy(target), patch, "", (String) target.get("kind"));
    }

    @SuppressWarnings("unchecked")
    private static Object merge(Object target, Object patch, String path, String kind) {
        if (patch instanceof Map<?, ?> patchMap && target instanceof Map<?, ?> targetMap) {
            Map<String, Object> result = new LinkedHashMap<>((Map<String, Object>) targetMap);
            for (Map.Entry<?, ?> e : patchMap.entrySet()) {
                String key = (String) e.getKey();
                if (key.startsWith("$")) {
                    throw new IllegalArgumentException("patch directive " + key + " at " + path + " is not supported");
                }
                if (e.getValue() == null) {
                    result.remove(key);
                } else if (result.containsKey(key)) {
                    result.put(key, merge(result.get(key), e.getValue(), path + "." + key, kind));
                } else {
                    result.put(key, Yaml.deepCopy(e.getValue()));
                }
            }
            return result;
        }
        if (patch instanceof List<?> patchList && target instanceof List<?> targetList) {
            String mergeKey = mergeKey(path, kind);
            if (mergeKey == null) {
                return Yaml.deepCopy(patchList);
            }
            List<Object> result = new ArrayList<>((List<Object>) targetList);
            for (Object element : patchList) {
                Object key = Yaml.map(element).get(mergeKey);
                if (key == null) {
                    throw new IllegalArgumentException("list element at " + path + " lacks its merge key " + mergeKey);
                }
                int index = indexOf(result, mergeKey, key);
                if (index >= 0) {
                    result.set(index, merge(result.get(index), element, path + "[]", kind));
                } else {
                    result.add(Yaml.deepCopy(element));
                }
            }
            return result;
        }
        return Yaml.deepCopy(patch);
    }

    private static int indexOf(List<Object> list, String mergeKey, Object key) {
        for (int i = 0; i < list.size(); i++) {
            if (Objects.equals(Yaml.map(list.get(i)).get(mergeKey), key)) {
                return i;
            }
        }
        return -1;
    }

    /** The merge key Kubernetes declares for the list at this path, or null for a list that is replaced. */
    static String mergeKey(String path, String kind) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        return switch (field) {
            case "containers", "initContainers", "ephemeralContainers", "volumes", "env", "imagePullSecrets" -> "name";
            case "volumeMounts" -> "mountPath";
            case "topologySpreadConstraints" -> "topologyKey";
            case "ports" -> path.endsWith("ontainers[].ports") ? "containerPort"
                    : "Service".equals(kind) && path.equals(".spec.ports") ? "port" : null;
            default -> null;
        };
    }
}
