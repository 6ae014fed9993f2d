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
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        for (JsonNode node : demo.path("tallies")) {
            TallyInput tally = JSON.treeToValue(withoutKey(node), TallyInput.class);
            assertTrue(validator.validate(tally).isEmpty(), node.path("key") + ": " + validator.validate(tally));
            assertDoesNotThrow(() -> TallyRules.check(tally, units), node.path("key").asText());
            assertTrue(tally.typeCode() == null || seededTypes.contains("('" + tally.typeCode() + "',"), "type " + tally.typeCode());
            assertTrue(tally.communeCode() == null, "demo tallies are province-wide: no commune list of those years is shipped");
            tallies.add(tally);
        }
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
        demo.path("tallies").forEach(node -> byKey.put(node.path("key").asText(), node));
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
        demo.path("tallies").forEach(node -> assertTrue(keys.add(node.path("key").asText()), "duplicate key " + node.path("key")));
        for (JsonNode entry : demo.path("models")) {
            assertTrue(keys.add(entry.path("key").asText()), "duplicate key " + entry.path("key"));
            ModelInput model = JSON.treeToValue(entry.path("model"), ModelInput.class);
            assertTrue(validator.validate(model).isEmpty(), entry.path("key") + ": " + validator.validate(model));
            assertTrue(seededTypes.contains("('" + model.typeCode() + "',"), "type " + model.typeCode());
            // After the reform, so the sites name current communes and no demo tally of the old provinces covers them.
            assertFalse(model.startDate().isBefore(AdministrativeUnits.REFORM_DATE), entry.path("key").asText());
            for (JsonNode site : entry.path("sites")) {
                assertTrue(keys.add(site.path("key").asText()), "duplicate key " + site.path("key"));
                assertTrue(demoCommunes.contains(site.path("communeCode").asText()), "commune of " + site.path("key"));
                PlaceKind.valueOf(site.path("placeKind").asText());
                assertFalse(LocalDate.parse(site.path("establishedOn").asText()).isBefore(model.startDate()), site.path("key").asText());
                assertTrue(site.path("teams").asInt() >= 0 && site.path("members").asInt() >= 0);
                assertFalse(site.path("placeName").asText().isBlank());
            }
        }
        assertTrue(keys.stream().allMatch(k -> k.matches("[a-z0-9-]{1,180}")), "keys make valid Idempotency-Keys");
    }

    private static ObjectNode withoutKey(JsonNode node) {
        ObjectNode copy = node.deepCopy();
        copy.remove("key");
        return copy;
    }
}
