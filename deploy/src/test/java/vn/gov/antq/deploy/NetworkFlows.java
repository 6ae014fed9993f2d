package vn.gov.antq.deploy;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Evaluates NetworkPolicies with Kubernetes' semantics over a small world of endpoints: a connection is allowed when
 * the source's egress allows it (or no Egress policy selects the source) and the destination's ingress allows it (or
 * no Ingress policy selects the destination). Peers: podSelector (same namespace), namespaceSelector (with an optional
 * podSelector), ipBlock (with except); ports by number or by the destination's named container port, with protocol.
 */
final class NetworkFlows {

    record Port(int number, String protocol) {
        @Override
        public String toString() {
            return number + "/" + protocol;
        }
    }

    /** A pod (namespace and labels) or an address outside the cluster (ip). */
    record Endpoint(String id, String namespace, Map<String, String> labels, Map<String, Integer> namedPorts,
            List<Port> ports, String ip) {

        static Endpoint pod(String id, String namespace, Map<String, String> labels, Map<String, Integer> namedPorts,
                List<Port> ports) {
            return new Endpoint(id, namespace, labels, namedPorts, ports, null);
        }

        static Endpoint external(String id, String ip, List<Port> ports) {
            return new Endpoint(id, null, Map.of(), Map.of(), ports, ip);
        }
    }

    private final String namespace;
    private final List<NetworkPolicy> policies;

    NetworkFlows(String namespace, List<NetworkPolicy> policies) {
        this.namespace = namespace;
        this.policies = policies;
    }

    /** Every allowed connection "source -> destination:port/protocol" among the endpoints. */
    Set<String> allowed(List<Endpoint> endpoints) {
        Set<String> flows = new TreeSet<>();
        for (Endpoint from : endpoints) {
            for (Endpoint to : endpoints) {
                if (from == to || from.ip() != null) {
                    continue;
                }
                for (Port port : to.ports()) {
                    if (egressAllows(from, to, port) && ingressAllows(from, to, port)) {
                        flows.add(flow(from.id(), to.id(), port));
                    }
                }
            }
        }
        return flows;
    }

    static String flow(String from, String to, Port port) {
        return from + " -> " + to + ":" + port;
    }

    private boolean egressAllows(Endpoint from, Endpoint to, Port port) {
        List<NetworkPolicy> selecting = selecting(from, "Egress");
        if (selecting.isEmpty()) {
            return true;
        }
        return selecting.stream().flatMap(p -> p.getSpec().getEgress().stream())
                .anyMatch(rule -> peersMatch(rule.getTo(), to) && portsMatch(rule.getPorts(), to, port));
    }

    private boolean ingressAllows(Endpoint from, Endpoint to, Port port) {
        if (to.ip() != null) {
            return true;
        }
        List<NetworkPolicy> selecting = selecting(to, "Ingress");
        if (selecting.isEmpty()) {
            return true;
        }
        return selecting.stream().flatMap(p -> p.getSpec().getIngress().stream())
                .anyMatch(rule -> peersMatch(rule.getFrom(), from) && portsMatch(rule.getPorts(), to, port));
    }

    private List<NetworkPolicy> selecting(Endpoint pod, String type) {
        List<NetworkPolicy> result = new ArrayList<>();
        if (pod.ip() != null || !namespace.equals(pod.namespace())) {
            return result;
        }
        for (NetworkPolicy p : policies) {
            List<String> types = p.getSpec().getPolicyTypes();
            boolean hasType = types == null || types.isEmpty()
                    ? type.equals("Ingress") || !p.getSpec().getEgress().isEmpty()
                    : types.contains(type);
            if (hasType && matches(p.getSpec().getPodSelector(), pod.labels())) {
                result.add(p);
            }
        }
        return result;
    }

    private boolean peersMatch(List<NetworkPolicyPeer> peers, Endpoint other) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer peer : peers) {
            if (peer.getIpBlock() != null) {
                if (other.ip() != null && inBlock(other.ip(), peer.getIpBlock())) {
                    return true;
                }
                continue;
            }
            if (other.ip() != null) {
                continue;
            }
            boolean namespaceOk = peer.getNamespaceSelector() == null
                    ? namespace.equals(other.namespace())
                    : matches(peer.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", other.namespace()));
            boolean podOk = peer.getPodSelector() == null || matches(peer.getPodSelector(), other.labels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, Endpoint to, Port port) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort p : ports) {
            String protocol = p.getProtocol() == null ? "TCP" : p.getProtocol();
            if (!protocol.equals(port.protocol())) {
                continue;
            }
            IntOrString value = p.getPort();
            if (value == null) {
                return true;
            }
            Integer number = value.getIntVal() != null ? value.getIntVal() : to.namedPorts().get(value.getStrVal());
            if (number == null) {
                continue;
            }
            int end = p.getEndPort() != null ? p.getEndPort() : number;
            if (port.number() >= number && port.number() <= end) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, String> required = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        for (Map.Entry<String, String> e : required.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (LabelSelectorRequirement r : selector.getMatchExpressions() == null ? List.<LabelSelectorRequirement>of()
                : selector.getMatchExpressions()) {
            String value = labels.get(r.getKey());
            boolean ok = switch (r.getOperator()) {
                case "In" -> value != null && r.getValues().contains(value);
                case "NotIn" -> value == null || !r.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("unknown selector operator " + r.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static boolean inBlock(String ip, IPBlock block) {
        if (!inCidr(ip, block.getCidr())) {
            return false;
        }
        return block.getExcept() == null || block.getExcept().stream().noneMatch(cidr -> inCidr(ip, cidr));
    }

    static boolean inCidr(String ip, String cidr) {
        String[] parts = cidr.split("/");
        try {
            byte[] address = InetAddress.getByName(ip).getAddress();
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            if (address.length != network.length) {
                return false;
            }
            int bits = Integer.parseInt(parts[1]);
            int total = address.length * 8;
            BigInteger mask = bits == 0 ? BigInteger.ZERO
                    : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftLeft(total - bits);
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + cidr, e);
        }
    }

    static Map<String, String> labels(String... keyValues) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            labels.put(keyValues[i], keyValues[i + 1]);
        }
        return labels;
    }
}
