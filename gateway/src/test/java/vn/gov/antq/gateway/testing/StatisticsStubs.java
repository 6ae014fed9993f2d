package vn.gov.antq.gateway.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;

/** Statistics answers in the shape of docs/statistics-contract.md, and WireMock stubs that serve them. */
public final class StatisticsStubs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StatisticsStubs() {
    }

    /** The figures of a group or the totals: name, then {records, tallies} pairs, e.g. group("75", "Đồng Nai", "sites", 12, 1611). */
    public static ObjectNode group(String key, String label, Object... figures) {
        ObjectNode group = JSON.createObjectNode();
        group.put("key", key);
        group.put("label", label);
        for (int i = 0; i < figures.length; i += 3) {
            group.set((String) figures[i], figure(((Number) figures[i + 1]).doubleValue(), ((Number) figures[i + 2]).doubleValue()));
        }
        return group;
    }

    public static ObjectNode totals(Object... figures) {
        ObjectNode totals = group(null, null, figures);
        totals.putNull("key");
        totals.putNull("label");
        return totals;
    }

    public static ObjectNode figure(double records, double tallies) {
        ObjectNode figure = JSON.createObjectNode();
        put(figure, "records", records);
        put(figure, "tallies", tallies);
        put(figure, "total", records + tallies);
        return figure;
    }

    private static void put(ObjectNode node, String name, double value) {
        if (value == Math.rint(value)) {
            node.put(name, (long) value);
        } else {
            node.put(name, value);
        }
    }

    public static Answer answer(String from, String to, ObjectNode totals) {
        return new Answer(from, to, totals);
    }

    public static final class Answer {
        private final ObjectNode body = JSON.createObjectNode();
        private final List<ObjectNode> groups = new ArrayList<>();
        private ArrayNode oldProvinces;

        Answer(String from, String to, ObjectNode totals) {
            body.put("from", from);
            body.put("to", to);
            body.set("totals", totals);
        }

        public Answer province(String province) {
            body.put("province", province);
            return this;
        }

        public Answer groupBy(String groupBy) {
            body.put("groupBy", groupBy);
            return this;
        }

        public Answer group(ObjectNode group) {
            groups.add(group);
            return this;
        }

        /** An old province's counted tallies: e.g. ("70", "Bình Phước", "75", "Đồng Nai", 3, "sites", 1611). */
        public Answer oldProvince(String code, String name, String current, String currentName, int tallies, Object... figures) {
            if (oldProvinces == null) {
                oldProvinces = JSON.createArrayNode();
            }
            ObjectNode old = oldProvinces.addObject();
            old.put("reportedProvinceCode", code);
            old.put("reportedProvinceName", name);
            old.put("provinceCode", current);
            old.put("provinceName", currentName);
            old.put("tallies", tallies);
            for (int i = 0; i < figures.length; i += 2) {
                old.put((String) figures[i], ((Number) figures[i + 1]).longValue());
            }
            return this;
        }

        public String json() {
            ObjectNode copy = body.deepCopy();
            ArrayNode list = copy.putArray("groups");
            groups.forEach(list::add);
            if (oldProvinces != null) {
                copy.set("oldProvinces", oldProvinces);
            }
            return copy.toString();
        }

        public ResponseDefinitionBuilder response() {
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(json());
        }

        /** The answer under a tag, as the services give one for a whole-month window, e.g. {@code "s1-5f3a"} (quotes included). */
        public ResponseDefinitionBuilder response(String etag) {
            return response().withHeader("ETag", etag).withHeader("Cache-Control", "private, no-cache");
        }
    }

    /** The services' 304: the tag that matched, no body. Null names none. */
    public static ResponseDefinitionBuilder notModified(String etag) {
        ResponseDefinitionBuilder response = aResponse().withStatus(304).withHeader("Cache-Control", "private, no-cache");
        return etag == null ? response : response.withHeader("ETag", etag);
    }

    /** The request only when its {@code If-None-Match} lists this tag; ahead of the plain stubs of the same request. */
    public static MappingBuilder listing(MappingBuilder request, String etag) {
        return request.withHeader("If-None-Match", containing(etag)).atPriority(1);
    }

    /** A GET of the endpoint for exactly this window, province (null: none) and grouping (null: none). */
    public static MappingBuilder request(String endpoint, String from, String to, String province, String groupBy) {
        MappingBuilder request = get(urlPathEqualTo("/api/v1/" + endpoint))
                .withQueryParam("from", equalTo(from)).withQueryParam("to", equalTo(to))
                .withQueryParam("province", province == null ? absent() : equalTo(province))
                .withQueryParam("groupBy", groupBy == null ? absent() : equalTo(groupBy));
        return request;
    }

    public static void serve(WireMock service, MappingBuilder request, ResponseDefinitionBuilder response) {
        service.register(request.willReturn(response));
    }
}
