package vn.gov.antq.commons.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdministrativeUnitsTest {

    private final AdministrativeUnits units = new AdministrativeUnits();

    @ParameterizedTest(name = "({0}, {1}) → {2}")
    @CsvSource({
            "70, 2022-10-31, 75, Bình Phước, Đồng Nai",
            "74, 2018-12-31, 79, Bình Dương, Thành phố Hồ Chí Minh",
            "89, 2021-08-18, 91, An Giang, An Giang",
            "38, 2020-01-01, 38, Thanh Hóa, Thanh Hóa",
            "80, 2024-01-01, 80, Long An, Tây Ninh",
            "37, 2022-12-31, 37, Ninh Bình, Ninh Bình",
            "35, 2025-06-30, 37, Hà Nam, Ninh Bình",
            "80, 2025-07-01, 80, Tây Ninh, Tây Ninh",
    })
    void resolvesReportedCodesToCurrentProvinces(String code, LocalDate date, String currentCode, String reportedName, String currentName) {
        ProvinceResolution resolution = units.resolve(code, date);
        assertEquals(currentCode, resolution.currentProvince().code());
        assertEquals(reportedName, resolution.reportedName());
        assertEquals(currentName, resolution.currentProvince().name());
        assertEquals(date.isBefore(AdministrativeUnits.REFORM_DATE), resolution.beforeReform());
    }

    @Test
    void unknownCodeIsAClientError() {
        UnknownProvinceException e = assertThrows(UnknownProvinceException.class, () -> units.resolve("99", LocalDate.of(2022, 1, 1)));
        assertEquals(400, e.status());
        assertEquals("province", e.errors().get(0).field());
    }

    @Test
    void anAbolishedCodeIsUnknownAfterTheReform() {
        UnknownProvinceException e = assertThrows(UnknownProvinceException.class, () -> units.resolve("70", LocalDate.of(2025, 7, 1)));
        assertTrue(e.getMessage().contains("merged into 75"), e.getMessage());
    }

    @Test
    void has34CurrentAnd63FormerProvincesWith3321Communes() {
        assertEquals(34, units.currentProvinces().size());
        assertEquals(63, units.legacyProvinces().size());
        assertEquals(3321, units.currentProvinces().stream().mapToInt(Province::communeCount).sum());
    }

    @Test
    void everyCurrentProvinceHasAReferencePopulationWithYearAndSource() {
        assertEquals(2024, units.populationReference().year());
        assertTrue(units.populationReference().source().contains("General Statistics Office"), units.populationReference().source());
        assertTrue(units.populationReference().approximate());
        // Đồng Nai = Bình Phước 1,064 + Đồng Nai 3,310 thousand; Hồ Chí Minh City is by far the largest.
        assertEquals(4_374_000, units.currentProvince("75").orElseThrow().population());
        assertEquals("79", units.currentProvinces().stream().max(java.util.Comparator.comparingLong(Province::population)).orElseThrow().code());
        long national = units.currentProvinces().stream().mapToLong(Province::population).sum();
        assertTrue(national > 99_000_000 && national < 103_000_000, "about 101 million in 2024: " + national);
        units.currentProvinces().forEach(p -> assertTrue(p.population() > 300_000, p.code()));
    }

    @Test
    void eachPopulationIsTheSumOfTheOldProvincesFiguresStatedInTheFile() throws java.io.IOException {
        java.util.Map<String, Long> old = new java.util.HashMap<>();
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("administrative-units/provinces-current.csv")) {
            java.util.regex.Matcher figure = java.util.regex.Pattern.compile("(\\d{2})=(\\d+)")
                    .matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                            .filter(l -> l.startsWith("#")).collect(java.util.stream.Collectors.joining("\n")));
            while (figure.find()) {
                old.put(figure.group(1), Long.parseLong(figure.group(2)) * 1000);
            }
        }
        assertEquals(63, old.size());
        for (Province province : units.currentProvinces()) {
            assertEquals(province.mergedFromCodes().stream().mapToLong(old::get).sum(), province.population(), province.code());
        }
    }

    @Test
    void everyCurrentProvinceKeptTheCodeOfOneOfItsMembers() {
        for (Province province : units.currentProvinces()) {
            assertTrue(province.mergedFromCodes().contains(province.code()), province.code());
        }
    }

    @Test
    void listsThePredecessorsOfAMergedProvince() {
        List<String> names = units.predecessorsOf("92").stream().map(LegacyProvince::name).toList();
        assertEquals(List.of("Thành phố Cần Thơ", "Hậu Giang", "Sóc Trăng"), names);
        assertEquals(List.of("72", "80"), units.predecessorsOf("80").stream().map(LegacyProvince::code).toList());
        assertThrows(UnknownProvinceException.class, () -> units.predecessorsOf("70"));
    }

    @Test
    void everyFormerProvinceMapsToExactlyOneCurrentProvince() {
        for (LegacyProvince old : units.legacyProvinces()) {
            long owners = units.currentProvinces().stream().filter(p -> p.mergedFromCodes().contains(old.code())).count();
            assertEquals(1, owners, old.code());
            assertFalse(units.currentProvince(old.successorCode()).isEmpty());
        }
    }
}
