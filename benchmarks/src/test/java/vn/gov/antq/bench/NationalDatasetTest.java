package vn.gov.antq.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
