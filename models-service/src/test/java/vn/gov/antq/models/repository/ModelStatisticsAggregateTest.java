package vn.gov.antq.models.repository;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import vn.gov.antq.commons.aggregates.AggregateCompaction;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.CompactionControl;
import vn.gov.antq.commons.testing.ConcurrentWriters;
import vn.gov.antq.commons.testing.DirectSql;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

/**
 * The aggregates (db/migration V8 model_monthly, V8_1 recognition_yearly) give exactly the figures of the records: every
 * whole-month window below, every grouping, with and without a province, answers the same response body from the
 * aggregates as from the records, over a random but seeded data set in two provinces no other test uses (Hà Nội 01 and
 * Cao Bằng 04, made-up communes 01901–01904 and 04901–04903, model types of its own), through inserts (in bulk and one
 * by one), updates of every column a figure reads and deletes (of models too, which cascade), each before the pending
 * changes are folded in and after. Records are written in SQL, so the triggers alone keep the aggregates. The data is
 * deliberately untidy where the database allows it: status histories with several changes in a month, changes after a
 * dissolution and a status column that disagrees with the history, sites established before their model or in another
 * commune than before, exemplar reviews in the same and in far-apart months.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ModelStatisticsAggregateTest {

    private static final String PATH = "/api/v1/model-statistics";
    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    /** Whole-month windows: before the reform, up to its eve, across it, its first month, a year from it, a calendar year, a quarter, four years. */
    private static final List<String[]> WINDOWS = List.of(new String[] { "2024-07-01", "2024-12-31" },
            new String[] { "2025-01-01", "2025-06-30" }, new String[] { "2025-05-01", "2025-08-31" },
            new String[] { "2025-07-01", "2025-07-31" }, new String[] { "2025-07-01", "2026-06-30" },
            new String[] { "2026-01-01", "2026-12-31" }, new String[] { "2026-02-01", "2026-04-30" },
            new String[] { "2024-01-01", "2027-12-31" });
    private static final List<String> GROUPINGS = Arrays.asList(null, "province", "commune", "type", "setting", "leadOrganisation",
            "status");
    private static final List<String> PROVINCES = Arrays.asList(null, "01", "04");
    /** The record figures that must not all be 0, or the comparison proves little. */
    private static final List<String> RECORD_FIGURES = List.of("models", "sites", "teams", "members", "cameras", "exemplars",
            "recognitionsPassed", "recognitionsFailed");
    private static final Map<String, String[]> COMMUNES = Map.of("01", new String[] { "01901", "01902", "01903", "01904" }, "04",
            new String[] { "04901", "04902", "04903" });
    private static final String[] TYPES = { "AGG_TYPE_A", "AGG_TYPE_B", "AGG_TYPE_C" };
    private static final String[] LEADS = { "POLICE", "WOMENS_UNION", "YOUTH_UNION" };
    private static final String[] STATUSES = { "PILOT", "ACTIVE", "SUSPENDED", "DISSOLVED" };
    /** The models of the data set; the other tests' models have other names. */
    private static final String MINE = "name like 'Mô hình tổng hợp %'";
    private static final String MY_RECOGNITIONS = "unit_name like 'Đơn vị tổng hợp %'";

    private static boolean built;

    @Inject
    DataSource dataSource;

    private DirectSql sql;

    @Inject
    AggregateCompaction compaction;

    @Inject
    ModelStatisticsRepository statistics;

    @BeforeEach
    void modelTypes() {
        sql = new DirectSql(dataSource);
        if (built) {
            return;
        }
        sql.execute("insert into model_type (code, name_vi, name_en, setting) values ('AGG_TYPE_A', 'Loại tổng hợp A', 'Aggregate type A',"
                + " 'RESIDENTIAL_AREA'), ('AGG_TYPE_B', 'Loại tổng hợp B', 'Aggregate type B', 'SCHOOL'),"
                + " ('AGG_TYPE_C', 'Loại tổng hợp C', 'Aggregate type C', 'RESIDENTIAL_AREA'),"
                + " ('AGG_TYPE_D', 'Loại tổng hợp D', 'Aggregate type D', 'AGENCY'), ('AGG_TYPE_E', 'Loại tổng hợp E', 'Aggregate type E', 'AGENCY')");
        built = true;
    }

    @Test
    void everyWholeMonthWindowGroupingAndProvinceGivesTheRecordsFiguresThroughInsertsUpdatesAndDeletes() throws SQLException {
        Random random = new Random(20250701);
        compactionControl().holding(() -> {
            insertRecords(random);
            assertTrue(pendingRows() > 0, "the first comparison reads pending changes");
            assertSameBothWays("inserted, pending", true);
            assertSameAsFromScratch("inserted, pending");
        });
        compactionControl().compactNow();
        assertEquals(0, pendingRows());
        assertSameBothWays("inserted, compacted", false);

        compactionControl().holding(() -> {
            updateRecords();
            assertSameBothWays("updated, pending", false);
        });
        compactionControl().compactNow();
        assertSameBothWays("updated, compacted", false);
        assertSameAsFromScratch("updated, compacted");

        compactionControl().holding(() -> {
            deleteSomeRecords();
            assertSameBothWays("some deleted, pending", false);
        });
        compactionControl().compactNow();
        assertSameBothWays("some deleted, compacted", false);

        deleteAllRecords();
        assertSameBothWays("all deleted", false);
        compactionControl().compactNow();
        assertSameAsFromScratch("all deleted");
        // No other test has records in these provinces: nothing of them is left.
        assertEquals(List.of(0L, 0L), List.of(sql.count("select count(*) from model_monthly where province_code in ('01', '04')"),
                sql.count("select count(*) from recognition_yearly where province_code in ('01', '04')")));
    }

    @Test
    void theAggregatesAreWhatWholeMonthWindowsRead() {
        // A change written straight into each pending table (and undone after) shows in whole-month windows only.
        String[] change = { "insert into model_monthly_pending values ('province', '01', '', date '2026-05-01', date 'infinity', %1$d,"
                + " %1$d, 0, 0, 0, 0)", "insert into model_monthly_pending values ('status', '01', 'SUSPENDED', date '-infinity',"
                        + " date 'infinity', %1$d, 0, 0, 0, 0, 0)",
                "insert into recognition_yearly_pending values ('01', '01901', 2026, %1$d, 0)" };
        JsonPath before = json(window("2026-05-01", "2026-05-31", "01", "status"));
        for (String statement : change) {
            sql.execute(String.format(statement, 3));
        }
        try {
            JsonPath month = json(window("2026-05-01", "2026-05-31", "01", "status"));
            JsonPath day = json(given().auth().oauth2(ADMIN).queryParam("asOf", "2026-05-31").queryParam("province", "01")
                    .queryParam("groupBy", "status"));
            assertEquals(figure(before, "totals.models") + 3, figure(month, "totals.models"));
            assertEquals(figure(before, "totals.sites") + 3, figure(month, "totals.sites"));
            assertEquals(figure(before, "totals.recognitionsPassed") + 3, figure(month, "totals.recognitionsPassed"));
            String suspended = "groups.find { it.key == 'SUSPENDED' }.models";
            assertEquals(figure(before, suspended) + 3, figure(month, suspended));
            // A single day counts the records.
            assertEquals(figure(before, "totals.models"), figure(day, "totals.models"));
            assertEquals(figure(before, "totals.recognitionsPassed"), figure(day, "totals.recognitionsPassed"));
        } finally {
            for (String statement : change) {
                sql.execute(String.format(statement, -3));
            }
        }
        assertEquals(before.prettify(), json(window("2026-05-01", "2026-05-31", "01", "status")).prettify());
    }

    @Test
    void eachStatementAddsPendingRowsOnlyForTheFiguresItMovesAndTheAggregatesEqualOnesBuiltFromScratch() throws SQLException {
        long model = insertModel("04", "AGG_TYPE_A", "POLICE", "2025-08-04", "ACTIVE", "2025-08-04");
        insertStatusChange(model, "ACTIVE", "2025-08-04");
        compactionControl().holding(() -> {
            insertSites(model, "04901", "2025-09-01", 1);
            long before = sql.count("select count(*) from model_monthly_pending");
            insertSites(model, "04901", "2025-09-02", 100);
            long afterHundred = sql.count("select count(*) from model_monthly_pending");
            insertSites(model, "04901", "2025-09-20", 100);
            // The sites' figures under the province, the commune, the type, the lead organisation and the status.
            assertEquals(List.of(5L, 5L), List.of(afterHundred - before, sql.count("select count(*) from model_monthly_pending") - afterHundred),
                    "100 sites of one model established in one month of one commune: one pending row per dimension");
            long unchanged = sql.count("select count(*) from model_monthly_pending");
            sql.execute("update security_model set name = 'Mô hình đổi tên', description = 'Mô tả', updated_at = now() where id = " + model);
            sql.execute("update model_site set contact_phone = '0912345678', place_name = 'Ấp mới' where model_id = " + model);
            sql.execute("insert into model_review (model_id, kind, period_from, period_to, rating, exemplar, reviewing_body, created_at,"
                    + " updated_at) values (" + model + ", 'INTERIM', date '2025-08-04', date '2025-12-31', 'GOOD', false, 'Công an tỉnh',"
                    + " now(), now())");
            sql.execute("update model_review set notes = 'Ghi chú' where model_id = " + model);
            assertEquals(unchanged, sql.count("select count(*) from model_monthly_pending"), "writes that move no figure add nothing");
            assertSameAsFromScratch("pending");
        });
        compactionControl().compactNow();
        assertEquals(0, pendingRows());
        assertSameAsFromScratch("compacted");
        sql.execute("delete from security_model where id = " + model);
        assertSameAsFromScratch("deleted with its sites, history and review");
        compactionControl().compactNow();
        assertEquals(0L, sql.count("select count(*) from model_monthly where province_code = '04'"));
    }

    @Test
    void aSiteAddedWhileItsModelChangesTypeCountsUnderTheNewType() throws Exception {
        long model = insertModel("04", "AGG_TYPE_D", "WOMENS_UNION", "2025-08-04", "ACTIVE", "2025-08-04");
        String site = "insert into model_site (model_id, province_code, commune_code, place_name, place_kind, teams, members, established_on,"
                + " created_at, updated_at) values (" + model + ", '04', '04902', 'Ấp cùng lúc', 'HAMLET', 2, 17, date '2025-10-10', now(), now())";
        // The site's trigger waits for the model's lock: without it, it would read the type before the change, which
        // the first writer's trigger (not seeing the site) moves without it, and the site would stay under type D.
        ConcurrentWriters.secondWaitsForFirst(dataSource, "update security_model set type_code = 'AGG_TYPE_E' where id = " + model, site);
        JsonPath byType = json(window("2025-10-01", "2025-10-31", "04", "type"));
        assertEquals(1, figure(byType, "groups.find { it.key == 'AGG_TYPE_E' }.sites"));
        assertNull(byType.get("groups.find { it.key == 'AGG_TYPE_D' }"));
        assertSameAsFromScratch("after two writers at once");
        sql.execute("delete from security_model where id = " + model);
    }

    @Test
    void repeatableReadWritersAreRefused() throws SQLException {
        long model = insertModel("04", "AGG_TYPE_C", "POLICE", "2025-09-01", "PILOT", "2025-09-01");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("update security_model set lead_organisation = 'YOUTH_UNION' where id = " + model);
                fail("a REPEATABLE READ write of a model was accepted");
            } catch (SQLException e) {
                assertTrue(e.getMessage().contains("READ COMMITTED"), e.getMessage());
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        }
        sql.execute("delete from security_model where id = " + model);
    }

    @Test
    void aStatementWritingTwoOfTheTablesIsRefused() throws SQLException {
        // Each statement's difference is computed against the other tables as they are: one writing a model and its site
        // at once would count the site twice.
        String modelWithSite = "with m as (insert into security_model (name, province_code, type_code, lead_organisation, start_date,"
                + " status, status_since) values ('Mô hình một câu lệnh', '04', 'AGG_TYPE_C', 'POLICE', date '2025-09-01', 'ACTIVE',"
                + " date '2025-09-01') returning id) insert into model_site (model_id, province_code, commune_code, place_name, place_kind,"
                + " teams, members, established_on, created_at, updated_at) select m.id, '04', '04901', 'Ấp một câu lệnh', 'HAMLET', 1, 5,"
                + " date '2025-09-01', now(), now() from m";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(modelWithSite);
            fail("a statement writing a model and its site was accepted");
        } catch (SQLException e) {
            assertTrue(e.getMessage().contains("one statement writes"), e.getMessage());
        }
        assertEquals(0L, sql.count("select count(*) from security_model where name = 'Mô hình một câu lệnh'"));
    }

    // --- the data set -------------------------------------------------------------------------------------------------

    private void insertRecords(Random random) {
        List<String> models = new ArrayList<>();
        List<String> history = new ArrayList<>();
        for (int k = 1; k <= 40; k++) {
            String province = k % 2 == 0 ? "01" : "04";
            LocalDate start = LocalDate.of(2024, 3, 1).plusDays(random.nextInt(900));
            if (k % 9 == 0) {
                start = start.withDayOfMonth(start.lengthOfMonth());
            }
            // The history: a first status on the start date, then up to three changes, some on one day or in one month.
            List<String[]> changes = new ArrayList<>();
            changes.add(new String[] { random.nextBoolean() ? "PILOT" : "ACTIVE", start.toString() });
            LocalDate day = start;
            for (int n = random.nextInt(4); n > 0; n--) {
                day = day.plusDays(random.nextInt(4) == 0 ? 0 : random.nextInt(200));
                changes.add(new String[] { STATUSES[random.nextInt(STATUSES.length)], day.toString() });
            }
            String[] last = changes.get(changes.size() - 1);
            // Mostly the status the history ends with; now and then one that disagrees with it.
            String[] status = random.nextInt(6) == 0 ? new String[] { STATUSES[random.nextInt(STATUSES.length)],
                    start.plusDays(random.nextInt(400)).toString() } : last;
            models.add("('Mô hình tổng hợp " + k + "', '" + province + "', '" + TYPES[random.nextInt(TYPES.length)] + "', '"
                    + LEADS[random.nextInt(LEADS.length)] + "', date '" + start + "', '" + status[0] + "', date '" + status[1] + "')");
            for (String[] change : changes) {
                history.add("('Mô hình tổng hợp " + k + "', '" + change[0] + "', date '" + change[1] + "')");
            }
        }
        // Most in one statement (as a bulk load), the rest one by one.
        int bulk = models.size() * 2 / 3;
        insertModels(models.subList(0, bulk));
        models.subList(bulk, models.size()).forEach(m -> insertModels(List.of(m)));
        int bulkHistory = history.size() / 2;
        insertHistory(history.subList(0, bulkHistory));
        history.subList(bulkHistory, history.size()).forEach(h -> insertHistory(List.of(h)));

        List<String> sites = new ArrayList<>();
        List<String> reviews = new ArrayList<>();
        for (long id : sql.longs("select id from security_model where " + MINE + " order by id")) {
            String province = sql.string("select province_code from security_model where id = " + id);
            LocalDate start = LocalDate.parse(sql.string("select start_date::text from security_model where id = " + id));
            for (int n = random.nextInt(5); n > 0; n--) {
                String[] communes = COMMUNES.get(province);
                LocalDate established = start.plusDays(random.nextInt(440) - 40);
                LocalDate dissolved = switch (random.nextInt(4)) {
                    case 0, 1 -> null;
                    case 2 -> established.withDayOfMonth(established.lengthOfMonth());
                    default -> established.plusDays(random.nextInt(500));
                };
                sites.add("(" + id + ", '" + province + "', '" + communes[random.nextInt(communes.length)] + "', " + random.nextInt(6) + ", "
                        + random.nextInt(60) + ", " + (random.nextInt(3) == 0 ? "cast(null as integer)" : String.valueOf(random.nextInt(12))) + ", date '"
                        + established + "', " + date(dissolved) + ")");
            }
            LocalDate periodTo = start.plusDays(random.nextInt(200));
            for (int n = random.nextInt(5); n > 0; n--) {
                reviews.add("(" + id + ", '" + (n % 2 == 0 ? "INTERIM" : "FINAL") + "', date '" + periodTo.minusDays(30 + n) + "', date '"
                        + periodTo + "', " + (random.nextInt(5) < 3) + ")");
                // The next one in the same month or months later.
                periodTo = periodTo.plusDays(random.nextBoolean() ? random.nextInt(3) : 30 + random.nextInt(300));
            }
        }
        int bulkSites = sites.size() * 2 / 3;
        insertSites(sites.subList(0, bulkSites));
        sites.subList(bulkSites, sites.size()).forEach(s -> insertSites(List.of(s)));
        sql.execute("insert into model_review (model_id, kind, period_from, period_to, rating, exemplar, reviewing_body, created_at, updated_at)"
                + " select v.model_id, v.kind, v.period_from, v.period_to, 'GOOD', v.exemplar, 'Công an tỉnh', now(), now() from (values "
                + String.join(", ", reviews) + ") as v(model_id, kind, period_from, period_to, exemplar)");

        StringBuilder recognitions = new StringBuilder();
        for (int k = 1; k <= 30; k++) {
            String province = k % 2 == 0 ? "01" : "04";
            String[] communes = COMMUNES.get(province);
            recognitions.append(recognitions.isEmpty() ? "" : ", ").append("('RESIDENTIAL_AREA', 'Đơn vị tổng hợp ").append(k).append("', '")
                    .append(province).append("', '").append(communes[random.nextInt(communes.length)]).append("', ")
                    .append(2024 + random.nextInt(4)).append(", '").append(random.nextInt(3) == 0 ? "FAILED" : "PASSED").append("', now(), now())");
        }
        sql.execute("insert into safe_unit_recognition (unit_kind, unit_name, province_code, commune_code, recognition_year, result, created_at,"
                + " updated_at) values " + recognitions);
        // Tallies are read alike by both ways; they share groups with the records (a type, the province-wide null group).
        sql.execute("insert into model_tally (reported_province_code, province_code, type_code, period_from, period_to, models, sites, teams,"
                + " source_document, created_at, updated_at) values ('04', '04', 'AGG_TYPE_A', date '2025-07-01', date '2026-06-30', 5, 7, 9,"
                + " 'Báo cáo tổng hợp', now(), now()), ('01', '01', null, date '2026-01-01', date '2026-12-31', 10, 12, 14,"
                + " 'Báo cáo tổng hợp', now(), now())");
    }

    private void updateRecords() {
        String mine = "model_id in (select id from security_model where " + MINE + ")";
        // Models: type, lead organisation, an earlier start, a status change with its history row, dissolution, a
        // dissolved model active again (only SQL can), another province, and a new name (which moves nothing).
        sql.execute("update security_model set type_code = case type_code when 'AGG_TYPE_A' then 'AGG_TYPE_B' else 'AGG_TYPE_A' end where "
                + MINE + " and id % 5 = 1");
        sql.execute("update security_model set lead_organisation = 'YOUTH_UNION' where " + MINE + " and id % 4 = 2");
        sql.execute("update security_model set start_date = start_date - 75 where " + MINE + " and id % 6 = 3");
        sql.execute("insert into model_status_change (model_id, from_status, to_status, effective_date, changed_by, changed_at)"
                + " select id, status, 'SUSPENDED', start_date + 300, 'Kiểm thử', now() from security_model where " + MINE + " and id % 7 = 4");
        sql.execute("update security_model set status = 'SUSPENDED', status_since = start_date + 300 where " + MINE + " and id % 7 = 4");
        sql.execute("insert into model_status_change (model_id, from_status, to_status, effective_date, changed_by, changed_at)"
                + " select id, status, 'DISSOLVED', start_date + 200, 'Kiểm thử', now() from security_model where " + MINE + " and id % 8 = 5");
        sql.execute("update security_model set status = 'DISSOLVED', status_since = start_date + 200 where " + MINE + " and id % 8 = 5");
        sql.execute("update security_model set status = 'ACTIVE' where " + MINE + " and status = 'DISSOLVED' and id % 3 = 1");
        sql.execute("update security_model set province_code = case province_code when '01' then '04' else '01' end where " + MINE
                + " and id % 11 = 7");
        sql.execute("update security_model set name = name || ' (đổi tên)', updated_at = now() where " + MINE + " and id % 3 = 0");
        // History: changes moved to other days and months, other statuses.
        sql.execute("update model_status_change set effective_date = effective_date + 40 where " + mine + " and id % 5 = 0");
        sql.execute("update model_status_change set to_status = 'PILOT' where " + mine + " and id % 7 = 3");
        // Sites: dissolved, reopened, other counts, another commune, another model, established later.
        sql.execute("update model_site set dissolved_on = established_on + 60 where " + mine + " and dissolved_on is null and id % 4 = 0");
        sql.execute("update model_site set dissolved_on = null where " + mine + " and id % 5 = 1");
        sql.execute("update model_site set teams = teams + 2, members = members + 11, cameras = coalesce(cameras, 0) + 1 where " + mine
                + " and id % 3 = 2");
        sql.execute("update model_site set commune_code = case province_code when '01' then '01904' else '04903' end where " + mine
                + " and id % 4 = 3");
        sql.execute("update model_site set model_id = (select min(id) from security_model where " + MINE + " and province_code = '01')"
                + " where " + mine + " and province_code = '01' and id % 7 = 0");
        sql.execute("update model_site set established_on = established_on + 45 where " + mine + " and id % 6 = 5"
                + " and (dissolved_on is null or dissolved_on >= established_on + 45)");
        sql.execute("update model_site set contact_phone = '0987654321' where " + mine + " and id % 2 = 0");
        // Reviews: exemplar or not, another period.
        sql.execute("update model_review set exemplar = not exemplar where " + mine + " and id % 4 = 0");
        sql.execute("update model_review set period_from = period_from + 70, period_to = period_to + 70 where " + mine + " and id % 5 = 3");
        // Recognitions: the other result, the next year, another province and commune.
        sql.execute("update safe_unit_recognition set result = case result when 'PASSED' then 'FAILED' else 'PASSED' end where "
                + MY_RECOGNITIONS + " and id % 3 = 0");
        sql.execute("update safe_unit_recognition set recognition_year = recognition_year + 1 where " + MY_RECOGNITIONS + " and id % 4 = 1");
        sql.execute("update safe_unit_recognition set province_code = '01', commune_code = '01902' where " + MY_RECOGNITIONS
                + " and province_code = '04' and id % 5 = 2");
        // A type's setting, which both ways read at query time.
        sql.execute("update model_type set setting = 'BORDER_AREA' where code = 'AGG_TYPE_C'");
    }

    private void deleteSomeRecords() {
        String mine = "model_id in (select id from security_model where " + MINE + ")";
        sql.execute("delete from model_site where " + mine + " and id % 9 = 8");
        sql.execute("delete from model_status_change where " + mine + " and id % 6 = 1");
        sql.execute("delete from model_review where " + mine + " and id % 7 = 6");
        sql.execute("delete from safe_unit_recognition where " + MY_RECOGNITIONS + " and id % 4 = 0");
        // Models go with their sites, history and reviews, several in one statement.
        sql.execute("delete from security_model where " + MINE + " and id % 10 = 9");
    }

    private void deleteAllRecords() {
        sql.execute("delete from security_model where " + MINE);
        sql.execute("delete from safe_unit_recognition where " + MY_RECOGNITIONS);
        sql.execute("delete from model_tally where source_document = 'Báo cáo tổng hợp'");
        sql.execute("update model_type set setting = 'RESIDENTIAL_AREA' where code = 'AGG_TYPE_C'");
    }

    /** Rows of (name, province, type, lead organisation, start, status, status since). */
    private void insertModels(List<String> rows) {
        sql.execute("insert into security_model (name, province_code, type_code, lead_organisation, start_date, status, status_since)"
                + " select * from (values " + String.join(", ", rows) + ") as v(name, province_code, type_code, lead_organisation,"
                + " start_date, status, status_since)");
    }

    /** Rows of (model name, status, effective date). */
    private void insertHistory(List<String> rows) {
        sql.execute("insert into model_status_change (model_id, to_status, effective_date, changed_by, changed_at) select m.id, v.status,"
                + " v.day, 'Kiểm thử', now() from (values " + String.join(", ", rows) + ") as v(name, status, day)"
                + " join security_model m on m.name = v.name");
    }

    /** Rows of (model id, province, commune, teams, members, cameras, established, dissolved). */
    private void insertSites(List<String> rows) {
        sql.execute("insert into model_site (model_id, province_code, commune_code, place_name, place_kind, teams, members, cameras,"
                + " established_on, dissolved_on, created_at, updated_at) select v.model_id, v.province_code, v.commune_code, 'Ấp tổng hợp',"
                + " 'HAMLET', v.teams, v.members, v.cameras, v.established_on, v.dissolved_on, now(), now() from (values "
                + String.join(", ", rows) + ") as v(model_id, province_code, commune_code, teams, members, cameras, established_on,"
                + " dissolved_on)");
    }

    private void insertSites(long model, String commune, String established, int count) {
        sql.execute("insert into model_site (model_id, province_code, commune_code, place_name, place_kind, teams, members, established_on,"
                + " created_at, updated_at) select " + model + ", '" + commune.substring(0, 2) + "', '" + commune + "', 'Ấp ' || n, 'HAMLET',"
                + " 1, 8, date '" + established + "', now(), now() from generate_series(1, " + count + ") n");
    }

    private long insertModel(String province, String type, String lead, String start, String status, String since) {
        return sql.count("insert into security_model (name,"
                + " province_code, type_code, lead_organisation, start_date, status, status_since) values ('Mô hình riêng', '" + province
                + "', '" + type + "', '" + lead + "', date '" + start + "', '" + status + "', date '" + since + "') returning id");
    }

    private void insertStatusChange(long model, String status, String day) {
        sql.execute("insert into model_status_change (model_id, to_status, effective_date, changed_by, changed_at) values (" + model + ", '"
                + status + "', date '" + day + "', 'Kiểm thử', now())");
    }

    // --- comparing ----------------------------------------------------------------------------------------------------

    /** Every window, grouping and province, answered from the aggregates and from the records: the same body. */
    private void assertSameBothWays(String phase, boolean figuresRequired) {
        Map<String, String> fromAggregates = answers();
        Map<String, String> fromRecords;
        ModelStatisticsRepository repository = ClientProxy.unwrap(statistics);
        repository.useMonthlyAggregates(false);
        try {
            fromRecords = answers();
        } finally {
            repository.useMonthlyAggregates(true);
        }
        List<String> differences = new ArrayList<>();
        fromRecords.forEach((request, body) -> {
            if (!body.equals(fromAggregates.get(request))) {
                differences.add(phase + ", " + request + "\n  records:    " + body + "\n  aggregates: " + fromAggregates.get(request));
            }
        });
        assertEquals(List.of(), differences);
        if (figuresRequired) {
            TreeSet<String> zero = new TreeSet<>(RECORD_FIGURES);
            Set<String> statuses = new TreeSet<>();
            boolean modelWithoutActiveSite = false;
            for (Map.Entry<String, String> answer : fromRecords.entrySet()) {
                JsonPath json = JsonPath.from(answer.getValue());
                RECORD_FIGURES.stream().filter(f -> json.getInt("totals." + f + ".records") > 0).forEach(zero::remove);
                if (answer.getKey().contains("groupBy=status")) {
                    statuses.addAll(json.getList("groups.findAll { it.models.records > 0 }.key", String.class));
                }
                if (answer.getKey().contains("groupBy=commune")) {
                    modelWithoutActiveSite |= json.getInt("groups.findAll { it.key == null && it.models.records > 0 }.size()") > 0;
                }
            }
            assertEquals(Collections.emptySet(), zero, "figures the data set leaves at 0 in every window");
            assertEquals(new TreeSet<>(List.of(STATUSES)), statuses, "statuses models count under in some window");
            assertTrue(modelWithoutActiveSite, "some window has a model without a site active in it");
        }
    }

    private Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String[] w : WINDOWS) {
            for (String groupBy : GROUPINGS) {
                for (String province : PROVINCES) {
                    answers.put(w[0] + ".." + w[1] + " groupBy=" + groupBy + " province=" + province,
                            window(w[0], w[1], province, groupBy).when().get(PATH).then().statusCode(200).extract().asString());
                }
            }
        }
        return answers;
    }

    /** Each aggregate (with its pending changes) is what the records give when it is built from scratch. */
    private void assertSameAsFromScratch(String phase) {
        String key = "dimension, province_code, value, first_month::text, last_month::text";
        assertEquals(sql.rows("select " + key + ", models, sites, teams, members, cameras, exemplars from model_monthly_rows("
                + "array(select id from security_model), null, null, null, null) order by 1, 2, 3, 4, 5"),
                sql.rows("select " + key + ", sum(models)::bigint, sum(sites)::bigint, sum(teams)::bigint, sum(members)::bigint,"
                        + " sum(cameras)::bigint, sum(exemplars)::bigint from (select * from model_monthly union all select * from"
                        + " model_monthly_pending) m group by 1, 2, 3, 4, 5 having sum(models) <> 0 or sum(sites) <> 0 or sum(teams) <> 0"
                        + " or sum(members) <> 0 or sum(cameras) <> 0 or sum(exemplars) <> 0 order by 1, 2, 3, 4, 5"),
                phase + ": models, sites and exemplars");
        assertEquals(sql.rows("select province_code, commune_code, recognition_year, count(*) filter (where result = 'PASSED'),"
                + " count(*) filter (where result = 'FAILED') from safe_unit_recognition group by 1, 2, 3 order by 1, 2, 3"),
                sql.rows("select province_code, commune_code, recognition_year, sum(passed)::bigint, sum(failed)::bigint from (select * from"
                        + " recognition_yearly union all select * from recognition_yearly_pending) r group by 1, 2, 3"
                        + " having sum(passed) <> 0 or sum(failed) <> 0 order by 1, 2, 3"),
                phase + ": recognitions");
    }

    // --- compaction ---------------------------------------------------------------------------------------------------

    private CompactionControl compactionControl() {
        return new CompactionControl(dataSource, compaction);
    }

    private long pendingRows() {
        return sql.count("select (select count(*) from model_monthly_pending) + (select count(*) from recognition_yearly_pending)");
    }

    // --- helpers ------------------------------------------------------------------------------------------------------

    private static RequestSpecification window(String from, String to, String province, String groupBy) {
        RequestSpecification request = given().auth().oauth2(ADMIN).queryParam("from", from).queryParam("to", to);
        if (province != null) {
            request = request.queryParam("province", province);
        }
        return groupBy == null ? request : request.queryParam("groupBy", groupBy);
    }

    private static JsonPath json(RequestSpecification request) {
        return request.when().get(PATH).then().statusCode(200).extract().jsonPath();
    }

    /** A figure's records part; 0 when the group is not in the response. */
    private static int figure(JsonPath json, String path) {
        Integer records = json.get(path + ".records");
        return records == null ? 0 : records;
    }

    private static String date(LocalDate day) {
        return day == null ? "cast(null as date)" : "date '" + day + "'";
    }
}
