package vn.gov.antq.staffing.repository;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * The monthly aggregates (db/migration V8, V8_1, V8_2) give exactly the figures of the records: every whole-month window
 * below, every grouping, with and without a province, answers the same from the aggregates as from the records, over
 * a random but seeded data set in two provinces no other test uses (Hà Nội 01 and Cao Bằng 04, communes 01901–01906 and
 * 04901–04907 made up for it), through inserts (in bulk and one by one), updates of every kind that moves a figure,
 * and deletes, each before the pending changes are folded in and after. Postings end on the last day of a month, on
 * the 1st, within the month they started and open; memberships start before their team and outlive it; courses lie
 * before and after the reform; a commune ends and communes change type within the windows.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class StaffingStatisticsAggregateTest {

    private static final String PATH = "/api/v1/staffing-statistics";
    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    /** Whole-month windows: before the reform, up to its eve, across it, one month, a year from it, a calendar year, a quarter, later. */
    private static final List<String[]> WINDOWS = List.of(new String[] { "2024-07-01", "2024-12-31" },
            new String[] { "2025-01-01", "2025-06-30" }, new String[] { "2025-05-01", "2025-08-31" },
            new String[] { "2025-07-01", "2025-07-31" }, new String[] { "2025-07-01", "2026-06-30" },
            new String[] { "2026-01-01", "2026-12-31" }, new String[] { "2026-02-01", "2026-04-30" },
            new String[] { "2026-09-01", "2026-09-30" }, new String[] { "2027-01-01", "2027-12-31" });
    private static final List<String> GROUPINGS = java.util.Arrays.asList(null, "province", "commune");
    private static final List<String> PROVINCES = java.util.Arrays.asList(null, "01", "04");
    /** The record figures that must not all be 0 somewhere, or the comparison proves little. */
    private static final List<String> RECORD_FIGURES = List.of("communes", "communesWithRegularPolice", "regularOfficers", "chiefs",
            "deputies", "officers", "unitsMeetingNorm", "vacancies", "grassrootsTeams", "grassrootsMembers", "hamletsCovered",
            "trainings", "trainingParticipants");
    private static final String[] COMMUNES = { "01901", "01902", "01903", "01904", "01905", "01906", "04901", "04902", "04903", "04904",
            "04905", "04906" };
    /** Only the concurrency test's team lives here. */
    private static final String LOCKED_COMMUNE = "04907";
    private static final String[] POSITIONS = { "CHIEF", "DEPUTY", "OFFICER", "OFFICER", "OFFICER" };

    private static boolean built;

    @Inject
    DataSource dataSource;

    private DirectSql sql;

    @Inject
    AggregateCompaction compaction;

    @Inject
    StaffingStatisticsRepository statistics;

    @BeforeEach
    void communesAndUnits() {
        sql = new DirectSql(dataSource);
        if (built) {
            return;
        }
        StringBuilder communes = new StringBuilder();
        StringBuilder types = new StringBuilder();
        for (String code : allCommunes()) {
            // 01906 ends in the middle of a window; the odd ones become phường on 2026-09-20.
            String until = code.equals("01906") ? "date '2026-03-15'" : "null";
            communes.append(communes.isEmpty() ? "" : ", ").append("('").append(code).append("', 'Xã Tổng Hợp ").append(code).append("', '")
                    .append(code, 0, 2).append("', date '2025-07-01', ").append(until).append(')');
            int n = code.charAt(4) - '0';
            if (code.equals("01906")) {
                types.append(", ('01906', date '2025-07-01', date '2026-03-15', 'XA')");
            } else if (n % 2 == 1) {
                types.append(", ('").append(code).append("', date '2025-07-01', date '2026-09-19', 'XA'), ('").append(code)
                        .append("', date '2026-09-20', null, 'PHUONG')");
            } else {
                types.append(", ('").append(code).append("', date '2025-07-01', null, '").append(n == 4 ? "DAC_KHU" : "PHUONG").append("')");
            }
        }
        sql.execute("insert into commune (code, name, province_code, valid_from, valid_to) values " + communes);
        sql.execute("insert into commune_type_period (commune_code, valid_from, valid_to, type) values " + types.substring(2));
        String[] regularSince = { "date '2025-07-01'", "date '2026-02-14'", "null", "date '2027-01-01'", "date '2025-10-31'" };
        StringBuilder units = new StringBuilder();
        List<String> codes = allCommunes();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            units.append(units.isEmpty() ? "" : ", ").append("('").append(code, 0, 2).append("', '").append(code)
                    .append("', 'Công an xã Tổng Hợp ").append(code).append("', 'Trụ sở', ").append(regularSince[i % regularSince.length])
                    .append(", now(), now())");
        }
        sql.execute("insert into police_unit (province_code, commune_code, name, address, regular_since, created_at, updated_at) values " + units);
        built = true;
    }

    @Test
    void everyWholeMonthWindowGroupingAndProvinceGivesTheRecordsFiguresThroughInsertsUpdatesAndDeletes() throws SQLException {
        Random random = new Random(20260701);
        compactionControl().holding(() -> {
            insertRecords(random);
            assertTrue(pendingRows() > 0, "the first comparison reads pending changes");
            assertSameBothWays("inserted, pending", true);
        });
        compactionControl().compactNow();
        assertEquals(0, pendingRows());
        assertSameBothWays("inserted, compacted", false);

        compactionControl().holding(() -> {
            updateRecords(random);
            assertSameBothWays("updated, pending", false);
        });
        compactionControl().compactNow();
        assertSameBothWays("updated, compacted", false);

        compactionControl().holding(() -> {
            deleteSomeRecords(random);
            assertSameBothWays("some deleted, pending", false);
        });
        compactionControl().compactNow();
        assertSameBothWays("some deleted, compacted", false);

        deleteAllRecords();
        assertSameBothWays("all deleted", false);
        compactionControl().compactNow();
        assertSameAsFromScratch("all deleted");
        // Province 01 has no records of the other tests here: nothing of it is left.
        assertEquals(List.of(0L, 0L, 0L), List.of(
                sql.count("select count(*) from police_staffing_monthly m join police_unit u on u.id = m.police_unit_id where u.province_code = '01'"),
                sql.count("select count(*) from grassroots_force_monthly where province_code = '01'"),
                sql.count("select count(*) from training_course_monthly where province_code = '01'")));
    }

    @Test
    void theAggregatesAreWhatWholeMonthWindowsRead() {
        // A change written straight into each pending table (and undone after) shows in whole-month windows only.
        long unit = sql.count("select id from police_unit where commune_code = '01901'");
        String[] change = { "insert into police_staffing_monthly_pending values (" + unit + ", date '2026-05-01', 0, 0, %d)",
                "insert into grassroots_force_monthly_pending values ('01', '01901', date '2026-05-01', %d, 0, 0)",
                "insert into training_course_monthly_pending values ('01', '01901', date '2026-05-01', date '2026-05-01', %d, 0)" };
        JsonPath before = json(window("2026-05-01", "2026-05-31", "01", "commune"));
        for (String statement : change) {
            sql.execute(String.format(statement, 3));
        }
        try {
            JsonPath month = json(window("2026-05-01", "2026-05-31", "01", "commune"));
            JsonPath day = json(given().auth().oauth2(ADMIN).queryParam("asOf", "2026-05-31").queryParam("province", "01")
                    .queryParam("groupBy", "commune"));
            String group = "groups.find { it.key == '01901' }.";
            assertEquals(before.getInt(group + "officers.records") + 3, month.getInt(group + "officers.records"));
            assertEquals(before.getInt(group + "grassrootsTeams.records") + 3, month.getInt(group + "grassrootsTeams.records"));
            assertEquals(before.getInt(group + "trainings.records") + 3, month.getInt(group + "trainings.records"));
            assertEquals(before.getInt("totals.officers.records") + 3, month.getInt("totals.officers.records"));
            // A single day counts the records.
            assertEquals(before.getInt(group + "officers.records"), day.getInt(group + "officers.records"));
            assertEquals(before.getInt(group + "grassrootsTeams.records"), day.getInt(group + "grassrootsTeams.records"));
        } finally {
            for (String statement : change) {
                sql.execute(String.format(statement, -3));
            }
        }
        assertEquals(before.prettify(), json(window("2026-05-01", "2026-05-31", "01", "commune")).prettify());
    }

    @Test
    void eachStatementAddsOnePendingRowPerGroupAndTheAggregatesEqualOnesBuiltFromScratch() throws SQLException {
        long team = insertTeam("04901", "Thôn Nhiều Người", "2025-08-01", null);
        compactionControl().holding(() -> {
            long before = sql.count("select count(*) from grassroots_force_monthly_pending");
            String september = " from grassroots_force_monthly_pending where commune_code = '04901' and month = date '2025-09-01'";
            long members = sql.count("select sum(members)" + september);
            long covered = sql.count("select sum(hamlets_covered)" + september);
            sql.execute("insert into grassroots_member (team_id, province_code, commune_code, full_name, role, birth_date, residence_since,"
                    + " joined_on, created_at, updated_at) select " + team + ", '04', '04901', 'Thành Viên ' || n, 'MEMBER',"
                    + " date '1980-01-01', date '1990-01-01', date '2025-09-01' + (n % 20), now(), now() from generate_series(1, 200) n");
            assertEquals(1L, sql.count("select count(*) from grassroots_force_monthly_pending") - before,
                    "200 members joining in one month of one commune: one pending row");
            assertEquals(List.of(200L, 1L), List.of(sql.count("select sum(members)" + september) - members,
                    sql.count("select sum(hamlets_covered)" + september) - covered));
            sql.execute("update grassroots_member set phone = '0912345678' where team_id = " + team);
            sql.execute("update police_posting set notes = 'Đã rà soát' where id in (select id from police_posting limit 50)");
            assertEquals(1L, sql.count("select count(*) from grassroots_force_monthly_pending") - before,
                    "updates that move no figure add nothing");
            assertSameAsFromScratch("pending");
        });
        compactionControl().compactNow();
        assertEquals(0, pendingRows());
        assertSameAsFromScratch("compacted");
        sql.execute("delete from grassroots_member where team_id = " + team);
        sql.execute("delete from grassroots_team where id = " + team);
        assertSameAsFromScratch("deleted");
    }

    @Test
    void twoWritersGivingAnEmptyTeamItsFirstMembersAtOnceCoverTheHamletOnce() throws Exception {
        long team = insertTeam(LOCKED_COMMUNE, "Thôn Cùng Lúc", "2025-08-01", null);
        String member = "insert into grassroots_member (team_id, province_code, commune_code, full_name, role, birth_date, residence_since,"
                + " joined_on, created_at, updated_at) values (" + team + ", '04', '" + LOCKED_COMMUNE + "', 'Người %s', 'MEMBER',"
                + " date '1980-01-01', date '1990-01-01', date '2025-09-10', now(), now())";
        // The second writer's trigger waits for the first one's lock on the team: without it, neither would see the
        // other's member and both would count the hamlet as newly covered.
        ConcurrentWriters.secondWaitsForFirst(dataSource, String.format(member, "Thứ Nhất"), String.format(member, "Thứ Hai"));
        assertEquals(List.of(1L, 2L), List.of(
                sql.count("select sum(hamlets_covered) from (select commune_code, month, hamlets_covered from grassroots_force_monthly"
                        + " union all select commune_code, month, hamlets_covered from grassroots_force_monthly_pending) m"
                        + " where commune_code = '" + LOCKED_COMMUNE + "'"),
                sql.count("select sum(members) from (select commune_code, members from grassroots_force_monthly"
                        + " union all select commune_code, members from grassroots_force_monthly_pending) m"
                        + " where commune_code = '" + LOCKED_COMMUNE + "'")));
        JsonPath commune = json(window("2025-09-01", "2025-09-30", "04", "commune"));
        assertEquals(1, commune.getInt("groups.find { it.key == '" + LOCKED_COMMUNE + "' }.hamletsCovered.records"));
        assertSameAsFromScratch("after two writers at once");
    }

    @Test
    void repeatableReadWritersOfTheForceAreRefused() throws SQLException {
        long team = insertTeam("04902", "Thôn Đọc Lặp", "2025-08-01", null);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("update grassroots_team set notes = 'x' where id = " + team);
                fail("a REPEATABLE READ write of a team was accepted");
            } catch (SQLException e) {
                assertTrue(e.getMessage().contains("READ COMMITTED"), e.getMessage());
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        }
    }

    // --- the data set -------------------------------------------------------------------------------------------------

    private void insertRecords(Random random) {
        List<String> units = allCommunes().subList(0, COMMUNES.length);
        StringBuilder officers = new StringBuilder();
        for (int k = 1; k <= 160; k++) {
            officers.append(officers.isEmpty() ? "" : ", ").append("('").append(k % 2 == 0 ? "01" : "04").append("', 'Tổng Hợp ").append(k)
                    .append("', 1985, 'DAI_UY', 'MALE', now(), now())");
        }
        sql.execute("insert into police_officer (province_code, full_name, birth_year, rank, gender, created_at, updated_at) values " + officers);
        List<String> postings = new ArrayList<>();
        for (int k = 1; k <= 160; k++) {
            LocalDate from = LocalDate.of(2025, 7, 1).plusDays(random.nextInt(600));
            for (int n = 0; n < 3; n++) {
                LocalDate to = switch (random.nextInt(6)) {
                    case 0 -> null;
                    case 1 -> from.withDayOfMonth(from.lengthOfMonth());
                    case 2 -> from.plusDays(random.nextInt(20));
                    case 3 -> from.plusDays(30 + random.nextInt(400));
                    case 4 -> max(from, from.plusDays(random.nextInt(300)).withDayOfMonth(1));
                    default -> from.plusMonths(1 + random.nextInt(5)).withDayOfMonth(1).minusDays(1);
                };
                postings.add("('Tổng Hợp " + k + "', '" + units.get(random.nextInt(units.size())) + "', '" + POSITIONS[random.nextInt(5)]
                        + "', date '" + from + "', " + date(to) + ")");
                if (to == null) {
                    break;
                }
                from = to.plusDays(1 + (random.nextBoolean() ? 0 : random.nextInt(60)));
            }
        }
        // Most in one statement (as a bulk load), the rest one by one.
        int bulk = postings.size() * 2 / 3;
        insertPostings(postings.subList(0, bulk));
        postings.subList(bulk, postings.size()).forEach(p -> insertPostings(List.of(p)));

        List<Long> teams = new ArrayList<>();
        for (int k = 1; k <= 50; k++) {
            LocalDate established = LocalDate.of(2024, 7, 1).plusDays(random.nextInt(800));
            LocalDate dissolved = random.nextInt(4) == 0 ? established.plusDays(1 + random.nextInt(400)) : null;
            teams.add(insertTeam(units.get(random.nextInt(units.size())), "Thôn Tổng Hợp " + k, established.toString(),
                    dissolved == null ? null : dissolved.toString()));
        }
        List<String> members = new ArrayList<>();
        for (long team : teams) {
            for (int n = random.nextInt(5); n > 0; n--) {
                // Some join before their team exists, some stay after it is dissolved: only the overlap counts.
                members.add(team + ", (select established_on from grassroots_team where id = " + team + ") + " + (random.nextInt(500) - 60)
                        + ", " + (random.nextInt(3) == 0 ? String.valueOf(1 + random.nextInt(300)) : "cast(null as integer)"));
            }
        }
        int half = members.size() / 2;
        insertMembers(members.subList(0, half));
        members.subList(half, members.size()).forEach(m -> insertMembers(List.of(m)));

        for (int k = 1; k <= 40; k++) {
            LocalDate from = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1300));
            LocalDate to = from.plusDays(random.nextInt(70));
            if (from.isBefore(LocalDate.of(2025, 7, 1)) && !to.isBefore(LocalDate.of(2025, 7, 1))) {
                to = LocalDate.of(2025, 6, 30);
            }
            String commune = random.nextInt(3) == 0 ? null : units.get(random.nextInt(units.size()));
            String province = commune == null ? (random.nextBoolean() ? "01" : "04") : commune.substring(0, 2);
            boolean course = random.nextInt(6) != 0;
            sql.execute("insert into training (kind, course_name, period_from, period_to, reported_province_code, province_code,"
                    + " reported_commune_code, commune_code, trainee_group, participants, participants_counted, sessions, source_document,"
                    + " created_at, updated_at) values ('" + (course ? "COURSE" : "REPORTED_TOTAL") + "', 'Tổng hợp " + k + "', date '" + from
                    + "', date '" + to + "', '" + province + "', '" + province + "', " + quoted(commune) + ", " + quoted(commune)
                    + ", 'GUARDS', " + (1 + random.nextInt(120)) + ", 'PERSONS', " + (random.nextBoolean() ? "null" : 1 + random.nextInt(5))
                    + ", " + (course ? "null" : "'Báo cáo tổng hợp'") + ", now(), now())");
        }
    }

    private void updateRecords(Random random) {
        String mine = "officer_id in (select id from police_officer where full_name like 'Tổng Hợp %')";
        // Postings: end earlier (in bulk), move to another unit and province, change position, start later, reopen the last.
        sql.execute("update police_posting set to_date = from_date + cast((to_date - from_date) * (id % 3) / 3 as integer) where " + mine
                + " and to_date is not null and id % 4 = 0");
        sql.execute("update police_posting p set police_unit_id = u.id, province_code = u.province_code, commune_code = u.commune_code"
                + " from police_unit u where u.commune_code = (case when p.province_code = '01' then '04903' else '01902' end)"
                + " and p." + mine + " and p.id % 7 = 1");
        sql.execute("update police_posting set position = case position when 'OFFICER' then 'CHIEF' when 'CHIEF' then 'DEPUTY' else 'OFFICER' end"
                + " where " + mine + " and id % 5 = 2");
        sql.execute("update police_posting set from_date = least(from_date + 45, coalesce(to_date, from_date + 45)) where " + mine
                + " and id % 6 = 3");
        sql.execute("update police_posting p set to_date = null where p." + mine + " and p.to_date is not null and p.id % 3 = 0"
                + " and not exists (select 1 from police_posting q where q.officer_id = p.officer_id and q.from_date > p.from_date)");
        sql.execute("update police_posting set to_date = (date_trunc('month', from_date) + interval '2 months' - interval '1 day')::date"
                + " where " + mine + " and id % 11 = 5 and (to_date is null or to_date > (date_trunc('month', from_date) + interval"
                + " '2 months' - interval '1 day')::date)");
        // Teams: dissolved, revived, established earlier, moved to the other province.
        String teams = "hamlet_name like 'Thôn Tổng Hợp %'";
        sql.execute("update grassroots_team set dissolved_on = established_on + 100 where " + teams + " and dissolved_on is null and id % 4 = 1");
        sql.execute("update grassroots_team set dissolved_on = null where " + teams + " and dissolved_on is not null and id % 3 = 0");
        sql.execute("update grassroots_team set established_on = greatest(date '2024-07-01', established_on - 75) where " + teams
                + " and id % 5 = 2 and (dissolved_on is null or dissolved_on > greatest(date '2024-07-01', established_on - 75))");
        sql.execute("update grassroots_team set province_code = '04', commune_code = '04904' where " + teams + " and province_code = '01'"
                + " and id % 6 = 1");
        // Members: leave, join earlier or later, move to another team; one by one, as the API writes them.
        List<Long> members = sql.longs("select id from grassroots_member where full_name like 'Thành Viên Tổng Hợp%' order by id");
        List<Long> allTeams = sql.longs("select id from grassroots_team where " + teams + " order by id");
        for (int i = 0; i < members.size(); i += 3) {
            long id = members.get(i);
            switch (random.nextInt(4)) {
                case 0 -> sql.execute("update grassroots_member set left_on = joined_on + " + (1 + random.nextInt(200)) + " where id = " + id);
                case 1 -> sql.execute("update grassroots_member set left_on = null where id = " + id);
                case 2 -> sql.execute("update grassroots_member set joined_on = joined_on + " + (random.nextInt(120) - 60)
                        + " where id = " + id + " and (left_on is null or left_on > joined_on + " + 60 + ")");
                default -> sql.execute("update grassroots_member set team_id = " + allTeams.get(random.nextInt(allTeams.size())) + " where id = " + id);
            }
        }
        // Courses: period, participants, commune, province, kind.
        String courses = "course_name like 'Tổng hợp %'";
        sql.execute("update training set period_from = period_from + 31, period_to = period_to + 31 where " + courses + " and id % 5 = 0"
                + " and (period_from >= date '2025-07-01' or period_to + 31 < date '2025-07-01')");
        sql.execute("update training set participants = participants + 7 where " + courses + " and id % 4 = 1");
        sql.execute("update training set commune_code = null, reported_commune_code = null where " + courses + " and id % 6 = 2");
        sql.execute("update training set province_code = case province_code when '01' then '04' else '01' end, reported_province_code ="
                + " case province_code when '01' then '04' else '01' end, commune_code = null, reported_commune_code = null where "
                + courses + " and id % 7 = 3");
        sql.execute("update training set kind = 'REPORTED_TOTAL', source_document = 'Báo cáo tổng hợp' where " + courses
                + " and kind = 'COURSE' and id % 8 = 4");
        sql.execute("update training set kind = 'COURSE' where " + courses + " and kind = 'REPORTED_TOTAL' and id % 2 = 1");
        // Read as they are, without an aggregate: when a unit became regular and a commune's type.
        sql.execute("update police_unit set regular_since = date '2026-04-30' where commune_code in ('01903', '04901')");
        sql.execute("update commune_type_period set valid_to = date '2026-06-14' where commune_code = '04902' and valid_to is null");
        sql.execute("insert into commune_type_period (commune_code, valid_from, valid_to, type) values ('04902', date '2026-06-15', null, 'XA')");
    }

    private void deleteSomeRecords(Random random) {
        for (long id : sql.longs("select id from police_posting where officer_id in (select id from police_officer where full_name like"
                + " 'Tổng Hợp %') and id % 9 = 4 order by id")) {
            sql.execute("delete from police_posting where id = " + id);
        }
        sql.execute("delete from grassroots_member where full_name like 'Thành Viên Tổng Hợp%' and id % 5 = 0");
        List<Long> teams = sql.longs("select id from grassroots_team where hamlet_name like 'Thôn Tổng Hợp %' order by id");
        for (int i = 0; i < 4; i++) {
            long team = teams.get(random.nextInt(teams.size()));
            sql.execute("delete from grassroots_member where team_id = " + team);
            sql.execute("delete from grassroots_team where id = " + team);
        }
        sql.execute("delete from training where course_name like 'Tổng hợp %' and id % 5 = 1");
    }

    private void deleteAllRecords() {
        sql.execute("delete from police_posting where officer_id in (select id from police_officer where full_name like 'Tổng Hợp %')");
        sql.execute("delete from police_officer where full_name like 'Tổng Hợp %'");
        sql.execute("delete from grassroots_member where full_name like 'Thành Viên Tổng Hợp%'");
        sql.execute("delete from grassroots_team where hamlet_name like 'Thôn Tổng Hợp %'");
        sql.execute("delete from training where course_name like 'Tổng hợp %'");
    }

    private void insertPostings(List<String> rows) {
        sql.execute("insert into police_posting (officer_id, police_unit_id, province_code, commune_code, position, from_date, to_date,"
                + " decision_ref, created_at, updated_at) select o.id, u.id, u.province_code, u.commune_code, v.position, v.from_date,"
                + " v.to_date, 'QĐ tổng hợp', now(), now() from (values " + String.join(", ", rows)
                + ") as v(officer, commune, position, from_date, to_date) join police_officer o on o.full_name = v.officer"
                + " join police_unit u on u.commune_code = v.commune");
    }

    /** Rows of (team id, joined on, left after so many days or null). */
    private void insertMembers(List<String> rows) {
        sql.execute("insert into grassroots_member (team_id, province_code, commune_code, full_name, role, birth_date, residence_since,"
                + " joined_on, left_on, created_at, updated_at) select t.id, t.province_code, t.commune_code, 'Thành Viên Tổng Hợp',"
                + " 'MEMBER', date '1970-01-01', date '1980-01-01', v.joined_on, v.joined_on + v.days, now(), now() from (values "
                + String.join(", ", rows.stream().map(r -> "(" + r + ")").toList()) + ") as v(team, joined_on, days)"
                + " join grassroots_team t on t.id = v.team");
    }

    private long insertTeam(String commune, String hamlet, String established, String dissolved) {
        return sql.count("insert into grassroots_team"
                + " (province_code, commune_code, hamlet_name, hamlet_kind, established_on, dissolved_on, created_at, updated_at) values ('"
                + commune.substring(0, 2) + "', '" + commune + "', '" + hamlet + "', 'HAMLET', date '" + established + "', "
                + (dissolved == null ? "null" : "date '" + dissolved + "'") + ", now(), now()) returning id");
    }

    // --- comparing ----------------------------------------------------------------------------------------------------

    /** Every window, grouping and province, answered from the aggregates and from the records: the same body. */
    private void assertSameBothWays(String phase, boolean figuresRequired) {
        Map<String, String> fromAggregates = answers();
        Map<String, String> fromRecords;
        StaffingStatisticsRepository repository = ClientProxy.unwrap(statistics);
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
            fromRecords.values().forEach(body -> {
                JsonPath json = JsonPath.from(body);
                RECORD_FIGURES.stream().filter(f -> json.getInt("totals." + f + ".records") > 0).forEach(zero::remove);
            });
            assertEquals(Collections.emptySet(), zero, "figures the data set leaves at 0 in every window");
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
        assertEquals(sql.rows("select police_unit_id::text, month::text, sum(chiefs)::bigint, sum(deputies)::bigint, sum(officers)::bigint"
                + " from (select c.* from police_posting p cross join lateral police_posting_changes(p.police_unit_id, p.position, p.from_date,"
                + " p.to_date, 1) c) c group by 1, 2 having sum(chiefs) <> 0 or sum(deputies) <> 0 or sum(officers) <> 0 order by 1, 2"),
                sql.rows("select police_unit_id::text, month::text, sum(chiefs)::bigint, sum(deputies)::bigint, sum(officers)::bigint"
                        + " from (select * from police_staffing_monthly union all select * from police_staffing_monthly_pending) m"
                        + " group by 1, 2 having sum(chiefs) <> 0 or sum(deputies) <> 0 or sum(officers) <> 0 order by 1, 2"),
                phase + ": postings");
        assertEquals(sql.rows("select province_code, commune_code, month::text, teams, members, hamlets_covered from grassroots_force_changes("
                + "(select array_agg(row(t.id, t.province_code, t.commune_code, t.established_on, t.dissolved_on)::grassroots_team_life)"
                + " from grassroots_team t), '{}', '{}') order by 1, 2, 3"),
                sql.rows("select province_code, commune_code, month::text, sum(teams)::bigint, sum(members)::bigint, sum(hamlets_covered)::bigint"
                        + " from (select * from grassroots_force_monthly union all select * from grassroots_force_monthly_pending) m"
                        + " group by 1, 2, 3 having sum(teams) <> 0 or sum(members) <> 0 or sum(hamlets_covered) <> 0 order by 1, 2, 3"),
                phase + ": grassroots force");
        assertEquals(sql.rows("select province_code, coalesce(commune_code, ''), staffing_month(period_from)::text,"
                + " staffing_month(period_to)::text, count(*), sum(participants) from training where kind = 'COURSE'"
                + " group by 1, 2, 3, 4 order by 1, 2, 3, 4"),
                sql.rows("select province_code, commune_code, from_month::text, to_month::text, sum(courses)::bigint, sum(participants)::bigint"
                        + " from (select * from training_course_monthly union all select * from training_course_monthly_pending) m"
                        + " group by 1, 2, 3, 4 having sum(courses) <> 0 or sum(participants) <> 0 order by 1, 2, 3, 4"),
                phase + ": courses");
    }

    // --- compaction ---------------------------------------------------------------------------------------------------

    private CompactionControl compactionControl() {
        return new CompactionControl(dataSource, compaction);
    }

    private long pendingRows() {
        return sql.count("select (select count(*) from police_staffing_monthly_pending) + (select count(*) from grassroots_force_monthly_pending)"
                + " + (select count(*) from training_course_monthly_pending)");
    }

    // --- helpers ------------------------------------------------------------------------------------------------------

    private static List<String> allCommunes() {
        List<String> codes = new ArrayList<>(List.of(COMMUNES));
        codes.add(LOCKED_COMMUNE);
        return codes;
    }

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

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String date(LocalDate day) {
        return day == null ? "cast(null as date)" : "date '" + day + "'";
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
