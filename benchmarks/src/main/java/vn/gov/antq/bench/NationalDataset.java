package vn.gov.antq.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Fills the three services' databases (already migrated by Flyway, still empty) with a synthetic national dataset whose
 * size is a multiple of the issue's scale 1, deterministically from a seed: the same scale and seed give the same rows.
 *
 * <p>Reference data does not scale: all 34 provinces with their real commune counts (synthetic 5-digit codes, since the
 * official list is not in the project) and ~10,000 synthetic old communes with the reform's edges, one regular police
 * unit per commune, ~100 model types, a yearly safe-unit verdict for most communes. Records are dated from 2025-07-01
 * on and tallies (and reported training totals) cover 2019–2024 (2025's first half for trainings) for the 63 old
 * provinces only, so records and tallies never cover the same unit and period (the no-double-counting rules); the
 * guards' trainings after the reform are only reported totals, never courses. Safe-unit verdicts, which have no
 * tallies, go back to 2019 under the old communes. Tips are anonymous: no reporter identity, no key material; their
 * receipts all share one secret per seed ({@link #receiptSecret}).
 */
public final class NationalDataset {

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    /** Last day records are dated (fixed, not today, so a seed always gives the same rows). */
    static final LocalDate RECORDS_UNTIL = LocalDate.of(2026, 9, 30);
    static final int MODEL_TYPES = 100;
    static final String CHANGED_BY = "bench-generator";

    private static final String[] SYLLABLES = { "An", "Bình", "Phú", "Tân", "Hòa", "Long", "Thạnh", "Mỹ", "Phước", "Đông", "Tây",
            "Nam", "Bắc", "Hưng", "Thuận", "Lợi", "Xuân", "Hải", "Sơn", "Trung", "Quang", "Vĩnh", "Thới", "Định" };
    private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ" };
    private static final String[] GIVEN = { "Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thị Hoa", "Văn Hùng", "Thanh Lan",
            "Đức Long", "Thị Mai", "Hữu Nghĩa", "Ngọc Phương", "Văn Quân", "Thị Thu", "Công Vinh" };
    private static final String[] SETTINGS = { "RESIDENTIAL_AREA", "AGENCY", "ENTERPRISE", "SCHOOL", "BORDER_AREA", "RELIGIOUS_AREA",
            "ETHNIC_MINORITY_AREA", "INDUSTRIAL_ZONE", "TRANSPORT", "OTHER" };
    private static final String[] FOCUS = { "CRIME_PREVENTION", "PUBLIC_ORDER", "TRAFFIC_SAFETY", "DRUGS", "BORDER_SECURITY",
            "WANTED_PERSONS", "DOMESTIC_VIOLENCE", "LAW_DISSEMINATION", "FIRE_PREVENTION" };
    private static final String[] LEADS = { "POLICE", "FATHERLAND_FRONT", "WOMENS_UNION", "VETERANS_ASSOCIATION", "FARMERS_ASSOCIATION",
            "YOUTH_UNION", "LABOUR_FEDERATION", "BORDER_GUARD", "ENTERPRISE", "SCHOOL", "RELIGIOUS_ORGANISATION", "OTHER" };
    private static final String[] PLACE_KINDS = { "HAMLET", "RESIDENTIAL_GROUP", "AGENCY", "ENTERPRISE", "SCHOOL", "RELIGIOUS_SITE",
            "MARKET", "ROAD_SEGMENT", "BORDER_AREA", "OTHER" };
    private static final String[] FORMS = { "COMMUNITY_MEETING", "CONFERENCE", "RALLY", "LOUDSPEAKER_BROADCAST", "MOBILE_PROPAGANDA",
            "LEAFLET_DISTRIBUTION", "BANNERS_POSTERS", "FILM_SCREENING", "SOCIAL_MEDIA_PRESS", "FESTIVAL_DAY", "LISTEN_TO_PEOPLE_FORUM",
            "TRAINING", "OTHER" };
    private static final String[] TOPICS = { "CRIME_PREVENTION", "ONLINE_FRAUD", "DRUGS", "TRAFFIC_SAFETY", "FIRE_PREVENTION",
            "WEAPONS_HANDOVER", "WANTED_PERSONS", "DOMESTIC_VIOLENCE", "BORDER_SECURITY", "LAW_DISSEMINATION", "REFUTING_HOSTILE_VIEWS" };
    private static final String[] ORGANISERS = { "POLICE", "FATHERLAND_FRONT", "WOMENS_UNION", "VETERANS_ASSOCIATION",
            "FARMERS_ASSOCIATION", "YOUTH_UNION", "LABOUR_FEDERATION", "BORDER_GUARD", "SCHOOL", "OTHER" };
    // PROPAGANDA_SESSION_SLIP is left out: such a tip must name an activity of its province, which a benchmark does not need.
    private static final String[] CHANNELS = { "IN_PERSON", "HOTLINE", "VNEID", "MOBILE_APP", "MAIL", "SOCIAL_MEDIA", "OTHER" };
    private static final String[] CATEGORIES = { "DRUGS", "THEFT", "FRAUD", "GAMBLING", "WEAPONS_EXPLOSIVES", "WANTED_PERSON",
            "NATIONAL_SECURITY", "PUBLIC_ORDER", "TRAFFIC", "SMUGGLING", "HUMAN_TRAFFICKING", "ENVIRONMENT", "OTHER" };
    private static final String[] NOT_VALUABLE_REASONS = { "UNFOUNDED", "DUPLICATE", "PRANK", "INSUFFICIENT" };
    private static final String[] ADDITIONS = { "Bổ sung: đối tượng thường tụ tập vào buổi tối tại khu vực này",
            "Bổ sung: có thêm người chứng kiến sự việc", "Bổ sung: phương tiện liên quan là xe máy màu đen",
            "Bổ sung: vụ việc vẫn tiếp diễn sau khi gửi tin báo", "Bổ sung: hình ảnh đã được gửi qua ứng dụng" };
    private static final String[] RANKS = { "HA_SI", "TRUNG_SI", "THUONG_SI", "THIEU_UY", "TRUNG_UY", "THUONG_UY", "DAI_UY",
            "THIEU_TA", "TRUNG_TA", "THUONG_TA", "DAI_TA" };

    /** A current province as in commons' administrative-units/provinces-current.csv. */
    record Province(String code, String name, int communes, List<String> oldCodes) {
    }

    /** A synthetic commune: code {@code PPNNN} from the province's position and the commune's number in it. */
    record Commune(String code, String name, String type, String provinceCode) {
    }

    /**
     * A synthetic pre-reform commune (commune_succession): in an old province merged into its successors' current
     * province, and the current commune(s) it went into (two for a split, kind PARTIAL).
     */
    record OldCommune(String code, String name, String type, String oldProvinceCode, String districtCode, String districtName,
            int[] successors, String kind) {
    }

    /**
     * How many rows of each kind a scale gives. {@code safeUnits}: residential areas, agencies, enterprises and schools
     * that register for the yearly safe-unit recognition; {@code grassrootsCourses} and {@code steeringCourses}: the
     * courses recorded from 2025-07-01 on (commune courses of the grassroots force, province courses of steering
     * committees).
     */
    record Counts(int models, int sites, int activities, int tips, int handovers, int officers, int teams, int membersPerTeam,
            int safeUnits, int grassrootsCourses, int steeringCourses) {
        static Counts of(double scale) {
            return new Counts(scaled(30_000, scale), scaled(124_000, scale), scaled(2_000_000, scale), scaled(500_000, scale),
                    scaled(50_000, scale), scaled(50_000, scale), scaled(100_000, scale), 3, scaled(40_000, scale), scaled(24_000, scale),
                    scaled(1_500, scale));
        }

        private static int scaled(int atScaleOne, double scale) {
            return (int) Math.max(1, Math.round(atScaleOne * scale));
        }
    }

    private final double scale;
    private final long seed;
    private final Counts counts;
    private final List<Province> provinces;
    private final Map<String, String> oldProvinceNames;
    private final List<Commune> communes = new ArrayList<>();
    private final int[] communeProvince;
    private final int[][] communesOfProvince;
    private final List<OldCommune> oldCommunes = new ArrayList<>();
    /** Per current commune: the old communes (indices into oldCommunes) that went into it, wholly or in part. */
    private final int[][] predecessorsOf;
    private final Map<String, Long> rowCounts = new LinkedHashMap<>();
    private final Map<String, Long> copyNanos = new LinkedHashMap<>();

    public NationalDataset(double scale, long seed) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive");
        }
        this.scale = scale;
        this.seed = seed;
        this.counts = Counts.of(scale);
        this.provinces = readProvinces();
        communesOfProvince = new int[provinces.size()][];
        List<Integer> owner = new ArrayList<>();
        SplittableRandom random = random("commune");
        for (int p = 0; p < provinces.size(); p++) {
            Province province = provinces.get(p);
            communesOfProvince[p] = new int[province.communes()];
            for (int n = 0; n < province.communes(); n++) {
                int roll = random.nextInt(100);
                String type = roll < 2 ? "DAC_KHU" : roll < 25 ? "PHUONG" : "XA";
                String prefix = switch (type) { case "PHUONG" -> "Phường"; case "DAC_KHU" -> "Đặc khu"; default -> "Xã"; };
                String name = prefix + " " + pick(random, SYLLABLES) + " " + pick(random, SYLLABLES);
                communesOfProvince[p][n] = communes.size();
                communes.add(new Commune(communeCode(p, n), name, type, province.code()));
                owner.add(p);
            }
        }
        communeProvince = owner.stream().mapToInt(Integer::intValue).toArray();
        oldProvinceNames = readOldProvinceNames();
        predecessorsOf = buildSuccessions();
    }

    /**
     * The pre-reform communes and the reform's edges (about 3 old communes per current one, as 10,035 → 3,321): each
     * current commune comes from 1–5 old communes of one of its province's old provinces; the first keeps the current
     * code (UNCHANGED or RENAME_OR_RETYPE when it is the only one, else FULL), the others get codes {@code PP200}–
     * {@code PP999} of the same province prefix; about 5 % of those are split with the next commune (two PARTIAL
     * edges). Old districts group 14 old communes each, with 3-digit codes unique nationally.
     */
    private int[][] buildSuccessions() {
        SplittableRandom random = random("commune_succession");
        int n = communes.size();
        String[] oldProvinceOf = new String[n];
        int[] predecessors = new int[n];
        for (int c = 0; c < n; c++) {
            List<String> olds = provinces.get(communeProvince[c]).oldCodes();
            oldProvinceOf[c] = olds.get(random.nextInt(olds.size()));
            int roll = random.nextInt(100);
            predecessors[c] = roll < 15 ? 1 : roll < 35 ? 2 : roll < 65 ? 3 : roll < 85 ? 4 : 5;
        }
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> oldProvince = new ArrayList<>();
        List<int[]> successors = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (int p = 0; p < provinces.size(); p++) {
            int[] own = communesOfProvince[p];
            int extra = 200;
            for (int pos = 0; pos < own.length; pos++) {
                int c = own[pos];
                Commune commune = communes.get(c);
                String[] old = oldName(random);
                codes.add(commune.code());
                oldProvince.add(oldProvinceOf[c]);
                successors.add(new int[] { c });
                if (predecessors[c] == 1) {
                    boolean unchanged = random.nextInt(5) != 0 && !commune.type().equals("DAC_KHU");
                    names.add(unchanged ? commune.name() : old[0]);
                    types.add(unchanged ? commune.type() : old[1]);
                    kinds.add(unchanged ? "UNCHANGED" : "RENAME_OR_RETYPE");
                    continue;
                }
                names.add(old[0]);
                types.add(old[1]);
                kinds.add("FULL");
                for (int j = 1; j < predecessors[c]; j++) {
                    old = oldName(random);
                    boolean split = random.nextInt(100) < 5 && pos + 1 < own.length && predecessors[own[pos + 1]] >= 2
                            && oldProvinceOf[own[pos + 1]].equals(oldProvinceOf[c]);
                    codes.add(communeCode(p, extra++ - 1));
                    names.add(old[0]);
                    types.add(old[1]);
                    oldProvince.add(oldProvinceOf[c]);
                    successors.add(split ? new int[] { c, own[pos + 1] } : new int[] { c });
                    kinds.add(split ? "PARTIAL" : "FULL");
                }
            }
            if (extra > 1000) {
                throw new IllegalStateException("province " + provinces.get(p).code() + " has too many old communes for 3-digit numbers");
            }
        }
        // Districts: 14 old communes each, in order, numbered nationally in the order of the old provinces' codes.
        Map<String, Integer> perOldProvince = new java.util.TreeMap<>();
        int[] ordinal = new int[codes.size()];
        for (int o = 0; o < codes.size(); o++) {
            ordinal[o] = perOldProvince.merge(oldProvince.get(o), 1, Integer::sum) - 1;
        }
        Map<String, Integer> firstDistrict = new LinkedHashMap<>();
        int districts = 0;
        for (Map.Entry<String, Integer> e : perOldProvince.entrySet()) {
            firstDistrict.put(e.getKey(), districts);
            districts += (e.getValue() + 13) / 14;
        }
        if (districts > 999) {
            throw new IllegalStateException(districts + " old districts do not fit 3-digit codes");
        }
        List<List<Integer>> into = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            into.add(new ArrayList<>(6));
        }
        for (int o = 0; o < codes.size(); o++) {
            int district = firstDistrict.get(oldProvince.get(o)) + ordinal[o] / 14;
            oldCommunes.add(new OldCommune(codes.get(o), names.get(o), types.get(o), oldProvince.get(o), String.format("%03d", district + 1),
                    "Huyện " + SYLLABLES[district % SYLLABLES.length] + " " + SYLLABLES[district / SYLLABLES.length % SYLLABLES.length],
                    successors.get(o), kinds.get(o)));
            for (int c : successors.get(o)) {
                into.get(c).add(o);
            }
        }
        return into.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** A pre-reform commune's name and type (xã, phường or thị trấn). */
    private static String[] oldName(SplittableRandom random) {
        int roll = random.nextInt(100);
        String type = roll < 70 ? "XA" : roll < 92 ? "PHUONG" : "THI_TRAN";
        String prefix = switch (type) { case "PHUONG" -> "Phường"; case "THI_TRAN" -> "Thị trấn"; default -> "Xã"; };
        return new String[] { prefix + " " + pick(random, SYLLABLES) + " " + pick(random, SYLLABLES), type };
    }

    /** The code of the {@code n}-th commune (from 0) of the {@code p}-th province (from 0, file order). */
    static String communeCode(int p, int n) {
        return String.format("%02d%03d", p + 1, n + 1);
    }

    public Counts counts() {
        return counts;
    }

    public List<Commune> communes() {
        return communes;
    }

    public List<OldCommune> oldCommunes() {
        return oldCommunes;
    }

    /** Rows written per table by the last {@link #generate}. */
    public Map<String, Long> rowCounts() {
        return rowCounts;
    }

    public static void main(String[] args) throws Exception {
        double scale = 0.1;
        long seed = 42;
        Path envFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--env-file" -> envFile = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (known: --scale, --seed, --env-file)");
            }
        }
        if (envFile == null) {
            throw new IllegalArgumentException("--env-file is required: the db.env a started suite wrote (ANTQ_RUN_DIR/db.env)");
        }
        Properties env = new Properties();
        for (String line : Files.readAllLines(envFile)) {
            String trimmed = line.startsWith("export ") ? line.substring(7) : line;
            int eq = trimmed.indexOf('=');
            if (eq > 0) {
                env.setProperty(trimmed.substring(0, eq).trim(), unquote(trimmed.substring(eq + 1).trim()));
            }
        }
        String user = env.getProperty("ANTQ_JDBC_USER");
        String password = env.getProperty("ANTQ_JDBC_PASSWORD", "");
        NationalDataset dataset = new NationalDataset(scale, seed);
        long started = System.nanoTime();
        try (Connection models = DriverManager.getConnection(env.getProperty("ANTQ_JDBC_URL_ANTQ_MODELS"), user, password);
                Connection activities = DriverManager.getConnection(env.getProperty("ANTQ_JDBC_URL_ANTQ_ACTIVITIES"), user, password);
                Connection staffing = DriverManager.getConnection(env.getProperty("ANTQ_JDBC_URL_ANTQ_STAFFING"), user, password)) {
            dataset.generate(models, activities, staffing);
        }
        long rows = dataset.rowCounts().values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("Generated scale %s, seed %d: %,d rows in %.1f s%n", scale, seed, rows, (System.nanoTime() - started) / 1e9);
        // Per table: its rows and the time its COPY took (the database's work: constraints, indexes, triggers).
        dataset.rowCounts().forEach((table, n) -> System.out.printf("  %-38s %,12d %7.1f s%n", table, n, dataset.copyNanos.get(table) / 1e9));
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'") || value.startsWith("\"") && value.endsWith("\""))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** Writes everything, each database in one transaction, then resets the id sequences and analyses the tables. */
    public void generate(Connection models, Connection activities, Connection staffing) throws SQLException, IOException {
        rowCounts.clear();
        copyNanos.clear();
        for (Connection db : List.of(models, activities, staffing)) {
            requireEmpty(db);
        }
        for (Connection db : List.of(models, activities, staffing)) {
            db.setAutoCommit(false);
            writeCommunes(db);
        }
        writeModels(models);
        writeActivities(activities);
        writeStaffing(staffing);
        for (Connection db : List.of(models, activities, staffing)) {
            db.commit();
            db.setAutoCommit(true);
            resetSequencesAndVacuum(db);
        }
    }

    private static void requireEmpty(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select exists (select 1 from commune)")) {
            rs.next();
            if (rs.getBoolean(1)) {
                throw new IllegalStateException("database " + db.getCatalog() + " already has communes: generate into a freshly migrated suite");
            }
        }
    }

    // --- communes (every service's copy of the registry) ------------------------------------------------------------

    private void writeCommunes(Connection db) throws SQLException, IOException {
        try (CopyWriter c = copy(db, "commune", "code, name, province_code, valid_from")) {
            for (Commune commune : communes) {
                c.add(commune.code()).add(commune.name()).add(commune.provinceCode()).add(REFORM);
                c.endRow();
            }
        }
        try (CopyWriter c = copy(db, "commune_type_period", "commune_code, valid_from, type")) {
            for (Commune commune : communes) {
                c.add(commune.code()).add(REFORM).add(commune.type());
                c.endRow();
            }
        }
        // Ids from the table's own sequence (blocks of 50, as an import takes them), so later imports continue after them.
        try (CopyWriter c = copy(db, "commune_succession", "old_commune_code, old_commune_name, old_commune_type, old_province_code, "
                + "old_district_code, old_district_name, new_commune_code, kind")) {
            for (OldCommune old : oldCommunes) {
                for (int successor : old.successors()) {
                    c.add(old.code()).add(old.name()).add(old.type()).add(old.oldProvinceCode()).add(old.districtCode())
                            .add(old.districtName()).add(communes.get(successor).code()).add(old.kind());
                    c.endRow();
                }
            }
        }
    }

    // --- models-service ---------------------------------------------------------------------------------------------

    private void writeModels(Connection db) throws SQLException, IOException {
        int seeded = queryInt(db, "select count(*) from model_type");
        SplittableRandom random = random("model_type");
        try (CopyWriter c = copy(db, "model_type", "code, name_vi, name_en, setting, focus_topics, description")) {
            for (int n = seeded + 1; n <= MODEL_TYPES; n++) {
                c.add(String.format("BENCH_MODEL_TYPE_%03d", n)).add("Mô hình tự quản số " + n).add("Self-managed model no. " + n)
                        .add(pick(random, SETTINGS)).add(pick(random, FOCUS)).add("Synthetic model type of the national benchmark dataset");
                c.endRow();
            }
        }
        List<String> types = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select code from model_type order by code")) {
            while (rs.next()) {
                types.add(rs.getString(1));
            }
        }

        int[] modelCommune = new int[counts.models()];
        long[] modelStart = new long[counts.models()];
        long[] modelEnd = new long[counts.models()];
        random = random("security_model");
        try (CopyWriter h = copy(db, "model_status_change",
                        "model_id, from_status, to_status, effective_date, reason, changed_by, changed_at");
                CopyWriter m = copy(db, "security_model",
                "id, type_code, name, province_code, lead_organisation, description, start_date, status, status_since, created_at, updated_at")) {
            for (int i = 0; i < counts.models(); i++) {
                long id = i + 1;
                int commune = random.nextInt(communes.size());
                LocalDate start = day(random, REFORM, LocalDate.of(2026, 6, 30));
                int roll = random.nextInt(100);
                String status = roll < 10 ? "PILOT" : roll < 90 ? "ACTIVE" : roll < 96 ? "SUSPENDED" : "DISSOLVED";
                LocalDate since = status.equals("SUSPENDED") || status.equals("DISSOLVED") ? start.plusDays(30 + random.nextInt(90)) : start;
                modelCommune[i] = commune;
                modelStart[i] = start.toEpochDay();
                modelEnd[i] = status.equals("DISSOLVED") ? since.toEpochDay() : Long.MAX_VALUE;
                String type = types.get(random.nextInt(types.size()));
                m.add(id).add(type).add("Mô hình " + pick(random, SYLLABLES) + " " + pick(random, SYLLABLES) + " " + id)
                        .add(communes.get(commune).provinceCode()).add(pick(random, LEADS)).add(null).add(start).add(status).add(since)
                        .add(at(start)).add(at(since));
                m.endRow();
                String first = status.equals("PILOT") ? "PILOT" : "ACTIVE";
                h.add(id).add(null).add(first).add(start).add(null).add(CHANGED_BY).add(at(start));
                h.endRow();
                if (!status.equals(first)) {
                    h.add(id).add(first).add(status).add(since).add("Kiểm tra định kỳ").add(CHANGED_BY).add(at(since));
                    h.endRow();
                }
            }
        }
        random = random("model_site");
        try (CopyWriter s = copy(db, "model_site", "model_id, province_code, commune_code, place_name, place_kind, teams, members, "
                + "households, cameras, established_on, dissolved_on, created_at, updated_at")) {
            for (int k = 0; k < counts.sites(); k++) {
                // Every model has a site; the rest go to random models.
                int model = k < counts.models() ? k : random.nextInt(counts.models());
                int province = communeProvince[modelCommune[model]];
                int[] own = communesOfProvince[province];
                Commune commune = communes.get(own[random.nextInt(own.length)]);
                LocalDate established = LocalDate.ofEpochDay(modelStart[model] + random.nextInt(30));
                LocalDate dissolved = null;
                if (modelEnd[model] != Long.MAX_VALUE) {
                    established = LocalDate.ofEpochDay(modelStart[model]);
                    dissolved = LocalDate.ofEpochDay(modelEnd[model]);
                }
                int teams = 1 + random.nextInt(4);
                s.add(model + 1).add(commune.provinceCode()).add(commune.code()).add("Ấp " + pick(random, SYLLABLES) + " " + (k + 1))
                        .add(pick(random, PLACE_KINDS)).add(teams).add(teams * (3 + random.nextInt(8))).add(20 + random.nextInt(300))
                        .add(random.nextInt(4) == 0 ? random.nextInt(12) : null).add(established).add(dissolved)
                        .add(at(established)).add(at(dissolved == null ? established : dissolved));
                s.endRow();
            }
        }
        writeReviews(db, modelCommune, modelStart, modelEnd);
        writeRecognitions(db);
        try (CopyWriter t = copy(db, "model_tally", "reported_province_code, province_code, period_from, period_to, model_types, models, "
                + "sites, teams, members, cameras, source_document, created_at, updated_at")) {
            forEachOldProvinceYear("model_tally", (old, current, year, r) -> {
                int models = tallied(r, 800);
                t.add(old).add(current).add(LocalDate.of(year, 1, 1)).add(LocalDate.of(year, 12, 31)).add(5 + r.nextInt(20))
                        .add(models).add(models * 4).add(models * 6).add(models * 40).add(tallied(r, 300))
                        .add("Báo cáo tổng kết phong trào năm " + year).add(at(LocalDate.of(year + 1, 1, 15))).add(at(LocalDate.of(year + 1, 1, 15)));
                t.endRow();
            });
        }
    }

    /** A review round: models that had started a month before its end and were not dissolved by then are reviewed. */
    private record ReviewRound(String kind, LocalDate from, LocalDate to, int percentReviewed) {
    }

    /** The year-end review of 2025 (tổng kết) and the half-year review of 2026 (sơ kết): the rounds up to RECORDS_UNTIL. */
    private static final List<ReviewRound> REVIEW_ROUNDS = List.of(
            new ReviewRound("FINAL", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 90),
            new ReviewRound("INTERIM", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), 75));

    /**
     * Reviews of the models, about one per model and year: each round reviews most models then running, over the part
     * of its period the model ran. A fifth of the reviews rate EXCELLENT, half of those an exemplar; a few GOOD ones
     * too (about 12 % exemplars in all).
     */
    private void writeReviews(Connection db, int[] modelCommune, long[] modelStart, long[] modelEnd) throws SQLException, IOException {
        SplittableRandom random = random("model_review");
        try (CopyWriter r = copy(db, "model_review", "model_id, kind, period_from, period_to, rating, exemplar, reviewing_body, notes, "
                + "created_at, updated_at")) {
            for (int i = 0; i < modelCommune.length; i++) {
                for (ReviewRound round : REVIEW_ROUNDS) {
                    boolean running = modelStart[i] <= round.to().minusDays(30).toEpochDay() && modelEnd[i] >= round.to().toEpochDay();
                    if (!running || random.nextInt(100) >= round.percentReviewed()) {
                        continue;
                    }
                    int roll = random.nextInt(100);
                    String rating = roll < 20 ? "EXCELLENT" : roll < 70 ? "GOOD" : roll < 95 ? "AVERAGE" : "WEAK";
                    boolean exemplar = rating.equals("EXCELLENT") ? random.nextBoolean() : rating.equals("GOOD") && random.nextInt(20) == 0;
                    Commune commune = communes.get(modelCommune[i]);
                    String province = provinces.get(communeProvince[modelCommune[i]]).name();
                    String body = round.kind().equals("FINAL")
                            ? "Ban Chỉ đạo phong trào Toàn dân bảo vệ ANTQ " + (province.startsWith("Thành phố") ? "" : "tỉnh ") + province
                            : "Ủy ban nhân dân " + commune.name();
                    LocalDate from = LocalDate.ofEpochDay(Math.max(modelStart[i], round.from().toEpochDay()));
                    Instant held = at(round.to().plusDays(10 + random.nextInt(30)));
                    r.add(i + 1).add(round.kind()).add(from).add(round.to()).add(rating).add(exemplar).add(body)
                            .add(exemplar ? "Đề nghị công nhận điển hình tiên tiến" : null).add(held).add(held);
                    r.endRow();
                }
            }
        }
    }

    static final int FIRST_RECOGNITION_YEAR = 2019;
    /** The last year with verdicts: those on 2026 are decided at its end, after RECORDS_UNTIL. */
    static final int LAST_RECOGNITION_YEAR = 2025;

    /**
     * Yearly safe-unit verdicts 2019–2025: nine in ten communes of the time (old communes up to 2024, current ones for
     * 2025) and, of the registered residential areas, agencies, enterprises and schools ({@link Counts#safeUnits}), four
     * in five each year from the year they registered. A unit is named once, so one verdict per unit and year
     * (safe_unit_once_a_year). A verdict names the commune as it was when decided (before 2025-07-01 an old commune),
     * decided in December to March; one in twenty has no decision recorded.
     */
    private void writeRecognitions(Connection db) throws SQLException, IOException {
        SplittableRandom random = random("safe_unit_recognition");
        try (CopyWriter r = copy(db, "safe_unit_recognition", "unit_kind, unit_name, province_code, commune_code, recognition_year, "
                + "result, decision_ref, decided_on, notes, created_at, updated_at")) {
            for (int year = FIRST_RECOGNITION_YEAR; year <= LAST_RECOGNITION_YEAR; year++) {
                if (year < REFORM.getYear()) {
                    for (OldCommune old : oldCommunes) {
                        if (random.nextInt(10) != 0) {
                            verdict(r, random, "COMMUNE", old.name(), communes.get(old.successors()[0]).provinceCode(), old.code(), year);
                        }
                    }
                } else {
                    for (Commune commune : communes) {
                        if (random.nextInt(10) != 0) {
                            verdict(r, random, "COMMUNE", commune.name(), commune.provinceCode(), commune.code(), year);
                        }
                    }
                }
            }
            for (int u = 0; u < counts.safeUnits(); u++) {
                int c = random.nextInt(communes.size());
                Commune commune = communes.get(c);
                int[] olds = predecessorsOf[c];
                String oldCode = oldCommunes.get(olds[random.nextInt(olds.length)]).code();
                int roll = random.nextInt(100);
                String kind = roll < 55 ? "RESIDENTIAL_AREA" : roll < 70 ? "AGENCY" : roll < 82 ? "ENTERPRISE" : "SCHOOL";
                String prefix = switch (kind) {
                    case "RESIDENTIAL_AREA" -> random.nextBoolean() ? "Khu dân cư ấp " : "Khu dân cư tổ dân phố ";
                    case "AGENCY" -> "Cơ quan Ủy ban ";
                    case "ENTERPRISE" -> "Công ty TNHH ";
                    default -> "Trường Tiểu học ";
                };
                String name = prefix + pick(random, SYLLABLES) + " " + pick(random, SYLLABLES) + " " + (u + 1);
                int first = random.nextInt(3) == 0 ? FIRST_RECOGNITION_YEAR + random.nextInt(6) : FIRST_RECOGNITION_YEAR;
                for (int year = first; year <= LAST_RECOGNITION_YEAR; year++) {
                    if (random.nextInt(5) != 0) {
                        verdict(r, random, kind, name, commune.provinceCode(), year < REFORM.getYear() ? oldCode : commune.code(), year);
                    }
                }
            }
        }
    }

    private static void verdict(CopyWriter r, SplittableRandom random, String kind, String name, String province, String commune, int year) {
        boolean passed = random.nextInt(100) < 88;
        boolean decided = random.nextInt(20) != 0;
        // December of the year to early March of the next: before 2025-07-01 for every year up to 2024.
        LocalDate decidedOn = decided ? LocalDate.of(year, 12, 1).plusDays(random.nextInt(100)) : null;
        Instant recorded = at(decided ? decidedOn : LocalDate.of(year, 12, 31));
        r.add(kind).add(name).add(province).add(commune).add(year).add(passed ? "PASSED" : "FAILED")
                .add(decided ? (1 + random.nextInt(9999)) + "/QĐ-UBND" : null).add(decidedOn)
                .add(passed ? null : "Chưa đạt tiêu chí an toàn về an ninh, trật tự").add(recorded).add(recorded);
        r.endRow();
    }

    // --- activities-service -----------------------------------------------------------------------------------------

    private void writeActivities(Connection db) throws SQLException, IOException {
        SplittableRandom random = random("propaganda_activity");
        try (CopyWriter a = copy(db, "propaganda_activity", "title, form, topics, province_code, commune_code, held_on, period_from, "
                + "period_to, organiser, sessions, participants, leaflets, booklets, banners_slogans, panels_posters, broadcast_minutes, "
                + "screening_hours, languages, location, created_at, updated_at")) {
            for (int i = 0; i < counts.activities(); i++) {
                Commune commune = communes.get(random.nextInt(communes.size()));
                String form = pick(random, FORMS);
                boolean period = random.nextInt(10) == 0;
                LocalDate day = day(random, REFORM, RECORDS_UNTIL);
                LocalDate last = period ? day.plusDays(1 + random.nextInt(20)) : day;
                if (last.isAfter(RECORDS_UNTIL)) {
                    last = RECORDS_UNTIL;
                }
                String topics = pick(random, TOPICS);
                if (random.nextBoolean()) {
                    String second = pick(random, TOPICS);
                    topics = second.equals(topics) ? topics : topics + "," + second;
                }
                a.add("Tuyên truyền " + topics.toLowerCase().replace('_', ' ') + " tại " + commune.name()).add(form).add(topics)
                        .add(commune.provinceCode()).add(random.nextInt(20) == 0 ? null : commune.code())
                        .add(period ? null : day).add(period ? day : null).add(period ? last : null).add(pick(random, ORGANISERS))
                        .add(1 + random.nextInt(3)).add(20 + random.nextInt(300)).add(random.nextInt(3) == 0 ? random.nextInt(500) : null)
                        .add(random.nextInt(5) == 0 ? random.nextInt(100) : null).add(random.nextInt(4) == 0 ? random.nextInt(10) : null)
                        .add(random.nextInt(6) == 0 ? random.nextInt(10) : null)
                        .add(form.equals("LOUDSPEAKER_BROADCAST") ? 15 + random.nextInt(120) : null)
                        .add(form.equals("FILM_SCREENING") ? (1 + random.nextInt(30)) / 10.0 + 1 : null)
                        .add(random.nextInt(15) == 0 ? "VIETNAMESE,KHMER" : "VIETNAMESE").add("Nhà văn hóa " + commune.name())
                        .add(at(last)).add(at(last));
                a.endRow();
            }
        }
        writeTips(db);
        random = random("weapon_handover");
        try (CopyWriter w = copy(db, "weapon_handover", "handed_over_on, province_code, commune_code, source, guns, primitive_weapons, "
                + "bombs_mines_grenades, rounds, explosives_kg, detonators, support_tools, dangerous_toys, firecrackers_kg, handing_party, "
                + "created_at, updated_at")) {
            for (int i = 0; i < counts.handovers(); i++) {
                Commune commune = communes.get(random.nextInt(communes.size()));
                LocalDate day = day(random, REFORM, RECORDS_UNTIL);
                boolean voluntary = random.nextInt(4) != 0;
                Integer guns = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : null;
                Integer primitive = guns == null || random.nextBoolean() ? 1 + random.nextInt(10) : null;
                w.add(day).add(commune.provinceCode()).add(commune.code()).add(voluntary ? "VOLUNTARY_HANDOVER" : "SEIZURE").add(guns)
                        .add(primitive).add(random.nextInt(20) == 0 ? 1 : null).add(random.nextInt(5) == 0 ? random.nextInt(200) : null)
                        .add(random.nextInt(30) == 0 ? random.nextInt(5000) / 1000.0 : null).add(null)
                        .add(random.nextInt(10) == 0 ? 1 + random.nextInt(5) : null).add(random.nextInt(10) == 0 ? 1 + random.nextInt(20) : null)
                        .add(random.nextInt(8) == 0 ? random.nextInt(20000) / 1000.0 : null)
                        .add(voluntary ? "Hộ gia đình ông " + pick(random, FAMILY) + " " + pick(random, GIVEN) : null)
                        .add(at(day)).add(at(day));
                w.endRow();
            }
        }
        try (CopyWriter t = copy(db, "activity_tally", "reported_province_code, province_code, period_from, period_to, activities, "
                + "participants, source_document, created_at, updated_at")) {
            forEachOldProvinceYear("activity_tally", (old, current, year, r) -> {
                int n = tallied(r, 30_000);
                t.add(old).add(current).add(LocalDate.of(year, 1, 1)).add(LocalDate.of(year, 12, 31)).add(n).add(n * 80L)
                        .add("Báo cáo công tác tuyên truyền năm " + year).add(at(LocalDate.of(year + 1, 1, 15))).add(at(LocalDate.of(year + 1, 1, 15)));
                t.endRow();
            });
        }
        try (CopyWriter t = copy(db, "tip_tally", "reported_province_code, province_code, period_from, period_to, received, valuable, "
                + "cases_solved, suspects_arrested, wanted_caught, wanted_surrendered, source_document, created_at, updated_at")) {
            forEachOldProvinceYear("tip_tally", (old, current, year, r) -> {
                int received = tallied(r, 8_000);
                int valuable = received * (20 + r.nextInt(40)) / 100;
                t.add(old).add(current).add(LocalDate.of(year, 1, 1)).add(LocalDate.of(year, 12, 31)).add(received).add(valuable)
                        .add(valuable / 4).add(valuable / 3).add(valuable / 50).add(valuable / 80).add("Báo cáo tiếp nhận tin báo năm " + year)
                        .add(at(LocalDate.of(year + 1, 1, 15))).add(at(LocalDate.of(year + 1, 1, 15)));
                t.endRow();
            });
        }
        try (CopyWriter t = copy(db, "weapon_handover_tally", "reported_province_code, province_code, period_from, period_to, guns, "
                + "primitive_weapons, rounds, firecrackers_kg, source_document, created_at, updated_at")) {
            forEachOldProvinceYear("weapon_handover_tally", (old, current, year, r) -> {
                t.add(old).add(current).add(LocalDate.of(year, 1, 1)).add(LocalDate.of(year, 12, 31)).add(tallied(r, 60))
                        .add(tallied(r, 400)).add(tallied(r, 2_000)).add(tallied(r, 900_000) / 1000.0)
                        .add("Báo cáo thu hồi vũ khí năm " + year).add(at(LocalDate.of(year + 1, 1, 15))).add(at(LocalDate.of(year + 1, 1, 15)));
                t.endRow();
            });
        }
    }

    /**
     * Tips with their whole workflow: one status change per step, the last one matching the tip's status and since.
     * Most tips of channel MOBILE_APP (six in seven) are citizens' own submissions and have a follow-up receipt; one
     * receipt in ten was used to add information, between the tip's reception and its last step (or, for a tip still
     * open, up to three days after it; the tip's updated_at is then the last addition's).
     */
    private void writeTips(Connection db) throws SQLException, IOException {
        SplittableRandom random = random("tip");
        SplittableRandom receipts = random("tip_receipt");
        String secretHash = receiptSecretHash(seed);
        long recordsEnd = RECORDS_UNTIL.plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(7)).getEpochSecond() - 1;
        try (CopyWriter additions = copy(db, "tip_addition", "tip_id, text, added_at");
                CopyWriter rc = copy(db, "tip_receipt", "tip_id, code, secret_hash, failed_attempts, locked_until, created_at");
                CopyWriter h = copy(db, "tip_status_change", "tip_id, from_status, to_status, effective_at, not_valuable_reason, "
                        + "forwarded_to, note, changed_by, changed_at");
                CopyWriter t = copy(db, "tip", "id, received_at, channel, category, province_code, commune_code, summary, reporter_identity, "
                + "status, status_since, not_valuable_reason, forwarded_to, cases_solved, suspects_arrested, wanted_caught, "
                + "wanted_surrendered, created_at, updated_at")) {
            List<String> path = new ArrayList<>(6);
            for (int i = 0; i < counts.tips(); i++) {
                long id = i + 1;
                Commune commune = communes.get(random.nextInt(communes.size()));
                Instant received = at(day(random, REFORM, RECORDS_UNTIL)).plusSeconds(random.nextInt(36_000));
                path.clear();
                path.add("RECEIVED");
                int roll = random.nextInt(100);
                String reason = null;
                String agency = null;
                if (roll >= 10) {
                    path.add("VERIFYING");
                }
                if (roll >= 25) {
                    if (roll < 55) {
                        path.add("NOT_VALUABLE");
                        reason = pick(random, NOT_VALUABLE_REASONS);
                        if (roll >= 45) {
                            path.add("CLOSED");
                        }
                    } else {
                        path.add("VALUABLE");
                        if (roll >= 70 && roll < 85) {
                            path.add("FORWARDED");
                            agency = "Phòng Cảnh sát điều tra tội phạm về ma túy";
                            if (roll >= 80) {
                                path.add("CLOSED");
                            }
                        } else if (roll >= 85) {
                            path.add("CLOSED");
                        }
                    }
                }
                boolean valuable = path.contains("VALUABLE");
                Instant when = received;
                Instant[] effective = new Instant[path.size()];
                for (int s = 0; s < path.size(); s++) {
                    effective[s] = when;
                    when = when.plusSeconds(3_600L * (1 + random.nextInt(24 * 6)));
                }
                Instant since = effective[path.size() - 1];
                String status = path.get(path.size() - 1);
                String channel = pick(random, CHANNELS);
                String category = pick(random, CATEGORIES);
                Instant updated = since;
                if (channel.equals("MOBILE_APP") && receipts.nextInt(7) != 0) {
                    boolean locked = receipts.nextInt(300) == 0;
                    int failed = locked || receipts.nextInt(30) != 0 ? 0 : 1 + receipts.nextInt(4);
                    rc.add(id).add(receiptCode(seed, id)).add(secretHash).add(failed)
                            .add(locked ? received.plusSeconds(86_400L * (1 + receipts.nextInt(20))) : null).add(received);
                    rc.endRow();
                    if (receipts.nextInt(10) == 0) {
                        boolean open = status.equals("RECEIVED") || status.equals("VERIFYING");
                        long span = Math.max(since.getEpochSecond() - received.getEpochSecond(), open ? 3 * 86_400 : 3_600);
                        for (int k = 1 + receipts.nextInt(2); k > 0; k--) {
                            Instant added = Instant.ofEpochSecond(Math.min(recordsEnd, received.getEpochSecond() + 60 + receipts.nextLong(span)));
                            additions.add(id).add(pick(receipts, ADDITIONS)).add(added);
                            additions.endRow();
                            updated = added.isAfter(updated) ? added : updated;
                        }
                    }
                }
                t.add(id).add(received).add(channel).add(category).add(commune.provinceCode())
                        .add(random.nextInt(10) == 0 ? null : commune.code()).add("Tin báo về vụ việc tại " + commune.name()).add(null)
                        .add(status).add(since).add(reason).add(agency).add(valuable ? random.nextInt(3) : 0).add(valuable ? random.nextInt(4) : 0)
                        .add(valuable && random.nextInt(20) == 0 ? 1 : 0).add(valuable && random.nextInt(40) == 0 ? 1 : 0).add(received).add(updated);
                t.endRow();
                for (int s = 0; s < path.size(); s++) {
                    String to = path.get(s);
                    h.add(id).add(s == 0 ? null : path.get(s - 1)).add(to).add(effective[s]).add(to.equals("NOT_VALUABLE") ? reason : null)
                            .add(to.equals("FORWARDED") ? agency : null).add(null).add(CHANGED_BY).add(effective[s]);
                    h.endRow();
                }
            }
        }
    }

    private static final String RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final long RECEIPT_BITS = (1L << 50) - 1;

    /**
     * A tip's receipt code as TipReceiptService makes them ({@code TB-} and 10 letters of its 32-letter alphabet, 50
     * bits), here a scrambled tip id: a bijection of 50-bit numbers, so codes look random and never repeat.
     */
    static String receiptCode(long seed, long tipId) {
        // Each step is a bijection of 50-bit numbers (adding, multiplying by an odd number, xor with a right shift).
        long value = (tipId + seed * 0x9E3779B97F4A7C15L) & RECEIPT_BITS;
        value = value * 0xD6E8FEB86659FDL & RECEIPT_BITS;
        value ^= value >>> 25;
        value = value * 0x2545F4914F6CDD1DL & RECEIPT_BITS;
        value ^= value >>> 23;
        StringBuilder code = new StringBuilder("TB-");
        for (int i = 9; i >= 0; i--) {
            code.append(RECEIPT_ALPHABET.charAt((int) (value >>> (5 * i)) & 31));
        }
        return code.toString();
    }

    /**
     * The one secret every generated receipt of a seed shares, so a benchmark can follow tips up by receipt; never a
     * real tipster's. Public on purpose: the dataset is synthetic.
     */
    public static String receiptSecret(long seed) {
        return "antq-bench-receipt-" + seed;
    }

    /**
     * {@link #receiptSecret}'s hash in activities-service's SecretHasher format ({@code iterations:base64(salt):
     * base64(PBKDF2-HMAC-SHA256)}, 120,000 iterations, 16-byte salt, 256 bits), so the service verifies it as any
     * other: computed once per run (about 0.1 s) and stored on every receipt, with a salt derived from the seed
     * instead of a random one per receipt.
     */
    static String receiptSecretHash(long seed) {
        int iterations = 120_000;
        try {
            byte[] salt = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(("antq-bench-salt-" + seed).getBytes(StandardCharsets.UTF_8)), 16);
            PBEKeySpec spec = new PBEKeySpec(receiptSecret(seed).toCharArray(), salt, iterations, 256);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is unavailable", e);
        }
    }

    // --- staffing-service -------------------------------------------------------------------------------------------

    private void writeStaffing(Connection db) throws SQLException, IOException {
        SplittableRandom random = random("police_unit");
        LocalDate[] regularSince = new LocalDate[communes.size()];
        try (CopyWriter u = copy(db, "police_unit", "id, province_code, commune_code, name, address, phone, regular_since, created_at, updated_at")) {
            for (int c = 0; c < communes.size(); c++) {
                Commune commune = communes.get(c);
                regularSince[c] = random.nextInt(20) == 0 ? null : REFORM;
                u.add(c + 1).add(commune.provinceCode()).add(commune.code()).add("Công an " + commune.name())
                        .add("Trụ sở " + commune.name()).add(String.format("02%09d", random.nextInt(1_000_000_000))).add(regularSince[c])
                        .add(at(REFORM)).add(at(REFORM));
                u.endRow();
            }
        }
        random = random("police_officer");
        int units = communes.size();
        try (CopyWriter p = copy(db, "police_posting", "id, officer_id, police_unit_id, province_code, commune_code, position, from_date, "
                        + "to_date, decision_ref, transferred_from_id, created_at, updated_at");
                CopyWriter o = copy(db, "police_officer", "id, province_code, full_name, birth_year, id_number, phone, rank, gender, created_at, updated_at")) {
            long postingId = 0;
            for (int i = 0; i < counts.officers(); i++) {
                long id = i + 1;
                int unit = i % units;
                int province = communeProvince[unit];
                boolean female = random.nextInt(4) == 0;
                o.add(id).add(communes.get(unit).provinceCode())
                        .add(pick(random, FAMILY) + " " + (female ? "Thị " : "Văn ") + pick(random, SYLLABLES) + " " + pick(random, SYLLABLES))
                        .add(1965 + random.nextInt(38)).add(String.format("%03d%09d", 1 + random.nextInt(96), id))
                        .add(String.format("09%08d", random.nextInt(100_000_000))).add(pick(random, RANKS)).add(female ? "FEMALE" : "MALE")
                        .add(at(REFORM)).add(at(REFORM));
                o.endRow();
                String position = i < units ? "CHIEF" : i < 2 * units ? "DEPUTY" : "OFFICER";
                LocalDate from = REFORM.plusDays(random.nextInt(60));
                if (random.nextInt(10) < 3) {
                    // Transferred once: the first posting ends the day before the second starts, so they never overlap.
                    LocalDate end = from.plusDays(60 + random.nextInt(200));
                    int[] own = communesOfProvince[province];
                    int next = own[random.nextInt(own.length)];
                    posting(p, ++postingId, id, unit, position.equals("CHIEF") ? "DEPUTY" : "OFFICER", from, end, null);
                    posting(p, ++postingId, id, next, position, end.plusDays(1), null, postingId - 1);
                } else {
                    posting(p, ++postingId, id, unit, position, from, null, null);
                }
            }
        }
        random = random("grassroots_team");
        try (CopyWriter m = copy(db, "grassroots_member", "team_id, province_code, commune_code, full_name, role, birth_date, "
                        + "residence_since, phone, joined_on, created_at, updated_at");
                CopyWriter t = copy(db, "grassroots_team", "id, province_code, commune_code, hamlet_name, hamlet_kind, established_on, "
                + "decision_ref, created_at, updated_at")) {
            for (int i = 0; i < counts.teams(); i++) {
                long id = i + 1;
                Commune commune = communes.get(random.nextInt(communes.size()));
                boolean hamlet = random.nextInt(3) != 0;
                LocalDate established = REFORM.plusDays(random.nextInt(120));
                t.add(id).add(commune.provinceCode()).add(commune.code()).add((hamlet ? "Ấp " : "Tổ dân phố ") + id)
                        .add(hamlet ? "HAMLET" : "RESIDENTIAL_GROUP").add(established).add("QĐ " + id + "/QĐ-UBND").add(at(established)).add(at(established));
                t.endRow();
                for (int k = 0; k < counts.membersPerTeam(); k++) {
                    LocalDate born = LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
                    m.add(id).add(commune.provinceCode()).add(commune.code())
                            .add(pick(random, FAMILY) + " " + pick(random, GIVEN)).add(k == 0 ? "LEADER" : k == 1 ? "DEPUTY_LEADER" : "MEMBER")
                            .add(born).add(born.plusYears(18 + random.nextInt(10))).add(String.format("09%08d", random.nextInt(100_000_000)))
                            .add(established).add(at(established)).add(at(established));
                    m.endRow();
                }
            }
        }
        try (CopyWriter s = copy(db, "semi_professional_tally", "reported_province_code, province_code, as_of, period_from, period_to, "
                + "chiefs, deputy_chiefs, standing_officers, hamlet_officers, source_document, created_at, updated_at")) {
            // The semi-professional force ended on 2024-07-01: its tallies stop at the end of 2023.
            forEachOldProvinceYear("semi_professional_tally", (old, current, year, r) -> {
                if (year > 2023) {
                    return;
                }
                LocalDate asOf = LocalDate.of(year, 12, 31);
                int chiefs = tallied(r, 150);
                s.add(old).add(current).add(asOf).add(asOf).add(asOf).add(chiefs).add(chiefs * 2).add(chiefs * 3).add(chiefs * 8)
                        .add("Báo cáo lực lượng Công an xã bán chuyên trách năm " + year).add(at(asOf.plusDays(15))).add(at(asOf.plusDays(15)));
                s.endRow();
            });
        }
        writeRegularPoliceTallies(db);
        writeTrainings(db);
    }

    /**
     * Regular commune police headcounts of the 63 old provinces at the end of 2019–2024 (postings start 2025-07-01, so
     * no tally meets them): the communes with regular police (of the old province's communes, growing to all by 2022,
     * not scaled, like the police units) and chiefs, deputies and officers in proportion to them, scaled.
     */
    private void writeRegularPoliceTallies(Connection db) throws SQLException, IOException {
        Map<String, Integer> oldCommunesOf = new LinkedHashMap<>();
        oldCommunes.forEach(o -> oldCommunesOf.merge(o.oldProvinceCode(), 1, Integer::sum));
        try (CopyWriter t = copy(db, "regular_police_tally", "reported_province_code, province_code, as_of, communes_with_regular_police, "
                + "chiefs, deputies, officers, source_document, created_at, updated_at")) {
            forEachOldProvinceYear("regular_police_tally", (old, current, year, r) -> {
                int all = oldCommunesOf.getOrDefault(old, 0);
                int percent = switch (year) { case 2019 -> 55 + r.nextInt(20); case 2020 -> 80 + r.nextInt(15); case 2021 -> 95 + r.nextInt(6);
                    default -> 100; };
                int withPolice = all * percent / 100;
                int chiefs = (int) Math.round(withPolice * scale);
                LocalDate asOf = LocalDate.of(year, 12, 31);
                t.add(old).add(current).add(asOf).add(withPolice).add(chiefs).add(chiefs + (int) Math.round(chiefs * r.nextInt(60) / 100.0))
                        .add(chiefs * (2 + r.nextInt(3))).add("Báo cáo bố trí Công an chính quy đảm nhiệm Công an xã năm " + year)
                        .add(at(asOf.plusDays(15))).add(at(asOf.plusDays(15)));
                t.endRow();
            });
        }
    }

    /** A report slot of the old provinces: a trainee group and period reported either as one total or as its courses. */
    private record TrainingSlot(String group, LocalDate from, LocalDate to, int typical) {
    }

    private static final Map<String, String> TRAINEES = Map.of("STEERING_COMMITTEE", "Ban Chỉ đạo an ninh, trật tự",
            "SEMI_PROFESSIONAL_POLICE", "Công an xã bán chuyên trách", "GRASSROOTS_FORCE", "lực lượng tham gia bảo vệ ANTT ở cơ sở",
            "GUARDS", "lực lượng bảo vệ cơ quan, doanh nghiệp, nhà trường");

    /**
     * Before 2025-07-01, per old province: steering committees and guards by year (2025: its first half), the
     * semi-professional police to 2024-06-30, the grassroots force from 2024-07-01. Each slot is a REPORTED_TOTAL
     * (55 %) or its province courses (6 on average at scale 1), never both, and slots of one group never overlap: the
     * training rule (no total beside a training of its reported province, nested unit, group and period) holds.
     */
    private static List<TrainingSlot> preReformTrainingSlots() {
        List<TrainingSlot> slots = new ArrayList<>();
        for (int year = 2019; year <= 2025; year++) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = year == 2025 ? REFORM.minusDays(1) : LocalDate.of(year, 12, 31);
            int half = year == 2025 ? 2 : 1;
            slots.add(new TrainingSlot("STEERING_COMMITTEE", first, last, 1_200 / half));
            slots.add(new TrainingSlot("GUARDS", first, last, 900 / half));
            if (year <= 2023) {
                slots.add(new TrainingSlot("SEMI_PROFESSIONAL_POLICE", first, last, 2_500));
            } else if (year == 2024) {
                slots.add(new TrainingSlot("SEMI_PROFESSIONAL_POLICE", first, LocalDate.of(2024, 6, 30), 1_250));
                slots.add(new TrainingSlot("GRASSROOTS_FORCE", LocalDate.of(2024, 7, 1), last, 2_500));
            } else {
                slots.add(new TrainingSlot("GRASSROOTS_FORCE", first, last, 2_500));
            }
        }
        return slots;
    }

    /**
     * Trainings: the old provinces' slots (above); from 2025-07-01 the grassroots force's commune courses and the
     * steering committees' province courses as records ({@link Counts}), and the guards' training as each current
     * province's half-yearly REPORTED_TOTAL (no guards course after the reform, so none overlaps them).
     */
    private void writeTrainings(Connection db) throws SQLException, IOException {
        SplittableRandom random = random("training");
        List<TrainingSlot> slots = preReformTrainingSlots();
        try (CopyWriter t = copy(db, "training", "kind, course_name, period_from, period_to, reported_province_code, province_code, "
                + "reported_commune_code, commune_code, trainee_group, participants, participants_counted, sessions, source_document, "
                + "created_at, updated_at")) {
            for (Province province : provinces) {
                for (String old : province.oldCodes()) {
                    for (TrainingSlot slot : slots) {
                        String trainees = TRAINEES.get(slot.group());
                        if (random.nextInt(100) < 55) {
                            int participants = Math.max(1, tallied(random, slot.typical()));
                            LocalDate reported = slot.to().plusDays(15);
                            t.add("REPORTED_TOTAL").add("Tập huấn " + trainees + " " + slot.from() + " – " + slot.to()).add(slot.from())
                                    .add(slot.to()).add(old).add(province.code()).add(null).add(null).add(slot.group()).add(participants)
                                    .add(random.nextInt(4) == 0 ? "TRAINEE_TIMES" : "PERSONS")
                                    .add(random.nextInt(10) < 6 ? Math.max(1, participants / (30 + random.nextInt(30))) : null)
                                    .add("Báo cáo kết quả tập huấn năm " + slot.from().getYear() + ", " + police(oldProvinceNames.get(old)))
                                    .add(at(reported)).add(at(reported));
                            t.endRow();
                            continue;
                        }
                        for (int k = scaledCount(random, 6); k > 0; k--) {
                            LocalDate from = day(random, slot.from(), slot.to().minusDays(4));
                            course(t, "Lớp tập huấn " + trainees + " số " + k, from, from.plusDays(random.nextInt(5)), old, province.code(),
                                    null, slot.group(), 25 + random.nextInt(126), random);
                        }
                    }
                }
            }
            LocalDate lastStart = RECORDS_UNTIL.minusDays(2);
            for (int k = 0; k < counts.grassrootsCourses(); k++) {
                Commune commune = communes.get(random.nextInt(communes.size()));
                LocalDate from = day(random, REFORM, lastStart);
                course(t, "Tập huấn nghiệp vụ cho lực lượng tham gia bảo vệ ANTT ở cơ sở, " + commune.name(), from,
                        from.plusDays(random.nextInt(3)), commune.provinceCode(), commune.provinceCode(), commune.code(), "GRASSROOTS_FORCE",
                        15 + random.nextInt(76), random);
            }
            for (int k = 0; k < counts.steeringCourses(); k++) {
                String province = communes.get(random.nextInt(communes.size())).provinceCode();
                LocalDate from = day(random, REFORM, lastStart);
                course(t, "Bồi dưỡng kiến thức an ninh, trật tự cho Ban Chỉ đạo cấp xã", from, from.plusDays(random.nextInt(3)), province,
                        province, null, "STEERING_COMMITTEE", 40 + random.nextInt(261), random);
            }
            for (Province province : provinces) {
                for (LocalDate from : List.of(REFORM, LocalDate.of(2026, 1, 1))) {
                    LocalDate to = from.plusMonths(6).minusDays(1);
                    int participants = Math.max(1, tallied(random, 450 * province.oldCodes().size()));
                    t.add("REPORTED_TOTAL").add("Tập huấn lực lượng bảo vệ cơ quan, doanh nghiệp 6 tháng, " + province.name()).add(from)
                            .add(to).add(province.code()).add(province.code()).add(null).add(null).add("GUARDS").add(participants)
                            .add("PERSONS").add(Math.max(1, participants / 40)).add("Báo cáo công tác bảo vệ cơ quan, doanh nghiệp 6 tháng "
                                    + from + " – " + to + ", " + police(province.name()))
                            .add(at(to.plusDays(15))).add(at(to.plusDays(15)));
                    t.endRow();
                }
            }
        }
    }

    /** "Công an tỉnh Cao Bằng", "Công an Thành phố Hà Nội". */
    private static String police(String provinceName) {
        return provinceName.startsWith("Thành phố") ? "Công an " + provinceName : "Công an tỉnh " + provinceName;
    }

    private static void course(CopyWriter t, String name, LocalDate from, LocalDate to, String reportedProvince, String province,
            String commune, String group, int participants, SplittableRandom random) {
        t.add("COURSE").add(name).add(from).add(to).add(reportedProvince).add(province).add(commune).add(commune).add(group).add(participants)
                .add(random.nextInt(5) == 0 ? "TRAINEE_TIMES" : "PERSONS").add(random.nextInt(4) == 0 ? null : 1 + random.nextInt(4)).add(null)
                .add(at(to)).add(at(to));
        t.endRow();
    }

    /** {@code atScaleOne × scale} rounded at random (up with the probability of the fraction): right on average at any scale. */
    private int scaledCount(SplittableRandom random, double atScaleOne) {
        double n = atScaleOne * scale;
        int whole = (int) n;
        return whole + (random.nextDouble() < n - whole ? 1 : 0);
    }

    private void posting(CopyWriter p, long id, long officer, int unit, String position, LocalDate from, LocalDate to, Long transferredFrom) {
        Commune commune = communes.get(unit);
        p.add(id).add(officer).add(unit + 1).add(commune.provinceCode()).add(commune.code()).add(position).add(from).add(to)
                .add("QĐ " + id + "/QĐ-CAT").add(transferredFrom).add(at(from)).add(at(to == null ? from : to));
        p.endRow();
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface TallyRow {
        void write(String oldCode, String currentCode, int year, SplittableRandom random);
    }

    /** One tally per old province (as reported, under the current province it merged into) and year 2019–2024. */
    private void forEachOldProvinceYear(String table, TallyRow row) {
        SplittableRandom random = random(table);
        for (Province province : provinces) {
            for (String old : province.oldCodes()) {
                for (int year = 2019; year <= 2024; year++) {
                    row.write(old, province.code(), year, random);
                }
            }
        }
    }

    /** A tally figure: an old province's yearly count at scale 1, scaled, never negative. */
    private int tallied(SplittableRandom random, int typical) {
        return (int) Math.round((typical / 2 + random.nextInt(typical)) * scale);
    }

    private CopyWriter copy(Connection db, String table, String columns) throws SQLException {
        CopyWriter writer = new CopyWriter(db, table, columns) {
            @Override
            public void close() throws IOException, SQLException {
                long started = System.nanoTime();
                super.close();
                rowCounts.merge(db.getCatalog() + "." + table, rows(), Long::sum);
                copyNanos.merge(db.getCatalog() + "." + table, System.nanoTime() - started, Long::sum);
            }
        };
        return writer;
    }

    private SplittableRandom random(String table) {
        // One stream per table: a table's rows depend on the seed and scale only, not on what was generated before it.
        return new SplittableRandom(seed * 1_000_003L + table.hashCode());
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static LocalDate day(SplittableRandom random, LocalDate first, LocalDate last) {
        return first.plusDays(random.nextLong(last.toEpochDay() - first.toEpochDay() + 1));
    }

    /** 09:00 in Vietnam (UTC+7) on the day. */
    private static Instant at(LocalDate day) {
        return day.atTime(2, 0).toInstant(ZoneOffset.UTC);
    }

    private static int queryInt(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void resetSequencesAndVacuum(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "select table_name from information_schema.columns where table_schema = 'public' and column_name = 'id' "
                        + "and is_identity = 'YES' order by table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        try (Statement st = db.createStatement()) {
            for (String table : tables) {
                // Ids were written explicitly: the identity must continue after them, or the next API insert collides.
                st.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce((select max(id) from " + table
                        + "), 0) + 1, false)");
            }
            // Vacuumed too, as autovacuum leaves tables in service: right after a bulk load the first reads would set the
            // rows' hint bits and autovacuum would pass over millions of rows while the benchmark measures.
            st.execute("vacuum analyze");
        }
    }

    /** The 63 pre-reform provinces' names by code (commons' administrative-units/provinces-before-2025-07-01.csv). */
    static Map<String, String> readOldProvinceNames() {
        try (InputStream in = NationalDataset.class.getResourceAsStream("/administrative-units/provinces-before-2025-07-01.csv")) {
            if (in == null) {
                throw new IllegalStateException("administrative-units/provinces-before-2025-07-01.csv (commons) is not on the classpath");
            }
            Map<String, String> result = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split(";");
                    result.put(f[0], f[1]);
                }
            }
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Province> readProvinces() {
        try (InputStream in = NationalDataset.class.getResourceAsStream("/administrative-units/provinces-current.csv")) {
            if (in == null) {
                throw new IllegalStateException("administrative-units/provinces-current.csv (commons) is not on the classpath");
            }
            List<Province> result = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";");
                result.add(new Province(f[0], f[1], Integer.parseInt(f[3]), Arrays.asList(f[4].split(","))));
            }
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
