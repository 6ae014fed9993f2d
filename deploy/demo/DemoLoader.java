import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads deploy/demo/models-demo.json into a running models-service through its API (run by deploy/load-demo.sh, with
 * Jackson from commons/target/lib on the class path). Every POST carries an Idempotency-Key made from the record's
 * key, and records already present are looked up first, so running it again creates nothing twice (also after the
 * idempotency records expired).
 *
 * Arguments: models-service base URL, demo JSON file, demo commune CSV. The bearer token comes in ANTQ_DEMO_TOKEN.
 */
public class DemoLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String token;
    private int created;
    private int present;
    private int failed;
    private boolean sitesUnavailable;

    DemoLoader(String base, String token) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        String token = System.getenv("ANTQ_DEMO_TOKEN");
        if (args.length != 3 || token == null || token.isBlank()) {
            System.err.println("usage: ANTQ_DEMO_TOKEN=<admin token> java DemoLoader.java <models-service URL> <demo.json> <communes.csv>");
            System.exit(2);
        }
        DemoLoader loader = new DemoLoader(args[0], token);
        JsonNode demo = JSON.readTree(Files.readString(Path.of(args[1])));
        loader.communes(Files.readAllBytes(Path.of(args[2])));
        for (JsonNode tally : demo.path("tallies")) {
            loader.tally((ObjectNode) tally.deepCopy());
        }
        for (JsonNode model : demo.path("models")) {
            loader.model(model);
        }
        System.out.printf("Demo data: %d created, %d already present, %d failed%s%n", loader.created, loader.present, loader.failed,
                loader.sitesUnavailable ? "; sites skipped: this models-service has no sites API" : "");
        System.exit(loader.failed == 0 ? 0 : 1);
    }

    /** Sites need their communes in the registry; importing the same list again changes nothing. */
    void communes(byte[] csv) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request("/api/v1/communes/imports").header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build());
        if (response.statusCode() != 200) {
            fail("commune list", response);
            return;
        }
        JsonNode report = JSON.readTree(response.body());
        System.out.println("Communes: " + report.path("inserted").asText("?") + " inserted, " + report.path("unchanged").asText("?") + " unchanged");
    }

    void tally(ObjectNode tally) throws IOException, InterruptedException {
        String key = tally.remove("key").asText();
        if (tallyExists(tally)) {
            present++;
            return;
        }
        report("tally " + key, post("/api/v1/model-tallies", "demo-tally-" + key, tally));
    }

    void model(JsonNode entry) throws IOException, InterruptedException {
        String key = entry.path("key").asText();
        JsonNode model = entry.path("model");
        Long id = existingModel(model);
        if (id != null) {
            present++;
        } else {
            HttpResponse<String> response = post("/api/v1/models", "demo-model-" + key, model);
            report("model " + key, response);
            if (response.statusCode() != 201) {
                return;
            }
            id = JSON.readTree(response.body()).path("id").asLong();
        }
        Set<String> sites = existingSites(id);
        for (JsonNode site : entry.path("sites")) {
            if (sitesUnavailable) {
                return;
            }
            ObjectNode body = (ObjectNode) site.deepCopy();
            String siteKey = body.remove("key").asText();
            if (sites.contains(body.path("placeName").asText())) {
                present++;
                continue;
            }
            HttpResponse<String> response = post("/api/v1/models/" + id + "/sites", "demo-site-" + siteKey, body);
            if (response.statusCode() == 404 || response.statusCode() == 405) {
                sitesUnavailable = true;
                return;
            }
            report("site " + siteKey, response);
        }
    }

    private boolean tallyExists(JsonNode tally) throws IOException, InterruptedException {
        StringBuilder query = new StringBuilder("/api/v1/model-tallies?size=200&reportedProvince=" + encode(tally.path("provinceCode").asText())
                + "&from=" + tally.path("periodFrom").asText() + "&to=" + tally.path("periodTo").asText());
        if (tally.hasNonNull("typeCode")) {
            query.append("&type=").append(encode(tally.path("typeCode").asText()));
        }
        HttpResponse<String> response = send(request(query.toString()).GET().build());
        if (response.statusCode() != 200) {
            return false;
        }
        for (JsonNode item : JSON.readTree(response.body()).path("items")) {
            if (item.path("periodFrom").equals(tally.path("periodFrom")) && item.path("periodTo").equals(tally.path("periodTo"))
                    && item.path("typeCode").asText("").equals(tally.path("typeCode").asText(""))
                    && item.path("reportedCommuneCode").asText("").equals(tally.path("communeCode").asText(""))) {
                return true;
            }
        }
        return false;
    }

    private Long existingModel(JsonNode model) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request("/api/v1/models?size=200&province=" + encode(model.path("provinceCode").asText())
                + "&type=" + encode(model.path("typeCode").asText()) + "&q=" + encode(model.path("name").asText())).GET().build());
        if (response.statusCode() == 200) {
            for (JsonNode item : JSON.readTree(response.body()).path("items")) {
                if (item.path("name").asText().equals(model.path("name").asText())) {
                    return item.path("id").asLong();
                }
            }
        }
        return null;
    }

    /** Place names of the model's stored sites; the list answers a page or a plain array. */
    private Set<String> existingSites(long modelId) throws IOException, InterruptedException {
        Set<String> names = new HashSet<>();
        HttpResponse<String> response = send(request("/api/v1/models/" + modelId + "/sites?size=200").GET().build());
        if (response.statusCode() == 200) {
            JsonNode body = JSON.readTree(response.body());
            Iterator<JsonNode> items = (body.isArray() ? body : body.path("items")).elements();
            items.forEachRemaining(item -> names.add(item.path("placeName").asText()));
        }
        return names;
    }

    private HttpResponse<String> post(String path, String idempotencyKey, JsonNode body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    private void report(String what, HttpResponse<String> response) {
        if (response.statusCode() == 201) {
            if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
                present++;
            } else {
                created++;
            }
        } else {
            fail(what, response);
        }
    }

    private void fail(String what, HttpResponse<String> response) {
        failed++;
        System.err.println("Demo data: " + what + " refused (" + response.statusCode() + "): " + response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
