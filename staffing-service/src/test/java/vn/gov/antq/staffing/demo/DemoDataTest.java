package vn.gov.antq.staffing.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.staffing.service.GrassrootsMemberInput;
import vn.gov.antq.staffing.service.GrassrootsTeamInput;
import vn.gov.antq.staffing.service.MemberEligibility;
import vn.gov.antq.staffing.service.OfficerInput;
import vn.gov.antq.staffing.service.PoliceUnitInput;
import vn.gov.antq.staffing.service.PostingInput;
import vn.gov.antq.staffing.service.RegularPoliceTallyInput;
import vn.gov.antq.staffing.service.SemiProfessionalTallyInput;
import vn.gov.antq.staffing.service.TrainingInput;

/**
 * deploy/demo/staffing-demo.json is what deploy/load-demo.sh posts: every record must be one the API accepts, name
 * only records loaded before it, and carry a lookup. Checked without a server, with the figures the README and the
 * suite test expect from it worked out from the file.
 */
class DemoDataTest {

    private static final Path DEMO = Path.of("..", "deploy", "demo");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{id:([^}]+)}");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Map<String, Class<?>> INPUTS = Map.of(
            "/api/v1/regular-police-tallies", RegularPoliceTallyInput.class,
            "/api/v1/semi-professional-tallies", SemiProfessionalTallyInput.class,
            "/api/v1/trainings", TrainingInput.class,
            "/api/v1/police-units", PoliceUnitInput.class,
            "/api/v1/officers", OfficerInput.class,
            "/api/v1/officers/{id}/postings", PostingInput.class,
            "/api/v1/grassroots-teams", GrassrootsTeamInput.class,
            "/api/v1/grassroots-teams/{id}/members", GrassrootsMemberInput.class);
    private static JsonNode demo;
    private static Validator validator;
    private static Set<String> demoCommunes;

    @BeforeAll
    static void read() throws IOException {
        demo = JSON.readTree(Files.readString(DEMO.resolve("staffing-demo.json")));
        validator = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
        List<String> lines = Files.readAllLines(DEMO.resolve("communes-demo.csv"), StandardCharsets.UTF_8);
        demoCommunes = lines.stream().skip(1).map(line -> line.split(",")[0]).collect(Collectors.toSet());
    }

    @Test
    void everyRecordIsValidNamesOnlyEarlierRecordsAndHasALookup() throws IOException {
        Set<String> keys = new HashSet<>();
        for (JsonNode record : demo.path("records")) {
            String key = record.path("key").asText();
            String text = record.toString();
            Matcher references = REFERENCE.matcher(text);
            while (references.find()) {
                assertTrue(keys.contains(references.group(1)), key + " names " + references.group(1) + ", not loaded before it");
            }
            assertTrue(keys.add(key), "duplicate key " + key);
            assertTrue(("demo-" + key).matches("[a-z0-9-]{1,200}"), "a valid Idempotency-Key: " + key);
            assertTrue(record.path("exists").path("path").asText().startsWith("/api/v1/"), "every record has a lookup: " + key);
            assertFalse(record.path("exists").path("match").isEmpty(), "a lookup matches on something: " + key);
            String path = REFERENCE.matcher(record.path("path").asText()).replaceAll("{id}");
            Class<?> type = INPUTS.get(path);
            assertTrue(type != null, key + " posts to " + path);
            // References become ids when loaded; any number stands for one here.
            Object input = JSON.readValue(REFERENCE.matcher(record.path("body").toString()).replaceAll("1").replace("\"1\"", "1"), type);
            assertTrue(validator.validate(input).isEmpty(), key + ": " + validator.validate(input));
            if (input instanceof GrassrootsMemberInput member) {
                assertEquals(List.of(), MemberEligibility.problems(member), key);
            }
            JsonNode commune = record.path("body").path("communeCode");
            if (!commune.isMissingNode() && !commune.isNull() && !path.contains("tallies") && !path.equals("/api/v1/trainings")) {
                assertTrue(demoCommunes.contains(commune.asText()), key + ": commune " + commune.asText() + " is in communes-demo.csv");
            }
        }
    }

    @Test
    void theSeedReportsFiguresAreThere() throws IOException {
        RegularPoliceTallyInput regular = JSON.treeToValue(body("regular-police-bp-2022-10-31"), RegularPoliceTallyInput.class);
        assertEquals(List.of("70", "2022-10-31", 90, 90, 91, 273), List.of(regular.provinceCode(), regular.asOf().toString(),
                regular.communesWithRegularPolice(), regular.chiefs(), regular.deputies(), regular.officers()));
        assertEquals(454, regular.chiefs() + regular.deputies() + regular.officers());
        SemiProfessionalTallyInput semi = JSON.treeToValue(body("semi-professional-bp-2022-10-31"), SemiProfessionalTallyInput.class);
        assertEquals(1215, semi.deputyChiefs() + semi.standingOfficers() + semi.hamletOfficers());
        assertEquals(List.of(24, 182, 1009), List.of(semi.deputyChiefs(), semi.standingOfficers(), semi.hamletOfficers()));
        // Bình Phước counts under Đồng Nai; Thanh Hóa kept its code.
        AdministrativeUnits units = new AdministrativeUnits();
        assertEquals("75", units.resolve("70", LocalDate.of(2022, 10, 31)).currentProvince().code());
        Map<String, Integer> trained = new HashMap<>();
        for (JsonNode record : recordsPostedTo("/api/v1/trainings")) {
            TrainingInput training = JSON.treeToValue(record.path("body"), TrainingInput.class);
            assertEquals("38", training.provinceCode());
            trained.put(training.traineeGroup().name(), training.participants());
        }
        assertEquals(Map.of("STEERING_COMMITTEE", 1677, "SEMI_PROFESSIONAL_POLICE", 3132, "GUARDS", 119), trained);
    }

    /** The figures README and the suite test give for Đồng Nai as of today, worked out from the file (norm 1, ≥1, ≥3). */
    @Test
    void theDetailedUnitsGiveTheFiguresTheReadmeStates() {
        Map<String, int[]> positions = new HashMap<>();
        for (JsonNode record : demo.path("records")) {
            if (record.path("path").asText().endsWith("/postings")) {
                JsonNode posting = record.path("body");
                assertTrue(posting.path("toDate").isMissingNode(), "demo postings are still running");
                assertFalse(LocalDate.parse(posting.path("fromDate").asText()).isBefore(AdministrativeUnits.REFORM_DATE));
                int[] filled = positions.computeIfAbsent(posting.path("policeUnitId").asText(), u -> new int[3]);
                filled[List.of("CHIEF", "DEPUTY", "OFFICER").indexOf(posting.path("position").asText())]++;
            }
        }
        List<int[]> units = new ArrayList<>(positions.values());
        assertEquals(2, units.size());
        assertEquals(7, units.stream().mapToInt(p -> p[0] + p[1] + p[2]).sum());
        assertEquals(1, units.stream().filter(p -> p[0] == 1 && p[1] >= 1 && p[2] >= 3).count());
        assertEquals(3, units.stream().mapToInt(p -> Math.max(0, 1 - p[0]) + Math.max(0, 1 - p[1]) + Math.max(0, 3 - p[2])).sum());
        assertEquals(2, recordsPostedTo("/api/v1/grassroots-teams").size());
        assertEquals(5, recordsPostedTo("/api/v1/grassroots-teams").stream()
                .mapToLong(team -> count(record -> record.path("path").asText().equals("/api/v1/grassroots-teams/${id:"
                        + team.path("key").asText() + "}/members"))).sum());
    }

    private static JsonNode body(String key) {
        for (JsonNode record : demo.path("records")) {
            if (record.path("key").asText().equals(key)) {
                return record.path("body");
            }
        }
        throw new AssertionError("no demo record " + key);
    }

    private static long count(java.util.function.Predicate<JsonNode> test) {
        long count = 0;
        for (JsonNode record : demo.path("records")) {
            count += test.test(record) ? 1 : 0;
        }
        return count;
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
