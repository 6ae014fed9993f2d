package vn.gov.antq.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import vn.gov.antq.deploy.NetworkFlows.Endpoint;
import vn.gov.antq.deploy.NetworkFlows.Port;

/**
 * Checks a rendered overlay against the Kubernetes object model, the CloudNativePG API and the apps' own
 * configuration, and returns every problem found (an empty list means the overlay is consistent). Tests feed it the
 * real overlays and, to show that it catches mistakes, deliberately broken copies.
 */
final class ManifestChecker {

    private static final Map<String, Class<?>> KINDS = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([a-z0-9.-]+):(\\d+)/([a-z0-9_]+)");
    private static final Pattern HTTP_URL = Pattern.compile("http://([a-z0-9-]+):(\\d+)");
    /** The CloudNativePG operator's pods and the cluster DNS, as the policies name them. */
    private static final String OPERATOR_NAMESPACE = "cnpg-system";
    private static final String INGRESS_NAMESPACE = "ingress-nginx";

    private final String overlay;
    private final boolean production;
    private final Map<String, AppFacts> apps;
    private final OperatorSecrets operatorSecrets;
    private final CloudNativePgApi cnpg = CloudNativePgApi.load();
    private final List<String> violations = new ArrayList<>();

    private final Map<String, Deployment> deployments = new LinkedHashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, ConfigMap> configMaps = new LinkedHashMap<>();
    private final Map<String, Secret> secrets = new LinkedHashMap<>();
    private final List<HorizontalPodAutoscaler> autoscalers = new ArrayList<>();
    private final List<PodDisruptionBudget> budgets = new ArrayList<>();
    private final List<NetworkPolicy> policies = new ArrayList<>();
    private final List<Ingress> ingresses = new ArrayList<>();
    private final List<Namespace> namespaces = new ArrayList<>();
    private final Map<String, Map<String, Object>> clusters = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> objectStores = new LinkedHashMap<>();
    private final List<Map<String, Object>> scheduledBackups = new ArrayList<>();

    private ManifestChecker(String overlay, boolean production, Map<String, AppFacts> apps, OperatorSecrets operatorSecrets) {
        this.overlay = overlay;
        this.production = production;
        this.apps = apps;
        this.operatorSecrets = operatorSecrets;
    }

    static List<String> check(String overlay, boolean production, List<Map<String, Object>> docs,
            Map<String, AppFacts> apps, OperatorSecrets operatorSecrets) {
        ManifestChecker checker = new ManifestChecker(overlay, production, apps, operatorSecrets);
        checker.run(docs);
        return checker.violations;
    }

    private void run(List<Map<String, Object>> docs) {
        for (Map<String, Object> doc : docs) {
            read(doc);
        }
        String namespace = checkNamespace();
        for (AppFacts app : apps.values()) {
            checkApp(app);
        }
        checkServices();
        checkIngress();
        checkScaling();
        checkDatabases();
        checkNetwork(namespace);
    }

    private void fail(String message) {
        violations.add(overlay + ": " + message);
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    private void read(Map<String, Object> doc) {
        String type = doc.get("apiVersion") + "/" + doc.get("kind");
        String where = overlay + " " + doc.get("kind") + "/" + Kustomize.name(doc);
        if (cnpg.handles(doc)) {
            cnpg.check(doc, where, violations);
            switch ((String) doc.get("kind")) {
                case "Cluster" -> clusters.put(Kustomize.name(doc), doc);
                case "ObjectStore" -> objectStores.put(Kustomize.name(doc), doc);
                default -> scheduledBackups.add(doc);
            }
            return;
        }
        Class<?> model = KINDS.get(type);
        if (model == null) {
            fail(doc.get("kind") + "/" + Kustomize.name(doc) + ": " + type + " is not a kind these checks know");
            return;
        }
        Object value = StrictModel.read(doc, model, where, violations);
        if (value instanceof Deployment d) {
            deployments.put(d.getMetadata().getName(), d);
        } else if (value instanceof Service s) {
            services.put(s.getMetadata().getName(), s);
        } else if (value instanceof ConfigMap c) {
            configMaps.put(c.getMetadata().getName(), c);
        } else if (value instanceof Secret s) {
            secrets.put(s.getMetadata().getName(), s);
        } else if (value instanceof HorizontalPodAutoscaler h) {
            autoscalers.add(h);
        } else if (value instanceof PodDisruptionBudget p) {
            budgets.add(p);
        } else if (value instanceof NetworkPolicy n) {
            policies.add(n);
        } else if (value instanceof Ingress i) {
            ingresses.add(i);
        } else if (value instanceof Namespace n) {
            namespaces.add(n);
        }
    }

    private String checkNamespace() {
        Set<String> used = new TreeSet<>();
        deployments.values().forEach(d -> used.add(String.valueOf(d.getMetadata().getNamespace())));
        services.values().forEach(s -> used.add(String.valueOf(s.getMetadata().getNamespace())));
        if (used.size() != 1) {
            fail("the apps must live in one namespace, found " + used);
            return used.isEmpty() ? "" : used.iterator().next();
        }
        String namespace = used.iterator().next();
        if (namespaces.stream().noneMatch(n -> n.getMetadata().getName().equals(namespace))) {
            fail("Namespace " + namespace + " is not part of the overlay");
        }
        return namespace;
    }

    // ---- the apps ------------------------------------------------------------------------------------------------

    private void checkApp(AppFacts app) {
        Deployment deployment = deployments.get(app.name());
        if (deployment == null) {
            fail("no Deployment " + app.name());
            return;
        }
        String where = "Deployment/" + app.name();
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        if (!NetworkFlows.matches(deployment.getSpec().getSelector(), podLabels)) {
            fail(where + ": selector " + deployment.getSpec().getSelector().getMatchLabels() + " does not match its pod labels " + podLabels);
        }
        int replicas = Objects.requireNonNullElse(deployment.getSpec().getReplicas(), 1);
        if (production ? replicas < 2 : replicas != 1) {
            fail(where + ": " + replicas + " replicas (" + (production ? "at least 2" : "1") + " expected)");
        }
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        if (pod.getSecurityContext() == null || !Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot())) {
            fail(where + ": the pod must set runAsNonRoot: true");
        }
        if (pod.getContainers().size() != 1) {
            fail(where + ": one container expected, found " + pod.getContainers().size());
            return;
        }
        Container container = pod.getContainers().get(0);
        if (container.getImage() == null || !Kustomize.imageName(container.getImage()).endsWith("/" + app.name())) {
            fail(where + ": image " + container.getImage() + " is not the " + app.name() + " image");
        }
        checkContainerSecurity(where, pod, container);
        checkPorts(where, app, container);
        checkProbes(where, app, container);
        checkResources(where, container);
        Map<String, String> env = environment(where, container);
        checkRequiredEnvironment(where, app, env, pod, container);
        if (production && pod.getTopologySpreadConstraints().stream()
                .noneMatch(t -> "kubernetes.io/hostname".equals(t.getTopologyKey()) && NetworkFlows.matches(t.getLabelSelector(), podLabels))) {
            fail(where + ": replicas are not spread across nodes (no topologySpreadConstraint on kubernetes.io/hostname selecting its pods)");
        }
    }

    private void checkContainerSecurity(String where, PodSpec pod, Container container) {
        var security = container.getSecurityContext();
        if (security == null || !Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
            fail(where + ": readOnlyRootFilesystem must be true");
        }
        if (security == null || !Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
            fail(where + ": allowPrivilegeEscalation must be false");
        }
        if (security == null || security.getCapabilities() == null || !security.getCapabilities().getDrop().contains("ALL")) {
            fail(where + ": capabilities must drop ALL");
        }
        VolumeMount tmp = container.getVolumeMounts().stream().filter(m -> "/tmp".equals(m.getMountPath())).findFirst().orElse(null);
        Volume tmpVolume = tmp == null ? null
                : pod.getVolumes().stream().filter(v -> v.getName().equals(tmp.getName())).findFirst().orElse(null);
        if (tmpVolume == null || tmpVolume.getEmptyDir() == null) {
            fail(where + ": /tmp must be a writable emptyDir (the root filesystem is read-only)");
        }
        for (VolumeMount mount : container.getVolumeMounts()) {
            if (pod.getVolumes().stream().noneMatch(v -> v.getName().equals(mount.getName()))) {
                fail(where + ": volume mount " + mount.getName() + " names no volume");
            }
        }
        for (Volume volume : pod.getVolumes()) {
            if (volume.getSecret() != null) {
                requireSecret(where + " volume " + volume.getName(), volume.getSecret().getSecretName(),
                        volume.getSecret().getItems().stream().map(i -> i.getKey()).toList(), volume.getSecret().getOptional());
            }
            if (volume.getConfigMap() != null) {
                requireConfigMap(where + " volume " + volume.getName(), volume.getConfigMap().getName(), null);
            }
        }
    }

    private void checkPorts(String where, AppFacts app, Container container) {
        List<ContainerPort> ports = container.getPorts();
        if (ports.size() != 1 || ports.get(0).getContainerPort() != app.port()) {
            fail(where + ": container port(s) " + ports.stream().map(ContainerPort::getContainerPort).toList()
                    + " but " + app.name() + " listens on " + app.port() + " (quarkus.http.port)");
        }
    }

    private void checkProbes(String where, AppFacts app, Container container) {
        if (app.healthPaths().isEmpty()) {
            fail(where + ": " + app.name() + " does not include quarkus-smallrye-health, so it serves no health paths to probe");
            return;
        }
        checkProbe(where + " startupProbe", container.getStartupProbe(), app.healthPaths().get("startup"), app, container);
        checkProbe(where + " livenessProbe", container.getLivenessProbe(), app.healthPaths().get("liveness"), app, container);
        checkProbe(where + " readinessProbe", container.getReadinessProbe(), app.healthPaths().get("readiness"), app, container);
    }

    private void checkProbe(String where, Probe probe, String path, AppFacts app, Container container) {
        HTTPGetAction get = probe == null ? null : probe.getHttpGet();
        if (get == null) {
            fail(where + ": missing (an HTTP GET of " + path + " expected)");
            return;
        }
        if (!path.equals(get.getPath())) {
            fail(where + ": path " + get.getPath() + " but " + app.name() + " serves " + path);
        }
        Integer port = containerPort(container, get.getPort());
        if (port == null || port != app.port()) {
            fail(where + ": port " + portText(get.getPort()) + " is not the app's port " + app.port());
        }
    }

    private static void resourceProblems(List<String> out, String where, Container container) {
        var resources = container.getResources();
        for (String kind : List.of("cpu", "memory")) {
            if (resources == null || resources.getRequests() == null || !resources.getRequests().containsKey(kind)) {
                out.add(where + ": no " + kind + " request");
            }
            if (resources == null || resources.getLimits() == null || !resources.getLimits().containsKey(kind)) {
                out.add(where + ": no " + kind + " limit");
            }
        }
    }

    private void checkResources(String where, Container container) {
        List<String> found = new ArrayList<>();
        resourceProblems(found, where, container);
        found.forEach(this::fail);
    }

    /** The container's environment: each variable and its value where the overlay fixes it ("" when a Secret holds it). */
    private Map<String, String> environment(String where, Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                ConfigMap map = requireConfigMap(where + " envFrom", from.getConfigMapRef().getName(), null);
                if (map != null && map.getData() != null) {
                    env.putAll(map.getData());
                }
            }
            if (from.getSecretRef() != null) {
                for (String key : requireSecret(where + " envFrom", from.getSecretRef().getName(), List.of(), null)) {
                    env.put(key, "");
                }
            }
        }
        for (EnvVar var : container.getEnv()) {
            if (var.getValue() != null) {
                env.put(var.getName(), var.getValue());
            } else if (var.getValueFrom() != null && var.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = var.getValueFrom().getConfigMapKeyRef();
                ConfigMap map = requireConfigMap(where + " env " + var.getName(), ref.getName(), ref.getKey());
                env.put(var.getName(), map == null || map.getData() == null ? "" : map.getData().get(ref.getKey()));
            } else if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
                var ref = var.getValueFrom().getSecretKeyRef();
                requireSecret(where + " env " + var.getName(), ref.getName(), List.of(ref.getKey()), ref.getOptional());
                env.put(var.getName(), "secret:" + ref.getName() + "/" + ref.getKey());
            } else {
                fail(where + ": env " + var.getName() + " has neither a value nor a source this check knows");
            }
        }
        return env;
    }

    private void checkRequiredEnvironment(String where, AppFacts app, Map<String, String> env, PodSpec pod, Container container) {
        for (String name : app.requiredEnv()) {
            if (!env.containsKey(name)) {
                fail(where + ": " + name + " has no source, and " + app.name() + " needs it");
            }
        }
        if (app.hasDatabase()) {
            checkDatabaseConnection(where, app, env);
        }
        if (app.name().equals("gateway")) {
            AppFacts.GATEWAY_SERVICE_URLS.forEach((variable, target) -> checkServiceUrl(where, variable, env.get(variable), target));
        }
        for (String property : app.requiredConfigProperties()) {
            if (!env.containsKey(AppFacts.envName(property)) && !configFileFromSecretHolds(where, env, pod, container, property)) {
                fail(where + ": " + property + " has no source (neither " + AppFacts.envName(property)
                        + " nor a QUARKUS_CONFIG_LOCATIONS file from a Secret documented to hold it)");
            }
        }
    }

    private void checkDatabaseConnection(String where, AppFacts app, Map<String, String> env) {
        String url = env.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "");
        Matcher m = JDBC_URL.matcher(url);
        if (!m.matches()) {
            fail(where + ": QUARKUS_DATASOURCE_JDBC_URL '" + url + "' is not a PostgreSQL JDBC URL");
            return;
        }
        String host = m.group(1);
        String cluster = host.endsWith("-rw") ? host.substring(0, host.length() - 3) : null;
        Map<String, Object> db = cluster == null ? null : clusters.get(cluster);
        if (db == null) {
            fail(where + ": the JDBC URL's host " + host + " is not the read-write service (<cluster>-rw) of a CloudNativePG Cluster of this overlay");
            return;
        }
        if (!m.group(2).equals("5432")) {
            fail(where + ": the JDBC URL's port " + m.group(2) + " is not PostgreSQL's 5432");
        }
        String database = (String) Yaml.at(db, "spec.bootstrap.initdb.database");
        if (!m.group(3).equals(app.databaseName()) || !m.group(3).equals(database)) {
            fail(where + ": the JDBC URL names database " + m.group(3) + ", but " + app.name() + " owns " + app.databaseName()
                    + " and Cluster " + cluster + " creates " + database);
        }
        for (String var : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            String source = env.getOrDefault(var, "");
            if (!source.startsWith("secret:" + cluster + "-app/")) {
                fail(where + ": " + var + " must come from the Secret " + cluster + "-app that CloudNativePG generates, not " + source);
            }
        }
    }

    private void checkServiceUrl(String where, String variable, String url, String target) {
        Matcher m = HTTP_URL.matcher(url == null ? "" : url);
        if (!m.matches()) {
            fail(where + ": " + variable + " '" + url + "' is not http://<service>:<port>");
            return;
        }
        Service service = services.get(m.group(1));
        AppFacts targetApp = apps.get(target);
        if (service == null || !m.group(1).equals(target)) {
            fail(where + ": " + variable + " points at " + m.group(1) + ", not at the Service of " + target);
            return;
        }
        int port = Integer.parseInt(m.group(2));
        if (service.getSpec().getPorts().stream().noneMatch(p -> p.getPort() == port) || port != targetApp.port()) {
            fail(where + ": " + variable + " uses port " + port + ", but " + target + " is served on " + targetApp.port());
        }
    }

    private boolean configFileFromSecretHolds(String where, Map<String, String> env, PodSpec pod, Container container, String property) {
        String locations = env.get("QUARKUS_CONFIG_LOCATIONS");
        if (locations == null) {
            return false;
        }
        for (String location : locations.split(",")) {
            String path = location.trim().replaceFirst("^file:", "");
            for (VolumeMount mount : container.getVolumeMounts()) {
                if (!path.startsWith(mount.getMountPath() + "/")) {
                    continue;
                }
                String file = path.substring(mount.getMountPath().length() + 1);
                Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElse(null);
                if (volume == null || volume.getSecret() == null) {
                    continue;
                }
                String secret = volume.getSecret().getSecretName();
                String key = volume.getSecret().getItems().stream().filter(i -> i.getPath().equals(file)).map(i -> i.getKey())
                        .findFirst().orElse(volume.getSecret().getItems().isEmpty() ? file : null);
                if (key != null && operatorSecrets.keys().getOrDefault(secret, Set.of()).contains(key)
                        && operatorSecrets.descriptions().getOrDefault(secret, "").contains(property)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- references ----------------------------------------------------------------------------------------------

    private ConfigMap requireConfigMap(String where, String name, String key) {
        ConfigMap map = configMaps.get(name);
        if (map == null) {
            fail(where + ": ConfigMap " + name + " does not exist in the overlay");
        } else if (key != null && (map.getData() == null || !map.getData().containsKey(key))) {
            fail(where + ": ConfigMap " + name + " has no key " + key);
        }
        return map;
    }

    /** Checks a Secret exists or is created by CloudNativePG or by the operator (deploy/README.md); its keys. */
    private Set<String> requireSecret(String where, String name, List<String> keys, Boolean optional) {
        Set<String> available;
        if (secrets.containsKey(name)) {
            available = secrets.get(name).getData() == null ? Set.of() : secrets.get(name).getData().keySet();
            if (secrets.get(name).getStringData() != null) {
                available = new LinkedHashSet<>(available);
                available.addAll(secrets.get(name).getStringData().keySet());
            }
        } else if (name.endsWith("-app") && clusters.containsKey(name.substring(0, name.length() - 4))) {
            available = OperatorSecrets.CNPG_APP_SECRET_KEYS;
        } else if (operatorSecrets.keys().containsKey(name)) {
            available = operatorSecrets.keys().get(name);
        } else {
            if (!Boolean.TRUE.equals(optional)) {
                fail(where + ": Secret " + name + " is neither in the overlay, nor generated by CloudNativePG, nor documented in deploy/README.md for the operator to create");
            }
            return Set.of();
        }
        for (String key : keys) {
            if (!available.contains(key)) {
                fail(where + ": Secret " + name + " has no key " + key + " (known: " + available + ")");
            }
        }
        return available;
    }

    // ---- services and the ingress --------------------------------------------------------------------------------

    private void checkServices() {
        for (Service service : services.values()) {
            String where = "Service/" + service.getMetadata().getName();
            List<Deployment> selected = deployments.values().stream()
                    .filter(d -> matchesAll(service.getSpec().getSelector(), d.getSpec().getTemplate().getMetadata().getLabels()))
                    .toList();
            if (service.getSpec().getSelector() == null || service.getSpec().getSelector().isEmpty() || selected.size() != 1) {
                fail(where + ": selector " + service.getSpec().getSelector() + " selects " + selected.size() + " Deployments, 1 expected");
                continue;
            }
            Deployment deployment = selected.get(0);
            AppFacts app = apps.get(deployment.getMetadata().getName());
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort() == null ? new IntOrString(port.getPort()) : port.getTargetPort();
                Integer resolved = containerPort(container, target);
                if (resolved == null) {
                    fail(where + ": targetPort " + portText(target) + " is not a port of the container of " + deployment.getMetadata().getName());
                } else if (app != null && resolved != app.port()) {
                    fail(where + ": targetPort " + portText(target) + " reaches " + resolved + ", but " + app.name() + " listens on " + app.port());
                }
                if (app != null && port.getPort() != app.port()) {
                    fail(where + ": port " + port.getPort() + " differs from " + app.name() + "'s " + app.port() + " that the other apps and the docs use");
                }
            }
        }
    }

    private void checkIngress() {
        if (ingresses.size() != 1) {
            fail(ingresses.size() + " Ingresses, exactly one expected");
            return;
        }
        Ingress ingress = ingresses.get(0);
        String where = "Ingress/" + ingress.getMetadata().getName();
        Set<String> hosts = new LinkedHashSet<>();
        for (IngressRule rule : ingress.getSpec().getRules()) {
            hosts.add(rule.getHost());
            for (var path : rule.getHttp().getPaths()) {
                checkBackend(where, path.getBackend());
            }
        }
        if (hosts.size() != 1 || hosts.contains(null)) {
            fail(where + ": one host expected, found " + hosts);
        }
        Set<String> tlsHosts = new LinkedHashSet<>();
        ingress.getSpec().getTls().forEach(tls -> {
            tlsHosts.addAll(tls.getHosts());
            requireSecret(where + " tls", tls.getSecretName(), List.of("tls.crt", "tls.key"), null);
        });
        if (!tlsHosts.containsAll(hosts)) {
            fail(where + ": TLS does not cover " + hosts);
        }
    }

    private void checkBackend(String where, IngressBackend backend) {
        var ref = backend.getService();
        Service service = ref == null ? null : services.get(ref.getName());
        if (service == null || !"gateway".equals(ref.getName())) {
            fail(where + ": the backend must be the gateway's Service, is " + (ref == null ? null : ref.getName()));
            return;
        }
        boolean portExists = service.getSpec().getPorts().stream().anyMatch(p -> ref.getPort().getName() != null
                ? ref.getPort().getName().equals(p.getName()) : Objects.equals(ref.getPort().getNumber(), p.getPort()));
        if (!portExists) {
            fail(where + ": the backend port " + ref.getPort() + " is not a port of Service " + ref.getName());
        }
    }

    // ---- scaling ---------------------------------------------------------------------------------------------------

    private void checkScaling() {
        for (HorizontalPodAutoscaler hpa : autoscalers) {
            var target = hpa.getSpec().getScaleTargetRef();
            if (!"Deployment".equals(target.getKind()) || !deployments.containsKey(target.getName())) {
                fail("HorizontalPodAutoscaler/" + hpa.getMetadata().getName() + ": scales " + target.getKind() + "/" + target.getName() + ", which does not exist");
            }
            if (hpa.getSpec().getMinReplicas() == null || hpa.getSpec().getMinReplicas() < 2) {
                fail("HorizontalPodAutoscaler/" + hpa.getMetadata().getName() + ": minReplicas below 2");
            }
        }
        for (PodDisruptionBudget pdb : budgets) {
            long selected = deployments.values().stream()
                    .filter(d -> NetworkFlows.matches(pdb.getSpec().getSelector(), d.getSpec().getTemplate().getMetadata().getLabels()))
                    .count();
            if (selected != 1) {
                fail("PodDisruptionBudget/" + pdb.getMetadata().getName() + ": selects the pods of " + selected + " Deployments, 1 expected");
            }
        }
        if (production) {
            for (String app : apps.keySet()) {
                if (autoscalers.stream().noneMatch(h -> app.equals(h.getSpec().getScaleTargetRef().getName()))) {
                    fail("no HorizontalPodAutoscaler for " + app);
                }
                Deployment d = deployments.get(app);
                if (d != null && budgets.stream().noneMatch(p -> NetworkFlows.matches(p.getSpec().getSelector(), d.getSpec().getTemplate().getMetadata().getLabels()))) {
                    fail("no PodDisruptionBudget for " + app);
                }
            }
        }
    }

    // ---- databases -------------------------------------------------------------------------------------------------

    private void checkDatabases() {
        int expectedInstances = production ? 3 : 1;
        for (AppFacts app : apps.values()) {
            if (!app.hasDatabase()) {
                continue;
            }
            List<String> owning = clusters.entrySet().stream()
                    .filter(e -> app.databaseName().equals(Yaml.at(e.getValue(), "spec.bootstrap.initdb.database")))
                    .map(Map.Entry::getKey).toList();
            if (owning.size() != 1) {
                fail(app.name() + ": " + owning.size() + " CloudNativePG Clusters create its database " + app.databaseName() + ", 1 expected");
            }
        }
        if (clusters.size() != apps.values().stream().filter(AppFacts::hasDatabase).count()) {
            fail(clusters.size() + " CloudNativePG Clusters, one per service with a database expected");
        }
        for (Map.Entry<String, Map<String, Object>> e : clusters.entrySet()) {
            String where = "Cluster/" + e.getKey();
            Object instances = Yaml.at(e.getValue(), "spec.instances");
            if (!Objects.equals(instances, expectedInstances)) {
                fail(where + ": " + instances + " instances, " + expectedInstances + " expected");
            }
            List<Object> plugins = Yaml.list(Yaml.at(e.getValue(), "spec.plugins"));
            if (production) {
                Map<String, Object> archiver = plugins.stream().map(Yaml::map)
                        .filter(p -> "barman-cloud.cloudnative-pg.io".equals(p.get("name")) && Boolean.TRUE.equals(p.get("isWALArchiver")))
                        .findFirst().orElse(null);
                String store = archiver == null ? null : (String) Yaml.map(archiver.get("parameters")).get("barmanObjectName");
                if (store == null || !objectStores.containsKey(store)) {
                    fail(where + ": no WAL archiving to an ObjectStore of this overlay (barman-cloud plugin with isWALArchiver and barmanObjectName)");
                }
                if (scheduledBackups.stream().noneMatch(b -> e.getKey().equals(Yaml.at(b, "spec.cluster.name")))) {
                    fail(where + ": no ScheduledBackup");
                }
            }
        }
        for (Map<String, Object> backup : scheduledBackups) {
            Object cluster = Yaml.at(backup, "spec.cluster.name");
            if (!clusters.containsKey(cluster)) {
                fail("ScheduledBackup/" + Kustomize.name(backup) + ": backs up Cluster " + cluster + ", which does not exist");
            }
            if (!"plugin".equals(Yaml.at(backup, "spec.method"))
                    || !"barman-cloud.cloudnative-pg.io".equals(Yaml.at(backup, "spec.pluginConfiguration.name"))) {
                fail("ScheduledBackup/" + Kustomize.name(backup) + ": must use the barman-cloud plugin (method: plugin)");
            }
        }
        for (Map.Entry<String, Map<String, Object>> store : objectStores.entrySet()) {
            Map<String, Object> credentials = Yaml.map(Yaml.at(store.getValue(), "spec.configuration.s3Credentials"));
            for (Object selector : credentials.values()) {
                if (selector instanceof Map<?, ?> ref) {
                    requireSecret("ObjectStore/" + store.getKey(), (String) ref.get("name"), List.of((String) ref.get("key")), null);
                }
            }
        }
    }

    // ---- network ---------------------------------------------------------------------------------------------------

    private void checkNetwork(String namespace) {
        List<Endpoint> endpoints = new ArrayList<>();
        Map<String, String> appPods = new LinkedHashMap<>();
        for (Deployment d : deployments.values()) {
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            Map<String, Integer> named = new LinkedHashMap<>();
            List<Port> ports = new ArrayList<>();
            for (ContainerPort p : c.getPorts()) {
                if (p.getName() != null) {
                    named.put(p.getName(), p.getContainerPort());
                }
                ports.add(new Port(p.getContainerPort(), p.getProtocol() == null ? "TCP" : p.getProtocol()));
            }
            endpoints.add(Endpoint.pod(d.getMetadata().getName(), namespace, d.getSpec().getTemplate().getMetadata().getLabels(), named, ports));
            appPods.put(d.getMetadata().getName(), d.getMetadata().getName());
        }
        List<Port> postgres = List.of(new Port(5432, "TCP"), new Port(8000, "TCP"), new Port(9187, "TCP"));
        for (String cluster : clusters.keySet()) {
            endpoints.add(Endpoint.pod(cluster, namespace, NetworkFlows.labels("cnpg.io/cluster", cluster, "cnpg.io/podRole", "instance"),
                    Map.of("postgresql", 5432, "status", 8000, "metrics", 9187), postgres));
        }
        endpoints.add(Endpoint.pod("ingress-controller", INGRESS_NAMESPACE, NetworkFlows.labels("app.kubernetes.io/name", "ingress-nginx"),
                Map.of(), List.of(new Port(80, "TCP"), new Port(443, "TCP"))));
        endpoints.add(Endpoint.pod("kube-dns", "kube-system", NetworkFlows.labels("k8s-app", "kube-dns"), Map.of(),
                List.of(new Port(53, "UDP"), new Port(53, "TCP"))));
        endpoints.add(Endpoint.pod("cnpg-operator", OPERATOR_NAMESPACE, NetworkFlows.labels("app.kubernetes.io/name", "cloudnative-pg"),
                Map.of(), List.of(new Port(9443, "TCP"))));
        endpoints.add(Endpoint.pod("other-namespace-pod", "default", NetworkFlows.labels("app", "other"), Map.of(), List.of(new Port(8080, "TCP"))));
        endpoints.add(Endpoint.pod("other-pod-same-namespace", namespace, NetworkFlows.labels("app", "debug"), Map.of(), List.of(new Port(8080, "TCP"))));
        String identityProvider = identityProviderAddress();
        if (identityProvider != null) {
            endpoints.add(Endpoint.external("identity-provider", identityProvider, List.of(new Port(443, "TCP"))));
        } else {
            fail("no NetworkPolicy antq-allow-identity-provider: the apps could not fetch the OIDC provider's keys (JWKS)");
        }
        endpoints.add(Endpoint.external("internet", "198.51.100.7", List.of(new Port(443, "TCP"), new Port(80, "TCP"))));

        Set<String> expected = new TreeSet<>();
        Port gatewayPort = new Port(apps.get("gateway").port(), "TCP");
        expected.add(NetworkFlows.flow("ingress-controller", "gateway", gatewayPort));
        for (AppFacts app : apps.values()) {
            expected.add(NetworkFlows.flow(app.name(), "kube-dns", new Port(53, "UDP")));
            expected.add(NetworkFlows.flow(app.name(), "kube-dns", new Port(53, "TCP")));
            if (identityProvider != null) {
                expected.add(NetworkFlows.flow(app.name(), "identity-provider", new Port(443, "TCP")));
            }
            if (!app.name().equals("gateway")) {
                expected.add(NetworkFlows.flow("gateway", app.name(), new Port(app.port(), "TCP")));
            }
            if (app.hasDatabase()) {
                clusters.entrySet().stream()
                        .filter(e -> app.databaseName().equals(Yaml.at(e.getValue(), "spec.bootstrap.initdb.database")))
                        .forEach(e -> expected.add(NetworkFlows.flow(app.name(), e.getKey(), new Port(5432, "TCP"))));
            }
        }
        for (String cluster : clusters.keySet()) {
            for (int port : List.of(5432, 8000)) {
                expected.add(NetworkFlows.flow("cnpg-operator", cluster, new Port(port, "TCP")));
            }
        }
        // What the policies govern: anything an app pod sends, and anything that reaches an app or database pod.
        Set<String> governed = new TreeSet<>();
        Set<String> governedIds = new LinkedHashSet<>(appPods.keySet());
        governedIds.addAll(clusters.keySet());
        for (String flow : new NetworkFlows(namespace, policies).allowed(endpoints)) {
            String from = flow.substring(0, flow.indexOf(" -> "));
            String to = flow.substring(flow.indexOf(" -> ") + 4, flow.lastIndexOf(':'));
            if (appPods.containsKey(from) || governedIds.contains(to)) {
                governed.add(flow);
            }
        }
        for (String flow : governed) {
            if (!expected.contains(flow)) {
                fail("NetworkPolicies allow " + flow + ", which is not one of the intended flows");
            }
        }
        for (String flow : expected) {
            if (!governed.contains(flow)) {
                fail("NetworkPolicies refuse " + flow + ", which the suite needs");
            }
        }
    }

    private String identityProviderAddress() {
        return policies.stream().filter(p -> p.getMetadata().getName().equals("antq-allow-identity-provider"))
                .flatMap(p -> p.getSpec().getEgress().stream()).flatMap(r -> r.getTo().stream())
                .filter(peer -> peer.getIpBlock() != null).map(peer -> peer.getIpBlock().getCidr().split("/")[0])
                .findFirst().orElse(null);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static Integer containerPort(Container container, IntOrString port) {
        if (port == null) {
            return null;
        }
        for (ContainerPort p : container.getPorts()) {
            if (port.getIntVal() != null ? port.getIntVal().equals(p.getContainerPort()) : port.getStrVal().equals(p.getName())) {
                return p.getContainerPort();
            }
        }
        return null;
    }

    private static String portText(IntOrString port) {
        return port == null ? "none" : port.getIntVal() != null ? String.valueOf(port.getIntVal()) : port.getStrVal();
    }

    private static boolean matchesAll(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
