package vn.gov.antq.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

import vn.gov.antq.deploy.NetworkFlows.Endpoint;
import vn.gov.antq.deploy.NetworkFlows.Port;

/** The evaluator on small cases whose outcome Kubernetes' documentation states. */
class NetworkFlowsTest {

    private final Endpoint web = Endpoint.pod("web", "ns", Map.of("app", "web"), Map.of("http", 8080), List.of(new Port(8080, "TCP")));
    private final Endpoint db = Endpoint.pod("db", "ns", Map.of("app", "db"), Map.of(), List.of(new Port(5432, "TCP")));
    private final Endpoint outsider = Endpoint.pod("outsider", "other", Map.of("app", "web"), Map.of(), List.of(new Port(8080, "TCP")));
    private final Endpoint internet = Endpoint.external("internet", "198.51.100.7", List.of(new Port(443, "TCP")));

    @Test
    void withoutPoliciesEverythingIsAllowed() {
        assertEquals(12 - 3, new NetworkFlows("ns", List.of()).allowed(List.of(web, db, outsider, internet)).size());
    }

    @Test
    void ingressIsolationAllowsOnlyTheNamedPeersAndNamedPorts() {
        NetworkFlows flows = new NetworkFlows("ns", policies("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: db
                spec:
                  podSelector:
                    matchLabels:
                      app: db
                  policyTypes: ["Ingress"]
                  ingress:
                    - from:
                        - podSelector:
                            matchLabels:
                              app: web
                      ports:
                        - port: 5432
                """));
        Set<String> allowed = flows.allowed(List.of(web, db, outsider));
        assertTrue(allowed.contains("web -> db:5432/TCP"));
        assertFalse(allowed.contains("outsider -> db:5432/TCP"), "a podSelector alone means the policy's namespace");
    }

    @Test
    void egressIsolationWithNamespaceSelectorAndIpBlock() {
        NetworkFlows flows = new NetworkFlows("ns", policies("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: web
                spec:
                  podSelector:
                    matchLabels:
                      app: web
                  policyTypes: ["Egress"]
                  egress:
                    - to:
                        - namespaceSelector:
                            matchLabels:
                              kubernetes.io/metadata.name: other
                      ports:
                        - port: 8080
                    - to:
                        - ipBlock:
                            cidr: 198.51.100.0/24
                            except: ["198.51.100.7/32"]
                """));
        Set<String> allowed = flows.allowed(List.of(web, db, outsider, internet));
        assertTrue(allowed.contains("web -> outsider:8080/TCP"));
        assertFalse(allowed.contains("web -> db:5432/TCP"));
        assertFalse(allowed.contains("web -> internet:443/TCP"), "the except carves the address out");
        assertTrue(allowed.contains("db -> web:8080/TCP"), "web's ingress is not isolated");
    }

    @Test
    void addressesAndSelectors() {
        assertTrue(NetworkFlows.inCidr("10.1.2.3", "10.0.0.0/8"));
        assertFalse(NetworkFlows.inCidr("11.1.2.3", "10.0.0.0/8"));
        assertTrue(NetworkFlows.inCidr("203.0.113.10", "203.0.113.10/32"));
        assertTrue(NetworkFlows.inCidr("1.2.3.4", "0.0.0.0/0"));
    }

    private static List<NetworkPolicy> policies(String yaml) {
        List<String> violations = new ArrayList<>();
        List<NetworkPolicy> result = Yaml.readAll(yaml).stream()
                .map(d -> StrictModel.read(d, NetworkPolicy.class, "test", violations)).toList();
        assertEquals(List.of(), violations);
        return result;
    }
}
