package vn.gov.antq.models.demo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validator;
import jakarta.validation.Validation;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.models.model.PlaceKind;
import vn.gov.antq.models.service.ModelInput;
import vn.gov.antq.models.service.TallyInput;
import vn.gov.antq.models.service.TallyRules;

/**
 * The demo data file is what deploy/load-demo.sh posts: every record must be one the API accepts. Checked without a
 * server: the request validation, {@link TallyRules}, the seeded type catalog and the demo commune list.
 */
class DemoDataTest {

    private static final Path DEMO = Path.of("..", "deploy", "demo");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static JsonNode demo;
    private static Validator validator;
    private static String seededTypes;
    private static Set<String> demoCommunes;

    @BeforeAll
    static void read() throws IOException {
        demo = JSON.readTree(Files.readString(DEMO.resolve("models-demo.json")));
        validator = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
        try (InputStream in = DemoDataTest.class.getResourceAsStream("/db/migration/V3__seed_model_types.sql")) {
            seededTypes = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = Files.readAllLines(DEMO.resolve("communes-demo.csv"), StandardCharsets.UTF_8);
        assertEquals("commune_code,commune_name,type_2025_07_01,type_2026_09_20,province_code,province_name", lines.get(0));
        demoCommunes = lines.stream().skip(1).map(line -> line.split(",")[0]).collect(Collectors.toSet());
    }

    @Test
    void everyTallyIsAcceptedByTheTallyValidator() throws IOException {
        AdministrativeUnits units = new AdministrativeUnits();
        List<TallyInput> tallies = new ArrayList<>();
        for (JsonNode node : recordsPostedTo("/api/v1/model-tallies")) {
            TallyInput tally = JSON.treeToValue(node.path("body"), TallyInput.class);
            assertTrue(validator.validate(tally).isEmpty(), node.path("key") + ": " + validator.validate(tally));
            assertDoesNotThrow(() -> TallyRules.check(tally, units), node.path("key").asText());
            assertTrue(tally.typeCode() == null || seededTypes.contains("('" + tally.typeCode() + "',"), "type " + tally.typeCode());
            assertTrue(tally.communeCode() == null, "demo tallies are province-wide: no commune list of those years is shipped");
            tallies.add(tally);
        }
        assertEquals(23, tallies.size(), "the seed reports' tallies");
        // No two demo tallies of one reported province and type overlap: the API would refuse the second.
        for (int i = 0; i < tallies.size(); i++) {
            for (int j = i + 1; j < tallies.size(); j++) {
                TallyInput a = tallies.get(i);
                TallyInput b = tallies.get(j);
                boolean sameUnit = a.provinceCode().equals(b.provinceCode());
                boolean typesNest = a.typeCode() == null || b.typeCode() == null || a.typeCode().equals(b.typeCode());
                boolean overlap = !a.periodFrom().isAfter(b.periodTo()) && !b.periodFrom().isAfter(a.periodTo());
                assertFalse(sameUnit && typesNest && overlap, "overlapping demo tallies " + i + " and " + j);
            }
        }
    }

    @Test
    void theSeedReportsFiguresAreThere() {
        Map<String, JsonNode> byKey = new java.util.HashMap<>();
        recordsPostedTo("/api/v1/model-tallies").forEach(node -> byKey.put(node.path("key").asText().replaceFirst("^tally-", ""), node.path("body")));
        assertEquals(1611, byKey.get("bp-2019-2022-peoples-security-teams").path("teams").asInt());
        assertEquals("2022-10-31", byKey.get("bp-2019-2022-peoples-security-teams").path("periodTo").asText());
        assertEquals(499, byKey.get("th-2019-2022-all-models").path("models").asInt());
        assertEquals(42, byKey.get("th-2019-2022-all-models").path("modelTypes").asInt());
        assertEquals(226, byKey.get("bd-2018-landlord-clubs").path("models").asInt());
        assertEquals(1600, byKey.get("bd-2018-security-cameras").path("cameras").asInt());
        assertEquals(35, byKey.get("nb-2022-model-types").path("modelTypes").asInt());
        // Reported codes resolve to today's provinces: Bình Phước → Đồng Nai, Bình Dương → Hồ Chí Minh City, Ninh Bình stays.
        AdministrativeUnits units = new AdministrativeUnits();
        assertEquals("75", units.resolve("70", LocalDate.of(2022, 10, 31)).currentProvince().code());
        assertEquals("79", units.resolve("74", LocalDate.of(2018, 12, 31)).currentProvince().code());
        assertEquals("37", units.resolve("37", LocalDate.of(2022, 12, 31)).currentProvince().code());
    }

    @Test
    void everyModelAndSiteIsValidAndKeysAreUnique() throws IOException {
        Set<String> keys = new HashSet<>();
        Map<String, ModelInput> models = new java.util.HashMap<>();
        for (JsonNode record : demo.path("records")) {
            String key = record.path("key").asText();
            assertTrue(keys.add(key), "duplicate key " + key);
            assertTrue(record.path("exists").path("path").asText().startsWith("/api/v1/"), "every record has a lookup: " + key);
            String path = record.path("path").asText();
            if (path.equals("/api/v1/models")) {
                ModelInput model = JSON.treeToValue(record.path("body"), ModelInput.class);
                assertTrue(validator.validate(model).isEmpty(), key + ": " + validator.validate(model));
                assertTrue(seededTypes.contains("('" + model.typeCode() + "',"), "type " + model.typeCode());
                // After the reform, so the sites name current communes and no demo tally of the old provinces covers them.
                assertFalse(model.startDate().isBefore(AdministrativeUnits.REFORM_DATE), key);
                models.put(key, model);
            } else if (path.endsWith("/sites")) {
                String modelKey = path.replaceFirst("^/api/v1/models/\\$\\{id:([^}]+)}/sites$", "$1");
                ModelInput model = models.get(modelKey);
                assertTrue(model != null, key + " names a model loaded before it: " + path);
                JsonNode site = record.path("body");
                assertTrue(demoCommunes.contains(site.path("communeCode").asText()), "commune of " + key);
                PlaceKind.valueOf(site.path("placeKind").asText());
                assertFalse(LocalDate.parse(site.path("establishedOn").asText()).isBefore(model.startDate()), key);
                assertTrue(site.path("teams").asInt() >= 0 && site.path("members").asInt() >= 0);
                assertFalse(site.path("placeName").asText().isBlank());
            } else {
                assertEquals("/api/v1/model-tallies", path, key);
            }
        }
        assertEquals(3, models.size());
        assertTrue(keys.stream().allMatch(k -> ("demo-" + k).matches("[a-z0-9-]{1,200}")), "keys make valid Idempotency-Keys");
    }

    private static List<JsonNode> recordsPostedTo(String path) {
        List<JsonNode> records = new ArrayList<>();
        demo.path("records").forEach(record -> {
            if (record.path("path").asText().equals(path)) {
                records.add(record);
            }
        });
        return records;
    }
}
