package vn.gov.antq.activities.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.gov.antq.activities.model.TipChannel;
import vn.gov.antq.activities.service.ActivityInput;
import vn.gov.antq.activities.service.ActivityTallyInput;
import vn.gov.antq.activities.service.TipInput;
import vn.gov.antq.activities.service.TipStatusChangeInput;
import vn.gov.antq.activities.service.TipTallyInput;
import vn.gov.antq.activities.service.WeaponHandoverInput;
import vn.gov.antq.activities.service.WeaponHandoverTallyInput;
import vn.gov.antq.commons.units.AdministrativeUnits;

/**
 * The demo data file is what deploy/load-demo.sh posts: every record must be one the API accepts, in an order the loader
 * can resolve. Checked without a server (the suite test loads it for real): request validation, references to earlier
 * records, lookups, the demo commune list, and the seed reports' figures.
 */
class ActivitiesDemoDataTest {

    private static final Path DEMO = Path.of("..", "deploy", "demo");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{id:([^}]+)}");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Map<String, Class<?>> INPUTS = Map.of("/api/v1/activity-tallies", ActivityTallyInput.class,
            "/api/v1/tip-tallies", TipTallyInput.class, "/api/v1/weapon-handover-tallies", WeaponHandoverTallyInput.class,
            "/api/v1/activities", ActivityInput.class, "/api/v1/tips", TipInput.class, "/api/v1/weapon-handovers", WeaponHandoverInput.class);
    private static JsonNode demo;
    private static Validator validator;
    private static Set<String> demoCommunes;

    @BeforeAll
    static void read() throws IOException {
        demo = JSON.readTree(Files.readString(DEMO.resolve("activities-demo.json")));
        validator = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
        List<String> lines = Files.readAllLines(DEMO.resolve("communes-demo.csv"), StandardCharsets.UTF_8);
        assertEquals("commune_code,commune_name,type_2025_07_01,type_2026_09_20,province_code,province_name", lines.get(0));
        demoCommunes = lines.stream().skip(1).map(line -> line.split(",")[0]).collect(Collectors.toSet());
        assertEquals("communes-demo.csv", demo.path("imports").get(0).path("file").asText());
    }

    @Test
    void everyRecordIsValidAndRefersOnlyToEarlierOnes() throws IOException {
        Set<String> loaded = new HashSet<>();
        Map<String, String> pathsByKey = new HashMap<>();
        for (JsonNode record : demo.path("records")) {
            String key = record.path("key").asText();
            assertTrue(("demo-" + key).matches("[a-z0-9-]{1,200}"), "keys make valid Idempotency-Keys: " + key);
            for (String reference : references(record.toString())) {
                assertTrue(loaded.contains(reference), key + " refers to " + reference + ", which is not loaded before it");
            }
            assertTrue(record.path("exists").path("path").asText().startsWith("/api/v1/"), "every record has a lookup: " + key);
            assertTrue(record.path("exists").path("match").size() > 0, "a lookup matches on something: " + key);
            String path = record.path("path").asText();
            JsonNode body = resolved(record.path("body"));
            if (path.matches("/api/v1/tips/\\$\\{id:[^}]+}/status-changes")) {
                String tip = path.replaceFirst(".*\\$\\{id:([^}]+)}.*", "$1");
                assertEquals("/api/v1/tips", pathsByKey.get(tip), key);
                assertEquals(tip, record.path("ifMatchOf").asText(), "a status change sends the tip's ETag: " + key);
                valid(key, JSON.treeToValue(body, TipStatusChangeInput.class));
            } else {
                Class<?> input = INPUTS.get(path);
                assertNotNull(input, key + " is posted to " + path);
                Object value = JSON.treeToValue(body, input);
                valid(key, value);
                JsonNode commune = body.path("communeCode");
                if (!commune.isMissingNode() && !path.contains("tallies")) {
                    assertTrue(demoCommunes.contains(commune.asText()), "commune of " + key + " is in communes-demo.csv");
                }
                if (value instanceof TipInput tip) {
                    assertEquals(tip.channel() == TipChannel.PROPAGANDA_SESSION_SLIP, tip.activityId() != null, key);
                }
                assertFalse(record.has("ifMatchOf"), key);
            }
            loaded.add(key);
            pathsByKey.put(key, path);
        }
        assertEquals(43, loaded.size());
    }

    @Test
    void theSeedReportsFiguresAreThereInTheUnitsTheyWereReportedFor() {
        Map<String, JsonNode> bodies = new HashMap<>();
        demo.path("records").forEach(r -> bodies.put(r.path("key").asText(), r.path("body")));
        JsonNode meetings = bodies.get("tally-bp-2019-2022-community-meetings");
        assertEquals("70", meetings.path("provinceCode").asText());
        assertEquals(3652, meetings.path("activities").asInt());
        assertEquals(289148, meetings.path("participants").asInt());
        assertEquals(110099, bodies.get("tally-bp-2019-2022-rallies").path("leaflets").asInt());
        assertEquals(5693, bodies.get("tally-bp-2019-2022-film-screenings").path("screeningHours").asInt());
        assertEquals(120000, bodies.get("tally-th-2019-2022-loudspeaker-sessions").path("sessions").asInt());
        assertEquals(61856, bodies.get("tally-th-2019-2022-banners-posters").path("bannersSlogansPanelsPosters").asInt());
        assertEquals(100747, bodies.get("tally-th-2019-2022-leaflets-booklets").path("booklets").asInt());
        assertEquals(723, bodies.get("tally-th-2019-2022-tips").path("wantedCaughtOrSurrendered").asInt());
        assertEquals(18170, bodies.get("tally-th-2019-2022-tips").path("valuable").asInt());
        assertEquals(6237, bodies.get("tally-th-2019-2022-handovers").path("guns").asInt());
        assertEquals(667, bodies.get("tally-th-2019-2022-handovers").path("explosivesKg").asInt());
        assertEquals(2144, bodies.get("tally-bd-2018-tips").path("casesSolved").asInt());
        assertEquals(501, bodies.get("tally-bd-2018-handovers").path("primitiveWeapons").asInt());
        AdministrativeUnits units = new AdministrativeUnits();
        assertEquals("75", units.resolve("70", LocalDate.of(2022, 10, 31)).currentProvince().code());
        assertEquals("79", units.resolve("74", LocalDate.of(2018, 12, 31)).currentProvince().code());
        // Detailed records lie after the reform, so they name current communes and no demo tally covers them.
        demo.path("records").forEach(r -> {
            JsonNode body = r.path("body");
            String day = body.has("heldOn") ? body.path("heldOn").asText() : body.has("periodTo") && !r.path("path").asText().contains("tallies")
                    ? body.path("periodTo").asText() : body.has("receivedAt") ? body.path("receivedAt").asText().substring(0, 10)
                    : body.has("handedOverOn") ? body.path("handedOverOn").asText() : null;
            if (day != null) {
                assertFalse(LocalDate.parse(day).isBefore(AdministrativeUnits.REFORM_DATE), r.path("key").asText());
            }
        });
    }

    private static void valid(String key, Object input) {
        assertTrue(validator.validate(input).isEmpty(), key + ": " + validator.validate(input));
    }

    /** The body as the loader posts it, with made-up ids for the references. */
    private static JsonNode resolved(JsonNode body) throws IOException {
        String text = body.toString().replaceAll("\"\\$\\{id:[^}]+}\"", "1");
        JsonNode copy = JSON.readTree(text);
        assertTrue(copy instanceof ObjectNode);
        return copy;
    }

    private static Set<String> references(String text) {
        Set<String> keys = new HashSet<>();
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }
}
