package vn.gov.antq.commons.communes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.IntNode;

import io.quarkus.arc.properties.IfBuildProperty;
import vn.gov.antq.commons.audit.AuditAction;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.audit.FieldChange;
import vn.gov.antq.commons.communes.CsvFile.Row;
import vn.gov.antq.commons.communes.ImportReport.RejectedRow;
import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.commons.units.LegacyProvince;
import vn.gov.antq.commons.units.Province;

/**
 * Loads the official lists into the registry. Each import is one transaction, audited once with its counts. Rows that
 * break a rule are rejected and reported with their line and reason; the other rows of the file are imported. Imports
 * are idempotent: the same file again changes nothing. A stored row the file does not name is kept (counted as
 * absent): units are never deleted or end-dated by omission, since a shortened or partial file must not erase data.
 */
@ApplicationScoped
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class CommuneImportService {

    public static final String COMMUNE_LIST = "commune-list";
    public static final String SUCCESSION_LIST = "commune-succession-list";

    /** The official current list, as published (communes_3321_current.csv). */
    static final List<String> COMMUNE_HEADER = List.of("commune_code", "commune_name", "type_2025_07_01", "type_2026_09_20",
            "province_code", "province_name");
    /** The official old→new edges, as published (commune_old_to_new_edges_2025.csv). */
    static final List<String> SUCCESSION_HEADER = List.of("old_province_code", "old_province_name", "old_district_code",
            "old_district_name", "old_commune_code", "old_commune_name", "new_province_code", "new_province_name", "new_commune_code",
            "new_commune_name", "kind", "note_raw");
    /** The day the second type column of the current list takes effect (several xã became phường). */
    static final LocalDate SECOND_TYPE_DATE = LocalDate.of(2026, 9, 20);

    private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");
    private static final Pattern DISTRICT_CODE = Pattern.compile("\\d{3}");
    private static final int NAME_LENGTH = 100;
    private static final int NOTE_LENGTH = 500;

    @Inject
    CommuneRepository communes;

    @Inject
    CommuneSuccessionRepository successions;

    @Inject
    AdministrativeUnits units;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentCommunes currentCommunes;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Once the import has committed (or not), copies of communes kept from before it are dropped on this instance. */
    private void forgetCachedCommunesWhenDone() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                currentCommunes.forgetAll();
            }
        });
    }

    @Transactional
    public ImportReport importCommunes(byte[] file) {
        CsvFile csv = CsvFile.parse(file);
        csv.requireHeader(COMMUNE_HEADER);
        communes.lockForImport();
        communes.batchWrites();
        forgetCachedCommunesWhenDone();
        List<Parsed<CommuneRow>> parsed = new ArrayList<>(csv.rows().stream().map(this::parseCommune).toList());
        Counts counts = new Counts(csv.rows().size());
        List<RejectedRow> rejected = rejectDuplicates(parsed, "commune code");

        Map<String, Commune> stored = communes.allByCode();
        Instant now = Instant.now();
        for (Parsed<CommuneRow> row : parsed) {
            if (row.value() == null) {
                continue;
            }
            CommuneRow input = row.value();
            Commune commune = stored.get(input.code());
            if (commune == null) {
                commune = new Commune();
                commune.code = input.code();
                commune.createdAt = now;
                apply(commune, input, now);
                communes.persist(commune);
                counts.inserted++;
            } else if (sameAs(commune, input)) {
                counts.unchanged++;
            } else {
                apply(commune, input, now);
                counts.updated++;
            }
        }
        Set<String> named = keysOf(parsed);
        counts.absent = (int) stored.keySet().stream().filter(code -> !named.contains(code)).count();
        communes.flush();
        return finish(COMMUNE_LIST, file, counts, rejected);
    }

    @Transactional
    public ImportReport importSuccessions(byte[] file) {
        CsvFile csv = CsvFile.parse(file);
        csv.requireHeader(SUCCESSION_HEADER);
        communes.lockForImport();
        communes.batchWrites();
        Map<String, Commune> current = communes.allByCode();
        List<Parsed<SuccessionRow>> parsed = new ArrayList<>(csv.rows().stream().map(row -> parseSuccession(row, current)).toList());
        Counts counts = new Counts(csv.rows().size());
        List<RejectedRow> rejected = rejectDuplicates(parsed, "edge");

        Map<String, CommuneSuccession> stored = new LinkedHashMap<>();
        successions.listAll().forEach(s -> stored.put(key(s), s));
        Instant now = Instant.now();
        for (Parsed<SuccessionRow> row : parsed) {
            if (row.value() == null) {
                continue;
            }
            SuccessionRow input = row.value();
            CommuneSuccession edge = stored.get(row.key());
            if (edge == null) {
                edge = new CommuneSuccession();
                edge.createdAt = now;
                apply(edge, input, now);
                successions.persist(edge);
                counts.inserted++;
            } else if (sameAs(edge, input)) {
                counts.unchanged++;
            } else {
                apply(edge, input, now);
                counts.updated++;
            }
        }
        Set<String> named = keysOf(parsed);
        counts.absent = (int) stored.keySet().stream().filter(key -> !named.contains(key)).count();
        successions.flush();
        return finish(SUCCESSION_LIST, file, counts, rejected);
    }

    // --- the current list ---

    private record CommuneRow(String code, String name, CommuneType typeAtReform, CommuneType typeLater, String provinceCode) {

        List<TypePeriod> typePeriods() {
            if (typeAtReform == typeLater) {
                return List.of(new TypePeriod(AdministrativeUnits.REFORM_DATE, null, typeAtReform));
            }
            return List.of(new TypePeriod(AdministrativeUnits.REFORM_DATE, SECOND_TYPE_DATE.minusDays(1), typeAtReform),
                    new TypePeriod(SECOND_TYPE_DATE, null, typeLater));
        }
    }

    private Parsed<CommuneRow> parseCommune(Row row) {
        String code = row.values().isEmpty() ? null : row.get(0).strip();
        String key = code != null && CommuneRegistry.COMMUNE_CODE.matcher(code).matches() ? code : null;
        if (row.values().size() != COMMUNE_HEADER.size()) {
            return Parsed.rejected(row, key, columnCount(row, COMMUNE_HEADER));
        }
        List<String> problems = new ArrayList<>();
        if (key == null) {
            problems.add("commune_code '" + code + "' is not a five-digit code");
        }
        String name = name(row.get(1), "commune_name", problems);
        CommuneType atReform = currentType(row.get(2), "type_2025_07_01", problems);
        CommuneType later = currentType(row.get(3), "type_2026_09_20", problems);
        String province = currentProvince(row.get(4), row.get(5), "province_code", "province_name", problems);
        if (!problems.isEmpty()) {
            return Parsed.rejected(row, key, String.join("; ", problems));
        }
        return Parsed.accepted(row, key, new CommuneRow(code, name, atReform, later, province));
    }

    private static boolean sameAs(Commune commune, CommuneRow input) {
        return commune.name.equals(input.name()) && commune.provinceCode.equals(input.provinceCode())
                && commune.validFrom.equals(AdministrativeUnits.REFORM_DATE) && samePeriods(commune, input);
    }

    private static void apply(Commune commune, CommuneRow input, Instant now) {
        commune.name = input.name();
        commune.provinceCode = input.provinceCode();
        commune.validFrom = AdministrativeUnits.REFORM_DATE;
        if (!samePeriods(commune, input)) {
            commune.typePeriods.clear();
            commune.typePeriods.addAll(input.typePeriods());
        }
        commune.updatedAt = now;
    }

    /** Hibernate's bag compares by identity: compare the elements. */
    private static boolean samePeriods(Commune commune, CommuneRow input) {
        return List.copyOf(commune.typePeriods).equals(input.typePeriods());
    }

    private CommuneType currentType(String value, String column, List<String> problems) {
        Optional<CommuneType> type = CommuneType.parse(value).filter(CommuneType::current);
        if (type.isEmpty()) {
            problems.add(column + " '" + value.strip() + "' is not a known type (xã, phường, đặc khu)");
            return null;
        }
        return type.get();
    }

    // --- the old→new edges ---

    private record SuccessionRow(String oldCode, String oldName, String oldProvinceCode, String oldDistrictCode, String oldDistrictName,
            Commune newCommune, SuccessionKind kind, String note) {
    }

    private Parsed<SuccessionRow> parseSuccession(Row row, Map<String, Commune> current) {
        if (row.values().size() != SUCCESSION_HEADER.size()) {
            return Parsed.rejected(row, null, columnCount(row, SUCCESSION_HEADER));
        }
        List<String> problems = new ArrayList<>();
        String oldProvince = row.get(0).strip();
        if (!PROVINCE_CODE.matcher(oldProvince).matches()) {
            problems.add("old_province_code '" + oldProvince + "' is not a two-digit code");
        } else if (units.legacyProvince(oldProvince).isEmpty()) {
            problems.add("old_province_code '" + oldProvince + "' is not one of the 63 pre-reform provinces");
        }
        // old_province_name is not checked: old names changed before the reform (Thừa Thiên Huế became Thành phố Huế).
        String district = row.get(2).strip();
        if (!DISTRICT_CODE.matcher(district).matches()) {
            problems.add("old_district_code '" + district + "' is not a three-digit code");
        }
        String districtName = name(row.get(3), "old_district_name", problems);
        Optional<SuccessionKind> kind = SuccessionKind.parse(row.get(10));
        if (kind.isEmpty()) {
            problems.add("kind '" + row.get(10).strip() + "' is not one of full, partial, unchanged, rename_or_retype, no_old_commune");
        }
        boolean noOldCommune = kind.isPresent() && kind.get() == SuccessionKind.NO_OLD_COMMUNE;
        String oldCode = row.get(4).strip();
        String oldName = VietnameseText.nfc(row.get(5));
        if (noOldCommune) {
            if (!oldCode.isEmpty()) {
                problems.add("a no_old_commune row has no old_commune_code, found '" + oldCode + "'");
            }
            oldName = oldName.isEmpty() ? null : name(oldName, "old_commune_name", problems);
        } else {
            if (!CommuneRegistry.COMMUNE_CODE.matcher(oldCode).matches()) {
                problems.add("old_commune_code '" + oldCode + "' is not a five-digit code");
            }
            oldName = name(oldName, "old_commune_name", problems);
        }
        String newProvince = currentProvince(row.get(6), row.get(7), "new_province_code", "new_province_name", problems);
        if (newProvince != null) {
            units.legacyProvince(oldProvince).map(LegacyProvince::successorCode).filter(s -> !s.equals(newProvince))
                    .ifPresent(s -> problems.add("old province " + oldProvince + " was merged into " + s + ", not into new_province_code "
                            + newProvince));
        }
        String newCode = row.get(8).strip();
        Commune newCommune = null;
        if (!CommuneRegistry.COMMUNE_CODE.matcher(newCode).matches()) {
            problems.add("new_commune_code '" + newCode + "' is not a five-digit code");
        } else {
            newCommune = current.get(newCode);
            if (newCommune == null) {
                problems.add("new_commune_code " + newCode + " is not in the commune registry (import the current list first)");
            } else if (newProvince != null && !newCommune.provinceCode.equals(newProvince)) {
                problems.add("commune " + newCode + " is in province " + newCommune.provinceCode + " in the registry, not in new_province_code "
                        + newProvince);
            }
        }
        String note = VietnameseText.nfc(row.get(11));
        if (note.length() > NOTE_LENGTH) {
            problems.add("note_raw is longer than " + NOTE_LENGTH + " characters");
        }
        String key = !noOldCommune && CommuneRegistry.COMMUNE_CODE.matcher(oldCode).matches()
                ? edgeKey(oldCode, newCode, oldProvince, district) : noOldCommune ? edgeKey(null, newCode, oldProvince, district) : null;
        if (!problems.isEmpty()) {
            return Parsed.rejected(row, key, String.join("; ", problems));
        }
        return Parsed.accepted(row, key, new SuccessionRow(noOldCommune ? null : oldCode, oldName, oldProvince, district, districtName,
                newCommune, kind.get(), note.isEmpty() ? null : note));
    }

    /** An edge is one old commune into one new one; an area without an old commune is named by its old district. */
    private static String edgeKey(String oldCode, String newCode, String oldProvince, String oldDistrict) {
        return oldCode != null ? oldCode + "→" + newCode : "area " + oldProvince + "/" + oldDistrict + "→" + newCode;
    }

    private static String key(CommuneSuccession s) {
        return edgeKey(s.oldCommuneCode, s.newCommune.code, s.oldProvinceCode, s.oldDistrictCode);
    }

    private static boolean sameAs(CommuneSuccession edge, SuccessionRow input) {
        return Objects.equals(edge.oldCommuneName, input.oldName()) && edge.oldProvinceCode.equals(input.oldProvinceCode())
                && edge.oldDistrictCode.equals(input.oldDistrictCode()) && edge.oldDistrictName.equals(input.oldDistrictName())
                && edge.kind == input.kind() && Objects.equals(edge.note, input.note())
                && edge.oldCommuneType == oldType(input.oldName());
    }

    private static void apply(CommuneSuccession edge, SuccessionRow input, Instant now) {
        edge.oldCommuneCode = input.oldCode();
        edge.oldCommuneName = input.oldName();
        edge.oldCommuneType = oldType(input.oldName());
        edge.oldProvinceCode = input.oldProvinceCode();
        edge.oldDistrictCode = input.oldDistrictCode();
        edge.oldDistrictName = input.oldDistrictName();
        edge.newCommune = input.newCommune();
        edge.kind = input.kind();
        edge.note = input.note();
        edge.updatedAt = now;
    }

    private static CommuneType oldType(String oldName) {
        return oldName == null ? null : CommuneType.ofName(oldName).orElse(null);
    }

    // --- shared ---

    private record Parsed<T>(Row row, String key, T value, String problem) {

        static <T> Parsed<T> accepted(Row row, String key, T value) {
            return new Parsed<>(row, key, value, null);
        }

        static <T> Parsed<T> rejected(Row row, String key, String problem) {
            return new Parsed<>(row, key, null, problem);
        }
    }

    private static final class Counts {
        final int rows;
        int inserted;
        int updated;
        int unchanged;
        int absent;

        Counts(int rows) {
            this.rows = rows;
        }
    }

    /**
     * Rejects the rows already rejected and every row of a key the file names more than once: which of them is right
     * cannot be told, so none is imported. Returns all rejections, by line; rejected rows lose their value.
     */
    private static <T> List<RejectedRow> rejectDuplicates(List<Parsed<T>> parsed, String what) {
        Map<String, List<Integer>> linesByKey = new LinkedHashMap<>();
        parsed.stream().filter(p -> p.key() != null).forEach(p -> linesByKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p.row().line()));
        List<RejectedRow> rejected = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            Parsed<T> p = parsed.get(i);
            List<Integer> lines = p.key() == null ? List.of() : linesByKey.get(p.key());
            String duplicate = lines.size() > 1 ? what + " " + p.key() + " appears on lines "
                    + String.join(", ", lines.stream().map(String::valueOf).toList()) + "; it may appear only once" : null;
            if (p.problem() != null || duplicate != null) {
                String reason = p.problem() == null ? duplicate : duplicate == null ? p.problem() : p.problem() + "; " + duplicate;
                rejected.add(new RejectedRow(p.row().line(), p.key(), reason));
                parsed.set(i, Parsed.rejected(p.row(), p.key(), reason));
            }
        }
        rejected.sort(Comparator.comparingInt(RejectedRow::line));
        return rejected;
    }

    /** Keys the file names, accepted or not: a stored row named by a rejected line is not absent, only not updated. */
    private static <T> Set<String> keysOf(List<Parsed<T>> parsed) {
        Set<String> keys = new HashSet<>();
        parsed.stream().map(Parsed::key).filter(Objects::nonNull).forEach(keys::add);
        return keys;
    }

    private ImportReport finish(String list, byte[] file, Counts counts, List<RejectedRow> rejected) {
        String sha256 = sha256(file);
        ImportReport report = new ImportReport(list, sha256, counts.rows, counts.inserted, counts.updated, counts.unchanged,
                rejected.size(), counts.absent, List.copyOf(rejected));
        // One entry with the counts: thousands of per-row diffs would drown the trail.
        List<FieldChange> changes = List.of(
                new FieldChange("rows", null, IntNode.valueOf(report.rows())),
                new FieldChange("inserted", null, IntNode.valueOf(report.inserted())),
                new FieldChange("updated", null, IntNode.valueOf(report.updated())),
                new FieldChange("unchanged", null, IntNode.valueOf(report.unchanged())),
                new FieldChange("rejected", null, IntNode.valueOf(report.rejected())),
                new FieldChange("absent", null, IntNode.valueOf(report.absent())));
        auditTrail.record(AuditAction.IMPORT, list, sha256, null, null, changes);
        return report;
    }

    private static String columnCount(Row row, List<String> header) {
        return "expected " + header.size() + " columns (" + String.join(",", header) + "), found " + row.values().size();
    }

    private static String name(String value, String column, List<String> problems) {
        String name = VietnameseText.nfc(value);
        if (name.isEmpty()) {
            problems.add(column + " is empty");
        } else if (name.length() > NAME_LENGTH) {
            problems.add(column + " is longer than " + NAME_LENGTH + " characters");
        }
        return name;
    }

    /** A current province code, and its name as the list spells it ("Tỉnh Bắc Ninh"), which must name the same province. */
    private String currentProvince(String codeValue, String nameValue, String codeColumn, String nameColumn, List<String> problems) {
        String code = codeValue.strip();
        if (!PROVINCE_CODE.matcher(code).matches()) {
            problems.add(codeColumn + " '" + code + "' is not a two-digit code");
            return null;
        }
        Optional<Province> province = units.currentProvince(code);
        if (province.isEmpty()) {
            problems.add(codeColumn + " '" + code + "' is not one of the 34 current provinces"
                    + units.legacyProvince(code).map(old -> " (" + old.name() + " was merged into " + old.successorCode() + ")").orElse(""));
            return null;
        }
        if (!nameValue.isBlank() && !VietnameseText.sameProvinceName(nameValue, province.get().name())) {
            problems.add(nameColumn + " '" + nameValue.strip() + "' is not the name of province " + code + " (" + province.get().name() + ")");
            return null;
        }
        return code;
    }

    private static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
