package vn.gov.antq.commons.units;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

/**
 * Vietnam's provinces before and after the 2025-07-01 reform (63 → 34). Merges were whole and every current
 * province kept the code of one of its members, so a pre-reform code maps to exactly one current province. Records
 * keep what was reported; this resolves them for aggregation. Data: {@code administrative-units/*.csv}.
 */
@Singleton
public class AdministrativeUnits {

    /** First day of the two-tier system with 34 provinces. */
    public static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);

    private static final String CURRENT = "administrative-units/provinces-current.csv";

    private final Map<String, Province> current;
    private final Map<String, LegacyProvince> legacy;
    private final PopulationReference population;

    public AdministrativeUnits() {
        Map<String, Province> provinces = new LinkedHashMap<>();
        Map<String, String> successorOf = new LinkedHashMap<>();
        for (String[] row : read(CURRENT, 6)) {
            List<String> mergedFrom = List.of(row[4].split(","));
            provinces.put(row[0], new Province(row[0], row[1], ProvinceType.valueOf(row[2]), Integer.parseInt(row[3]), mergedFrom,
                    Long.parseLong(row[5])));
            mergedFrom.forEach(old -> successorOf.put(old, row[0]));
        }
        Map<String, LegacyProvince> old = new LinkedHashMap<>();
        for (String[] row : read("administrative-units/provinces-before-2025-07-01.csv", 3)) {
            String successor = successorOf.get(row[0]);
            if (successor == null) {
                throw new IllegalStateException("Pre-reform province " + row[0] + " is not merged into any current province");
            }
            old.put(row[0], new LegacyProvince(row[0], row[1], ProvinceType.valueOf(row[2]), successor));
        }
        if (!old.keySet().containsAll(successorOf.keySet())) {
            throw new IllegalStateException("A current province names an unknown pre-reform province");
        }
        this.current = Collections.unmodifiableMap(provinces);
        this.legacy = Collections.unmodifiableMap(old);
        Map<String, String> header = header(CURRENT);
        this.population = new PopulationReference(Integer.parseInt(require(header, "population-year")), require(header, "population-source"),
                true);
    }

    /** The year and source of {@link Province#population()}. */
    public PopulationReference populationReference() {
        return population;
    }

    public List<Province> currentProvinces() {
        return List.copyOf(current.values());
    }

    public Optional<Province> currentProvince(String code) {
        return Optional.ofNullable(code).map(current::get);
    }

    public List<LegacyProvince> legacyProvinces() {
        return List.copyOf(legacy.values());
    }

    public Optional<LegacyProvince> legacyProvince(String code) {
        return Optional.ofNullable(code).map(legacy::get);
    }

    /** The pre-reform provinces whose figures now belong to this current province (the reverse of {@link #resolve}). */
    public List<LegacyProvince> predecessorsOf(String currentCode) {
        Province province = current.get(currentCode);
        if (province == null) {
            throw new UnknownProvinceException("province", currentCode, "No current province has code '" + currentCode + "'");
        }
        return province.mergedFromCodes().stream().map(legacy::get).toList();
    }

    /**
     * Resolves a province code as reported on a date: before the reform against the 63 old provinces, from the
     * reform date on against the 34 current ones.
     *
     * @throws UnknownProvinceException when no province had that code on that date
     */
    public ProvinceResolution resolve(String code, LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("date is required");
        }
        if (date.isBefore(REFORM_DATE)) {
            LegacyProvince old = legacy.get(code);
            if (old == null) {
                throw new UnknownProvinceException("province", code,
                        "No province had code '" + code + "' on " + date + " (before the 2025-07-01 reform)");
            }
            return new ProvinceResolution(code, date, old.name(), true, current.get(old.successorCode()));
        }
        Province province = current.get(code);
        if (province == null) {
            throw new UnknownProvinceException("province", code, legacy.containsKey(code)
                    ? "Province code '" + code + "' (" + legacy.get(code).name() + ") was merged into "
                            + legacy.get(code).successorCode() + " on 2025-07-01 and is not valid on " + date
                    : "No province has code '" + code + "' on " + date);
        }
        return new ProvinceResolution(code, date, province.name(), false, province);
    }

    /** The {@code # name: value} lines of a data file's header comment. */
    private static Map<String, String> header(String resource) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            int colon = line.indexOf(':');
            if (line.startsWith("# ") && colon > 2 && line.substring(2, colon).matches("[a-z-]+")) {
                values.put(line.substring(2, colon), line.substring(colon + 1).trim());
            }
        }
        return values;
    }

    private static String require(Map<String, String> header, String name) {
        String value = header.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(CURRENT + ": the header comment must state '# " + name + ": …'");
        }
        return value;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = AdministrativeUnits.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> read(String resource, int columns) {
        try (InputStream in = AdministrativeUnits.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split(";", -1);
                if (row.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " columns in " + Arrays.toString(row));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
