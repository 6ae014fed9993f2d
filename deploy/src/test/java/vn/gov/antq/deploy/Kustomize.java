package vn.gov.antq.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kustomize build} (kubectl kustomize, kustomize v5) does, for exactly the
 * features this project's manifests use: {@code resources} (files and directories with their own kustomization),
 * {@code namespace}, {@code patches} (strategic-merge patches from a file, matched by kind and name or by a
 * {@code target} kind/name), {@code replicas} and {@code images}. Anything else in a kustomization, or a patch or
 * replica or image entry that matches nothing, is an error rather than silently ignored: a manifest can only use
 * what this renderer really renders. No kustomize binary is published on the registries the build may use (Maven
 * Central, npm, Debian), hence this; KubectlAgreementTest compares it with a real kustomize where one is installed.
 */
final class Kustomize {

    private static final Set<String> KUSTOMIZATION_FIELDS =
            Set.of("apiVersion", "kind", "resources", "namespace", "patches", "replicas", "images");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "ReplicaSet", "DaemonSet", "Job");

    private Kustomize() {
    }

    static List<Map<String, Object>> build(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + dir);
        }
        Map<String, Object> k = Yaml.readOne(file);
        for (String field : k.keySet()) {
            if (!KUSTOMIZATION_FIELDS.contains(field)) {
                throw new IllegalArgumentException(file + ": kustomization field '" + field + "' is not supported");
            }
        }
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object entry : Yaml.list(k.get("resources"))) {
            Path resource = dir.resolve((String) entry).normalize();
            if (Files.isDirectory(resource)) {
                docs.addAll(build(resource));
            } else if (Files.isRegularFile(resource)) {
                docs.addAll(Yaml.readAll(resource));
            } else {
                throw new IllegalArgumentException(file + ": resource " + entry + " does not exist");
            }
        }
        for (Object entry : Yaml.list(k.get("patches"))) {
            applyPatch(dir, file, Yaml.map(entry), docs);
        }
        String namespace = (String) k.get("namespace");
        if (namespace != null) {
            for (Map<String, Object> doc : docs) {
                if (!CLUSTER_SCOPED.contains(doc.get("kind"))) {
                    metadata(doc).put("namespace", namespace);
                }
            }
        }
        for (Object entry : Yaml.list(k.get("replicas"))) {
            Map<String, Object> r = Yaml.map(entry);
            boolean matched = false;
            for (Map<String, Object> doc : docs) {
                if (WORKLOADS.contains(doc.get("kind")) && r.get("name").equals(name(doc))) {
                    spec(doc).put("replicas", r.get("count"));
                    matched = true;
                }
            }
            require(matched, file + ": replicas entry " + r.get("name") + " matches no workload");
        }
        for (Object entry : Yaml.list(k.get("images"))) {
            setImage(file, Yaml.map(entry), docs);
        }
        Set<String> ids = new HashSet<>();
        for (Map<String, Object> doc : docs) {
            String id = doc.get("kind") + "/" + metadata(doc).get("namespace") + "/" + name(doc);
            require(ids.add(id), file + ": resource " + id + " appears twice");
        }
        return docs;
    }

    private static void applyPatch(Path dir, Path file, Map<String, Object> entry, List<Map<String, Object>> docs) {
        for (String field : entry.keySet()) {
            require(Set.of("path", "target").contains(field), file + ": patch field '" + field + "' is not supported");
        }
        Map<String, Object> patch = Yaml.readOne(dir.resolve((String) entry.get("path")));
        Map<String, Object> target = Yaml.map(entry.get("target"));
        for (String field : target.keySet()) {
            require(Set.of("kind", "name").contains(field), file + ": patch target field '" + field + "' is not supported");
        }
        String kind = target.isEmpty() ? (String) patch.get("kind") : (String) target.get("kind");
        String name = target.isEmpty() ? name(patch) : (String) target.get("name");
        // With a target the patch's own name and kind only say what shape it has.
        Map<String, Object> body = new LinkedHashMap<>(patch);
        body.remove("apiVersion");
        body.remove("kind");
        Map<String, Object> meta = new LinkedHashMap<>(Yaml.map(body.get("metadata")));
        meta.remove("name");
        meta.remove("namespace");
        if (meta.isEmpty()) {
            body.remove("metadata");
        } else {
            body.put("metadata", meta);
        }
        boolean matched = false;
        for (int i = 0; i < docs.size(); i++) {
            Map<String, Object> doc = docs.get(i);
            if (doc.get("kind").equals(kind) && (name == null || name.equals(name(doc)))) {
                docs.set(i, StrategicMerge.apply(doc, body));
                matched = true;
            }
        }
        require(matched, file + ": patch " + entry.get("path") + " matches no resource");
    }

    private static void setImage(Path file, Map<String, Object> entry, List<Map<String, Object>> docs) {
        boolean matched = false;
        for (Map<String, Object> doc : docs) {
            Map<String, Object> podSpec = Yaml.map(Yaml.at(doc, "spec.template.spec"));
            for (String list : List.of("containers", "initContainers")) {
                for (Object c : Yaml.list(podSpec.get(list))) {
                    Map<String, Object> container = Yaml.map(c);
                    String image = (String) container.get("image");
                    if (image != null && imageName(image).equals(entry.get("name"))) {
                        String newName = (String) entry.getOrDefault("newName", imageName(image));
                        String tag = entry.containsKey("digest") ? "@" + entry.get("digest")
                                : entry.containsKey("newTag") ? ":" + entry.get("newTag") : imageSuffix(image);
                        container.put("image", newName + tag);
                        matched = true;
                    }
                }
            }
        }
        require(matched, file + ": images entry " + entry.get("name") + " matches no container");
    }

    static String imageName(String image) {
        int at = image.indexOf('@');
        String withoutDigest = at >= 0 ? image.substring(0, at) : image;
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    private static String imageSuffix(String image) {
        return image.substring(imageName(image).length());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> metadata(Map<String, Object> doc) {
        return (Map<String, Object>) doc.computeIfAbsent("metadata", k -> new LinkedHashMap<>());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(Map<String, Object> doc) {
        return (Map<String, Object>) doc.computeIfAbsent("spec", k -> new LinkedHashMap<>());
    }

    static String name(Map<String, Object> doc) {
        return (String) Yaml.map(doc.get("metadata")).get("name");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
