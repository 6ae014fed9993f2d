import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Loads one demo data file (deploy/demo/*-demo.json) into a running service through its API (run by
 * deploy/load-demo.sh, with Jackson from commons/target/lib on the class path).
 *
 * A file holds "imports" (CSV files POSTed as text/csv, e.g. the communes the records are in; importing the same file
 * again changes nothing) and "records", created in order. Each record has a "key", the "path" it is POSTed to, its
 * "body" and an "exists" lookup (a GET "path" and the fields an item of its answer must "match"; the answer is a page
 * with "items" or a plain array). A record found by its lookup is not created again, so loading twice creates nothing
 * twice even after the Idempotency-Keys (made from the keys) expired. A POST answering 201, or 200 (a state change,
 * e.g. a tip's status change, answers the changed record), counts as created. "${id:KEY}" anywhere in a path or body
 * stands for the id of the record with that key — the "id" its POST answered, or that of the item its lookup found (0
 * when that item has none) —: a string that is only the reference becomes a number.
 *
 * A record may name in "ifMatchOf" the key of an earlier record whose current ETag its POST must send as If-Match
 * (state changes need it): the loader GETs that record just before posting — at the Location its creation answered,
 * or, when its lookup found it, at its path followed by "/" and its id — and sends the answer's ETag. Such a record
 * needs an "exists" lookup like any other: the If-Match changes with every state change, so only the lookup keeps a
 * second load from posting it again.
 *
 * Arguments: service base URL, demo JSON file. The bearer token comes in ANTQ_DEMO_TOKEN.
 */
public class DemoLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{id:([^}]+)}");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Long> ids = new HashMap<>();
    /** Where each loaded record can be read, for "ifMatchOf". */
    private final Map<String, String> locations = new HashMap<>();
    private final String base;
    private final String token;
    private int created;
    private int present;
    private int failed;

    DemoLoader(String base, String token) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        String token = System.getenv("ANTQ_DEMO_TOKEN");
        if (args.length != 2 || token == null || token.isBlank()) {
            System.err.println("usage: ANTQ_DEMO_TOKEN=<admin token> java DemoLoader.java <service URL> <demo.json>");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        DemoLoader loader = new DemoLoader(args[0], token);
        JsonNode demo = JSON.readTree(Files.readString(file));
        for (JsonNode csvImport : demo.path("imports")) {
            loader.importCsv(csvImport.path("path").asText(), file.resolveSibling(csvImport.path("file").asText()));
        }
        for (JsonNode record : demo.path("records")) {
            loader.record(record);
        }
        System.out.printf("%s: %d created, %d already present, %d failed%n", file.getFileName(), loader.created, loader.present,
                loader.failed);
        System.exit(loader.failed == 0 ? 0 : 1);
    }

    void importCsv(String path, Path csv) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(path).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(csv))).build());
        if (response.statusCode() != 200) {
            fail(csv.getFileName().toString(), response);
            return;
        }
        JsonNode report = JSON.readTree(response.body());
        System.out.printf("%s → %s: %s inserted, %s unchanged, %s rejected%n", csv.getFileName(), path, report.path("inserted").asText("?"),
                report.path("unchanged").asText("?"), report.path("rejected").size());
    }

    void record(JsonNode record) throws IOException, InterruptedException {
        String key = record.path("key").asText();
        if (ids.containsKey(key)) {
            throw new IllegalArgumentException("demo key used twice: " + key);
        }
        String path;
        JsonNode body;
        try {
            path = substitute(record.path("path").asText());
            body = resolve(record.path("body"));
        } catch (IllegalStateException unresolved) {
            failed++;
            System.err.println("Demo data: " + key + " skipped: " + unresolved.getMessage());
            return;
        }
        Long existing = lookup(record.path("exists"));
        if (existing != null) {
            ids.put(key, existing);
            locations.put(key, path + "/" + existing);
            present++;
            return;
        }
        HttpRequest.Builder post = request(path).header("Content-Type", "application/json").header("Idempotency-Key", "demo-" + key);
        if (record.hasNonNull("ifMatchOf")) {
            String etag = currentEtag(record.path("ifMatchOf").asText());
            if (etag == null) {
                failed++;
                System.err.println("Demo data: " + key + " skipped: no ETag of " + record.path("ifMatchOf").asText());
                return;
            }
            post.header("If-Match", etag);
        }
        HttpResponse<String> response = send(post.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            fail(key, response);
            return;
        }
        if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
            present++;
        } else {
            created++;
        }
        JsonNode id = JSON.readTree(response.body()).path("id");
        if (id.canConvertToLong()) {
            ids.put(key, id.asLong());
            locations.put(key, response.headers().firstValue("Location").map(l -> URI.create(l).getRawPath())
                    .orElse(path + "/" + id.asLong()));
        }
    }

    /** The ETag of the record loaded under {@code key}, read now; null when it cannot be read. */
    private String currentEtag(String key) throws IOException, InterruptedException {
        String location = locations.get(key);
        if (location == null) {
            return null;
        }
        HttpResponse<String> response = send(request(location).GET().build());
        return response.statusCode() == 200 ? response.headers().firstValue("ETag").orElse(null) : null;
    }

    /** The id of the first item of the lookup's answer whose fields equal every "match" field (null matching absent). */
    private Long lookup(JsonNode exists) throws IOException, InterruptedException {
        if (exists.isMissingNode()) {
            return null;
        }
        HttpResponse<String> response = send(request(substitute(exists.path("path").asText())).GET().build());
        if (response.statusCode() != 200) {
            return null;
        }
        JsonNode answer = JSON.readTree(response.body());
        JsonNode match = resolve(exists.path("match"));
        for (JsonNode item : answer.isArray() ? answer : answer.path("items")) {
            boolean matches = true;
            for (Iterator<Map.Entry<String, JsonNode>> fields = match.properties().iterator(); fields.hasNext() && matches;) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode actual = item.path(field.getKey());
                matches = field.getValue().isNull() ? actual.isMissingNode() || actual.isNull() : sameValue(field.getValue(), actual);
            }
            if (matches) {
                return item.path("id").asLong();
            }
        }
        return null;
    }

    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    private JsonNode resolve(JsonNode node) {
        if (node.isTextual()) {
            Matcher whole = REFERENCE.matcher(node.asText());
            if (whole.matches()) {
                return JSON.getNodeFactory().numberNode(id(whole.group(1)));
            }
            return TextNode.valueOf(substitute(node.asText()));
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.properties().forEach(field -> copy.set(field.getKey(), resolve(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(resolve(element)));
            return copy;
        }
        return node;
    }

    private String substitute(String text) {
        Matcher references = REFERENCE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (references.find()) {
            references.appendReplacement(result, Long.toString(id(references.group(1))));
        }
        return references.appendTail(result).toString();
    }

    private long id(String key) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("it refers to " + key + ", which is not loaded");
        }
        return id;
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
}
