package vn.gov.antq.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.gov.antq.commons.testing.PostgresTestResource;

/** The generator at a tiny scale, into databases migrated with the services' own migrations. */
class NationalDatasetTest {

    private static final double SCALE = 0.001;
    private static final List<PostgresTestResource> RESOURCES = new ArrayList<>();
    private static Suite first;
    private static Suite second;
    private static Suite otherSeed;

    /** The three databases of one suite. */
    record Suite(Connection models, Connection activities, Connection staffing) {
        List<Connection> all() {
            return List.of(models, activities, staffing);
        }
    }

    @BeforeAll
    static void generate() throws Exception {
        first = generated(42);
        second = generated(42);
        otherSeed = generated(43);
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        for (Suite suite : new Suite[] { first, second, otherSeed }) {
            if (suite != null) {
                for (Connection c : suite.all()) {
                    c.close();
                }
            }
        }
        RESOURCES.forEach(PostgresTestResource::stop);
    }

    private static Suite generated(long seed) throws Exception {
        Suite suite = new Suite(migrated("models-service"), migrated("activities-service"), migrated("staffing-service"));
        new NationalDataset(SCALE, seed).generate(suite.models(), suite.activities(), suite.staffing());
        return suite;
    }

    private static Connection migrated(String service) throws SQLException {
        PostgresTestResource resource = new PostgresTestResource();
        RESOURCES.add(resource);
        Map<String, String> config = resource.start();
        String url = config.get("quarkus.datasource.jdbc.url");
        String user = config.get("quarkus.datasource.username");
        String password = config.get("quarkus.datasource.password");
        Flyway.configure().dataSource(url, user, password).outOfOrder(true)
                .locations("filesystem:../commons/src/main/resources/db/commons", "filesystem:../" + service + "/src/main/resources/db/migration")
                .load().migrate();
        return DriverManager.getConnection(url, user, password);
    }

    @Test
    void sameSeedGivesTheSameRowsAndAnotherSeedOtherRows() throws SQLException {
        Map<String, String> a = fingerprints(first);
        assertEquals(a, fingerprints(second));
        Map<String, String> c = fingerprints(otherSeed);
        assertNotEquals(a.get("activities.tip"), c.get("activities.tip"));
        assertNotEquals(a.get("activities.propaganda_activity"), c.get("activities.propaganda_activity"));
        for (String table : List.of("models.model_review", "models.safe_unit_recognition", "models.commune_succession",
                "activities.tip_receipt", "staffing.training", "staffing.regular_police_tally")) {
            assertNotEquals(EMPTY, a.get(table), table + " is filled");
            assertNotEquals(a.get(table), c.get(table), table + " depends on the seed");
        }
        // Every service holds the same copy of the registry.
        assertEquals(a.get("models.commune_succession"), a.get("activities.commune_succession"));
        assertEquals(a.get("models.commune_succession"), a.get("staffing.commune_succession"));
    }

    @Test
    void sizesFollowTheScaleAndReferenceDataIsNational() throws SQLException {
        NationalDataset.Counts counts = NationalDataset.Counts.of(SCALE);
        for (Connection db : first.all()) {
            assertEquals(3321, count(db, "select count(*) from commune"));
            assertEquals(34, count(db, "select count(distinct province_code) from commune"));
            assertEquals(3321, count(db, "select count(*) from commune_type_period"));
        }
        assertEquals(NationalDataset.MODEL_TYPES, count(first.models(), "select count(*) from model_type"));
        assertEquals(counts.models(), count(first.models(), "select count(*) from security_model"));
        assertEquals(counts.sites(), count(first.models(), "select count(*) from model_site"));
        assertEquals(0, count(first.models(), "select count(*) from security_model m where not exists "
                + "(select 1 from model_site s where s.model_id = m.id)"));
        assertEquals(counts.activities(), count(first.activities(), "select count(*) from propaganda_activity"));
        assertEquals(counts.tips(), count(first.activities(), "select count(*) from tip"));
        assertEquals(counts.handovers(), count(first.activities(), "select count(*) from weapon_handover"));
        assertEquals(3321, count(first.staffing(), "select count(*) from police_unit"));
        assertEquals(counts.officers(), count(first.staffing(), "select count(*) from police_officer"));
        assertEquals(counts.teams(), count(first.staffing(), "select count(*) from grassroots_team"));
        assertEquals(3L * counts.teams(), count(first.staffing(), "select count(*) from grassroots_member"));
        // 63 old provinces × 2019–2024 (semi-professional: to 2023, the force ended on 2024-07-01).
        assertEquals(63 * 6, count(first.models(), "select count(*) from model_tally"));
        assertEquals(63 * 5, count(first.staffing(), "select count(*) from semi_professional_tally"));
        assertEquals(63 * 6, count(first.staffing(), "select count(*) from regular_police_tally"));
    }

    @Test
    void countsAreProportionalToTheScale() {
        NationalDataset.Counts one = NationalDataset.Counts.of(1);
        NationalDataset.Counts tenth = NationalDataset.Counts.of(0.1);
        assertEquals(List.of(30_000, 124_000, 2_000_000, 500_000, 50_000, 50_000, 100_000, 40_000, 24_000, 1_500),
                List.of(one.models(), one.sites(), one.activities(), one.tips(), one.handovers(), one.officers(), one.teams(), one.safeUnits(),
                        one.grassrootsCourses(), one.steeringCourses()));
        assertEquals(List.of(3_000, 12_400, 200_000, 50_000, 5_000, 5_000, 10_000, 4_000, 2_400, 150),
                List.of(tenth.models(), tenth.sites(), tenth.activities(), tenth.tips(), tenth.handovers(), tenth.officers(), tenth.teams(),
                        tenth.safeUnits(), tenth.grassrootsCourses(), tenth.steeringCourses()));
    }

    @Test
    void communeSuccessionsAreTheReformsEdges() throws SQLException {
        Connection db = first.models();
        NationalDataset dataset = new NationalDataset(SCALE, 42);
        long old = dataset.oldCommunes().size();
        assertEquals(old, count(db, "select count(distinct old_commune_code) from commune_succession"));
        // About three old communes per current one (10,035 → 3,321), every current commune with at least one.
        assertTrue(old > 2.7 * 3321 && old < 3.3 * 3321, old + " old communes");
        assertEquals(0, count(db, "select count(*) from commune c where not exists (select 1 from commune_succession s "
                + "where s.new_commune_code = c.code)"));
        // A split old commune has one PARTIAL edge per current commune (two), every other one edge.
        assertEquals(0, count(db, "select count(*) from (select old_commune_code, count(*) n, bool_and(kind = 'PARTIAL') p, "
                + "bool_or(kind = 'PARTIAL') q from commune_succession group by 1) x where (n = 2) <> p or p <> q or n > 2"));
        assertTrue(count(db, "select count(*) from commune_succession where kind = 'PARTIAL'") > 0);
        // Edges never cross provinces: the old province is one merged into the current commune's province; one old
        // province, district and name per old code.
        StringBuilder merged = new StringBuilder();
        for (NationalDataset.Province province : NationalDataset.readProvinces()) {
            for (String code : province.oldCodes()) {
                merged.append(merged.isEmpty() ? "" : ", ").append("('").append(code).append("', '").append(province.code()).append("')");
            }
        }
        assertEquals(0, count(db, "select count(*) from commune_succession s join commune c on c.code = s.new_commune_code "
                + "where (s.old_province_code, c.province_code) not in (" + merged + ")"));
        assertEquals(0, count(db, "select count(*) from (select old_commune_code from commune_succession group by 1 "
                + "having count(distinct (old_province_code, old_district_code, old_commune_name)) > 1) x"));
        // A district lies in one old province.
        assertEquals(0, count(db, "select count(*) from (select old_district_code from commune_succession group by 1 "
                + "having count(distinct old_province_code) > 1) x"));
    }

    @Test
    void reviewsBelongToModelsRunningInTheirPeriod() throws SQLException {
        Connection db = first.models();
        long models = count(db, "select count(*) from security_model");
        long reviews = count(db, "select count(*) from model_review");
        // About one review per model and year: the dataset's records span 15 months, two review rounds.
        assertTrue(reviews >= 0.8 * models && reviews <= 2.0 * models, reviews + " reviews of " + models + " models");
        assertEquals(0, count(db, "select count(*) from model_review r join security_model m on m.id = r.model_id "
                + "where r.period_from < m.start_date or r.period_to < m.start_date + 30 or r.period_to > date '2026-09-30' "
                + "or (m.status = 'DISSOLVED' and m.status_since < r.period_to)"));
        assertEquals(0, count(db, "select count(*) from model_review where period_from <> greatest(period_from, "
                + "date_trunc('year', period_to)::date) or created_at < period_to"));
        assertEquals(0, count(db, "select count(*) from model_review where exemplar and rating not in ('EXCELLENT', 'GOOD')"));
        // ~12 % exemplars (half the EXCELLENT reviews, a few GOOD ones).
        long exemplars = count(db, "select count(*) from model_review where exemplar");
        assertTrue(exemplars > 0 && exemplars <= reviews / 3, exemplars + " exemplars");
    }

    @Test
    void recognitionsAreOneVerdictPerUnitAndYearNamingTheCommuneOfTheirTime() throws SQLException {
        Connection db = first.models();
        NationalDataset dataset = new NationalDataset(SCALE, 42);
        assertEquals(0, count(db, "select count(*) from (select 1 from safe_unit_recognition group by commune_code, unit_kind, "
                + "antq_fold(unit_name), recognition_year having count(*) > 1) x"));
        assertEquals(0, count(db, "select count(*) from safe_unit_recognition where recognition_year not between 2019 and 2025 "
                + "or extract(year from decided_on) < recognition_year or (decided_on is null) <> (decision_ref is null)"));
        // Before the reform an old commune of the recognition's province (decided before 2025-07-01), after it a current one.
        assertEquals(0, count(db, "select count(*) from safe_unit_recognition r where recognition_year < 2025 and (decided_on >= "
                + "date '2025-07-01' or not exists (select 1 from commune_succession s join commune c on c.code = s.new_commune_code "
                + "where s.old_commune_code = r.commune_code and c.province_code = r.province_code))"));
        assertEquals(0, count(db, "select count(*) from safe_unit_recognition r where recognition_year >= 2025 and not exists "
                + "(select 1 from commune c where c.code = r.commune_code and c.province_code = r.province_code)"));
        // Nine in ten communes of each year; the registered units four in five years from their first.
        for (int year = 2019; year <= 2025; year++) {
            long communes = year < 2025 ? dataset.oldCommunes().size() : 3321;
            long verdicts = count(db, "select count(*) from safe_unit_recognition where unit_kind = 'COMMUNE' and recognition_year = " + year);
            assertTrue(verdicts > 0.85 * communes && verdicts < 0.95 * communes, verdicts + " commune verdicts in " + year);
        }
        long units = NationalDataset.Counts.of(SCALE).safeUnits();
        long unitVerdicts = count(db, "select count(*) from safe_unit_recognition where unit_kind <> 'COMMUNE'");
        assertTrue(unitVerdicts >= 3 * units && unitVerdicts <= 7 * units, unitVerdicts + " verdicts of " + units + " units");
        assertTrue(count(db, "select count(distinct unit_kind) from safe_unit_recognition") >= 4);
        assertTrue(count(db, "select count(*) from safe_unit_recognition where result = 'FAILED'") > 0);
    }

    @Test
    void trainingsAreCountedOnce() throws SQLException {
        Connection db = first.staffing();
        NationalDataset.Counts counts = NationalDataset.Counts.of(SCALE);
        assertEquals(counts.grassrootsCourses(), count(db, "select count(*) from training where kind = 'COURSE' and period_from >= "
                + "date '2025-07-01' and trainee_group = 'GRASSROOTS_FORCE' and commune_code is not null"));
        assertEquals(counts.steeringCourses(), count(db, "select count(*) from training where kind = 'COURSE' and period_from >= "
                + "date '2025-07-01' and trainee_group = 'STEERING_COMMITTEE' and commune_code is null"));
        assertEquals(34 * 2, count(db, "select count(*) from training where kind = 'REPORTED_TOTAL' and period_from >= date '2025-07-01'"));
        // 63 old provinces × 22 slots (7 steering, 7 guards, 6 semi-professional, 2 grassroots), about 55 % of them totals.
        long totals = count(db, "select count(*) from training where kind = 'REPORTED_TOTAL' and period_to < date '2025-07-01'");
        assertTrue(totals > 0.45 * 63 * 22 && totals < 0.65 * 63 * 22, totals + " reported totals");
        // The training rule: no total beside another training of its reported province, nested unit, group and period.
        assertEquals(0, count(db, "select count(*) from training a join training b on a.id <> b.id and a.kind = 'REPORTED_TOTAL' "
                + "and b.reported_province_code = a.reported_province_code and b.trainee_group = a.trainee_group "
                + "and b.period_from <= a.period_to and b.period_to >= a.period_from and (a.reported_commune_code is null "
                + "or b.reported_commune_code is null or a.reported_commune_code = b.reported_commune_code)"));
        // Old provinces before the reform, current units after it; the semi-professional police only before 2024-07-01.
        assertEquals(0, count(db, "select count(*) from training where period_to < date '2025-07-01' and (commune_code is not null "
                + "or reported_province_code not in (select old_province_code from commune_succession))"));
        assertEquals(0, count(db, "select count(*) from training t where period_from >= date '2025-07-01' and (reported_province_code "
                + "<> province_code or reported_commune_code is distinct from commune_code or (commune_code is not null and not exists "
                + "(select 1 from commune c where c.code = t.commune_code and c.province_code = t.province_code)))"));
        assertEquals(0, count(db, "select count(*) from training where trainee_group = 'SEMI_PROFESSIONAL_POLICE' "
                + "and period_from >= date '2024-07-01'"));
        assertEquals(0, count(db, "select count(*) from training where period_to > date '2026-09-30'"));
        // The trigger-kept monthly aggregate saw the COPY.
        assertEquals(count(db, "select count(*) from training where kind = 'COURSE'"),
                count(db, "select coalesce(sum(courses), 0) from (select courses from training_course_monthly "
                        + "union all select courses from training_course_monthly_pending) x"));
    }

    @Test
    void receiptsFollowPublicSubmissionsUp() throws Exception {
        Connection db = first.activities();
        long receipts = count(db, "select count(*) from tip_receipt");
        long mobile = count(db, "select count(*) from tip where channel = 'MOBILE_APP'");
        assertTrue(receipts >= 0.7 * mobile && receipts <= mobile, receipts + " receipts of " + mobile + " app tips");
        assertEquals(0, count(db, "select count(*) from tip_receipt r join tip t on t.id = r.tip_id where t.channel <> 'MOBILE_APP' "
                + "or r.created_at <> t.received_at or r.code !~ '^TB-[A-HJ-NP-Z2-9]{10}$' or r.failed_attempts not between 0 and 4"));
        assertEquals(0, count(db, "select count(*) from tip_addition a join tip t on t.id = a.tip_id where a.added_at < t.received_at "
                + "or a.added_at > t.updated_at or not exists (select 1 from tip_receipt r where r.tip_id = a.tip_id)"));
        // The stored hash verifies the documented secret as activities-service's SecretHasher does.
        String hash;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select min(secret_hash), max(secret_hash) from tip_receipt")) {
            rs.next();
            hash = rs.getString(1);
            assertEquals(hash, rs.getString(2));
        }
        String[] parts = hash.split(":");
        assertEquals("120000", parts[0]);
        byte[] derived = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(new javax.crypto.spec.PBEKeySpec(
                NationalDataset.receiptSecret(42).toCharArray(), Base64.getDecoder().decode(parts[1]), 120_000, 256)).getEncoded();
        assertEquals(parts[2], Base64.getEncoder().encodeToString(derived));
        // Codes never repeat (a bijection of the id; checked here for scale 1's tips).
        Set<String> codes = new HashSet<>();
        for (long id = 1; id <= NationalDataset.Counts.of(1).tips(); id++) {
            assertTrue(codes.add(NationalDataset.receiptCode(42, id)));
        }
    }

    @Test
    void tipWorkflowsAreConsistentAndTipsAnonymous() throws SQLException {
        Connection db = first.activities();
        assertEquals(0, count(db, "select count(*) from tip where reporter_identity is not null"));
        // The latest change is the tip's status since its status_since.
        assertEquals(0, count(db, "select count(*) from tip t join lateral (select c.to_status, c.effective_at from tip_status_change c "
                + "where c.tip_id = t.id order by c.effective_at desc, c.id desc limit 1) l on true "
                + "where l.to_status <> t.status or l.effective_at <> t.status_since"));
        // Every tip starts RECEIVED at its reception, and every step is one the workflow allows.
        assertEquals(0, count(db, "select count(*) from tip t where not exists (select 1 from tip_status_change c where c.tip_id = t.id "
                + "and c.from_status is null and c.to_status = 'RECEIVED' and c.effective_at = t.received_at)"));
        assertEquals(0, count(db, "select count(*) from tip_status_change where from_status is not null and (from_status, to_status) not in "
                + "(('RECEIVED','VERIFYING'),('VERIFYING','VALUABLE'),('VERIFYING','NOT_VALUABLE'),('VALUABLE','FORWARDED'),"
                + "('VALUABLE','CLOSED'),('FORWARDED','CLOSED'),('NOT_VALUABLE','CLOSED'))"));
        assertEquals(0, count(db, "select count(*) from tip where (not_valuable_reason is not null) <> exists (select 1 from tip_status_change c "
                + "where c.tip_id = tip.id and c.to_status = 'NOT_VALUABLE')"));
        assertEquals(0, count(db, "select count(*) from tip where (cases_solved + suspects_arrested + wanted_caught + wanted_surrendered) > 0 "
                + "and status not in ('VALUABLE', 'FORWARDED', 'CLOSED')"));
    }

    @Test
    void recordsAndTalliesNeverCoverTheSamePeriod() throws SQLException {
        assertEquals(0, count(first.activities(), "select count(*) from propaganda_activity where coalesce(held_on, period_from) < date '2025-07-01'"));
        assertEquals(0, count(first.activities(), "select count(*) from tip where received_at < timestamptz '2025-07-01 00:00+07'"));
        assertEquals(0, count(first.activities(), "select count(*) from weapon_handover where handed_over_on < date '2025-07-01'"));
        assertEquals(0, count(first.models(), "select count(*) from security_model where start_date < date '2025-07-01'"));
        assertEquals(0, count(first.staffing(), "select count(*) from police_posting where from_date < date '2025-07-01'"));
        for (String table : List.of("activity_tally", "tip_tally", "weapon_handover_tally")) {
            assertEquals(0, count(first.activities(), "select count(*) from " + table + " where period_to >= date '2025-07-01' "
                    + "or reported_commune_code is not null"));
        }
        assertEquals(0, count(first.models(), "select count(*) from model_tally where period_to >= date '2025-07-01'"));
        assertEquals(0, count(first.staffing(), "select count(*) from regular_police_tally where as_of >= date '2025-07-01' "
                + "or reported_commune_code is not null or communes_with_regular_police is null"));
        // Reported under an old code, counted under the current province it merged into (70 Bình Phước → 75 Đồng Nai).
        assertEquals(6, count(first.models(), "select count(*) from model_tally where reported_province_code = '70' and province_code = '75'"));
        // A record sits in a commune of its own province.
        assertEquals(0, count(first.models(), "select count(*) from model_site s join commune c on c.code = s.commune_code "
                + "where c.province_code <> s.province_code"));
        assertEquals(0, count(first.staffing(), "select count(*) from police_posting p join police_unit u on u.id = p.police_unit_id "
                + "where u.commune_code <> p.commune_code"));
    }

    @Test
    void identitiesContinueAfterTheGeneratedIdsAndAGeneratedSuiteIsNotFilledTwice() throws SQLException {
        // In a transaction rolled back again: the other tests look at the generated rows only.
        Connection db = first.activities();
        db.setAutoCommit(false);
        try {
            assertEquals(NationalDataset.Counts.of(SCALE).tips() + 1, count(db, "insert into tip (received_at, channel, category, "
                    + "province_code, summary, status, status_since, created_at, updated_at) values (now(), 'HOTLINE', 'DRUGS', '01', 'x', "
                    + "'RECEIVED', now(), now(), now()) returning id"));
        } finally {
            db.rollback();
            db.setAutoCommit(true);
        }
        assertThrows(IllegalStateException.class,
                () -> new NationalDataset(SCALE, 42).generate(first.models(), first.activities(), first.staffing()));
    }

    private static final String EMPTY = "d41d8cd98f00b204e9800998ecf8427e";

    private static Map<String, String> fingerprints(Suite suite) throws SQLException {
        Map<String, String> result = new LinkedHashMap<>();
        String[] services = { "models", "activities", "staffing" };
        for (int i = 0; i < 3; i++) {
            Connection db = suite.all().get(i);
            List<String> tables = new ArrayList<>();
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' "
                            + "order by table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                        // Timestamps the database defaults to now() (seeded model types, communes) differ between runs.
                        "select md5(coalesce(string_agg(r::text, '|' order by r::text), '')) from (select to_jsonb(t) - 'created_at' "
                                + "- 'updated_at' - 'installed_on' - 'execution_time' as r from " + table + " t) x")) {
                    rs.next();
                    result.put(services[i] + "." + table, rs.getString(1));
                }
            }
        }
        return result;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
