package vn.gov.antq.activities.repository;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import vn.gov.antq.commons.aggregates.AggregateCompaction;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.CompactionControl;
import vn.gov.antq.commons.testing.DirectSql;
import vn.gov.antq.activities.rest.StatisticsFixture;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

/**
 * The tips' monthly aggregates (V8) answer exactly as the tips and their histories: for windows of whole months — a
 * year before the reform, a half-year across 2025-07-01, single months on either side of it, two months, a quarter,
 * three years — every grouping of tip statistics (status included), nationally and for two provinces, gives the same
 * response body read from the aggregates as read from the records. Tips are received in Vietnam time near month edges
 * (2025-06-30T17:00Z is 2025-07-01 in Vietnam), with histories that change status within a month, across months and
 * before the tip was received, with ties and without any change. Compared after inserts, after updates (received_at
 * moved, province, commune, channel, category, outcomes and status changed), after status changes appended, moved,
 * re-targeted and deleted, after tips deleted with their histories and statements that write tips and histories at
 * once, each before and after compaction; the aggregates also equal a rebuild from scratch. Records are written in SQL,
 * so the triggers alone keep the aggregates.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class TipMonthlyAggregateEqualityTest {

    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    private static final String PATH = "/api/v1/tip-statistics";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String[]> WINDOWS = List.of(
            new String[] { "2024-01-01", "2024-12-31" },
            new String[] { "2025-04-01", "2025-09-30" },
            new String[] { "2025-06-01", "2025-06-30" },
            new String[] { "2025-07-01", "2025-07-31" },
            new String[] { "2025-06-01", "2025-07-31" },
            new String[] { "2026-01-01", "2026-03-31" },
            new String[] { "2024-01-01", "2026-12-31" });
    private static final List<String> GROUPINGS = Arrays.asList(null, "province", "commune", "channel", "category", "status");
    private static final List<String> PROVINCES = Arrays.asList(null, "75", "38");
    private static final String COMPACTION_FUNCTION = "antq_compact_tip_monthly";
    private static final String FIGURES = "tips, valuable, not_valuable, cases_solved, suspects_arrested, wanted_caught, wanted_surrendered";
    private static final String MINE = "summary like 'agg-tip%'";

    private static final String[] STATUSES = { "RECEIVED", "VERIFYING", "VALUABLE", "NOT_VALUABLE", "FORWARDED", "CLOSED" };
    private static final String[] CHANNELS = { "IN_PERSON", "HOTLINE", "VNEID", "MOBILE_APP", "MAIL", "SOCIAL_MEDIA", "OTHER" };
    private static final String[] CATEGORIES = { "DRUGS", "THEFT", "FRAUD", "GAMBLING", "WANTED_PERSON", "TRAFFIC", "OTHER" };
    // 14 is a province whose tips are all deleted again, so its groups net to zero before compaction.
    private static final String[] PROVINCES_OF_RECORDS = { "75", "75", "75", "79", "38", "14" };
    // Tips keep the commune as stored: current codes, an old one (as SQL may write it) and none.
    private static final String[] COMMUNES = { "25210", "25270", "25207", null };

    @Inject
    AggregateCompaction compaction;

    @Inject
    DataSource dataSource;

    private DirectSql sql;

    @BeforeEach
    void directSql() {
        sql = new DirectSql(dataSource);
    }

    @Inject
    TipStatisticsRepository tipStatistics;

    @Test
    void wholeMonthWindowsAnswerFromTheAggregatesExactlyAsFromTheRecords() throws SQLException {
        StatisticsFixture.loadCommunes();
        compaction.compactAll();
        Random random = new Random(20258);
        try {
            try (CompactionControl.Held held = holdCompaction()) {
                insertTips(random, 400);
                insertHistories(random, "true");
                // Single-row statements, tips that never get a history, and a tip with its first change in one statement.
                for (int i = 0; i < 10; i++) {
                    insertTips(random, 1);
                    insertHistories(random, "id % 2 = 0");
                }
                sql.execute("with t as (insert into tip (received_at, channel, category, province_code, commune_code, summary, status,"
                        + " status_since, created_at, updated_at) values (timestamptz '2025-06-30 17:30:00+00', 'HOTLINE', 'DRUGS', '75',"
                        + " '25210', 'agg-tip one statement', 'VALUABLE', now(), now(), now()) returning id, received_at)"
                        + " insert into tip_status_change (tip_id, to_status, effective_at, changed_by, changed_at)"
                        + " select id, 'RECEIVED', received_at, 'agg-tip', now() from t"
                        + " union all select id, 'VALUABLE', received_at + interval '30 days 7 hours', 'agg-tip', now() from t");
                insertTallies();
                assertTrue(sql.count("select count(*) from tip_monthly_pending") > 0, "the writes wait in the pending deltas");
                assertTrue(sql.count("select count(*) from tip where " + MINE + " and status_by_month = '{}'") > 0,
                        "some tips have no history: their status column decides");
                compareEverything("after inserts, before compaction");
            }
            compaction.compactAll();
            assertEquals(0, sql.count("select count(*) from tip_monthly_pending"), "compacted");
            compareEverything("after inserts, compacted");
            assertAggregatesEqualARebuild("after inserts");

            try (CompactionControl.Held held = holdCompaction()) {
                long pending = sql.count("select count(*) from tip_monthly_pending");
                sql.execute("update tip set updated_at = now(), summary = summary || ' ' where " + MINE);
                assertEquals(pending, sql.count("select count(*) from tip_monthly_pending"), "an update changing nothing counted adds no delta");
                updateTips();
                changeHistories(random);
                deleteTips();
                assertEquals(0, sql.count("select coalesce(sum(tips), 0) from (select province_code, tips from tip_monthly"
                        + " union all select province_code, tips from tip_monthly_pending) x where province_code = '14'"));
                assertTrue(sql.count("select count(*) from tip_monthly where province_code = '14'") > 0,
                        "groups whose tips were all deleted still have aggregate rows until compaction");
                compareEverything("after updates and deletes, before compaction");
                assertAggregatesEqualARebuild("after updates and deletes, before compaction");
            }
            compaction.compactAll();
            assertEquals(0, sql.count("select count(*) from tip_monthly_pending"), "compacted");
            assertEquals(0, sql.count("select count(*) from tip_monthly where (" + FIGURES + ") = (0, 0, 0, 0, 0, 0, 0)"),
                    "tip_monthly keeps no row that changes nothing");
            assertEquals(0, sql.count("select count(*) from tip_monthly where province_code = '14'"));
            compareEverything("after updates and deletes, compacted");
            assertAggregatesEqualARebuild("after updates and deletes, compacted");
        } finally {
            removeTheData();
        }
    }

    @Test
    void wholeMonthWindowsReadTheAggregatesOtherWindowsTheRecords() {
        // Deltas no tip stands behind (in a month no test uses), taken back at the end whether compacted or not.
        String delta = "insert into tip_monthly_pending values ('%1$s', '%2$s', '75', date '2031-05-01', date '2031-05-01',"
                + " %3$d, %3$d, 0, 0, 0, 0, 0)";
        sql.execute(String.format(delta, "province", "", 7), String.format(delta, "status", "FORWARDED", 7));
        try {
            as().queryParam("from", "2031-05-01").queryParam("to", "2031-05-31").when().get(PATH).then().statusCode(200)
                    .body("totals.received.records", equalTo(7)).body("totals.valuable.records", equalTo(7));
            as().queryParam("from", "2031-05-01").queryParam("to", "2031-05-31").queryParam("groupBy", "status").when().get(PATH).then()
                    .statusCode(200).body("groups.key", hasItem("FORWARDED"));
            as().queryParam("from", "2031-05-01").queryParam("to", "2031-05-30").when().get(PATH).then().statusCode(200)
                    .body("totals.received.records", equalTo(0));
            as().queryParam("from", "2031-05-02").queryParam("to", "2031-05-31").queryParam("groupBy", "status").when().get(PATH).then()
                    .statusCode(200).body("groups.key", not(hasItem("FORWARDED")));
        } finally {
            sql.execute(String.format(delta, "province", "", -7), String.format(delta, "status", "FORWARDED", -7));
        }
    }

    @Test
    void truncatingTheHistoryOrTheTipsKeepsTheAggregatesExact() throws SQLException {
        Random random = new Random(7);
        try {
            insertTips(random, 30);
            insertHistories(random, "true");
            // Rolled back again: other tests' tips stay. Compaction waits, so it never locks rows the truncations delete.
            try (CompactionControl.Held held = holdCompaction(); Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    assertTrue(DirectSql.count(statement, "select count(*) from tip where status_by_month <> '{}'") > 0);
                    statement.execute("truncate tip_status_change");
                    assertEquals(0, DirectSql.count(statement, "select count(*) from tip where status_by_month <> '{}'"
                            + " or first_valuable_at is not null or first_not_valuable_at is not null"), "no history left to summarise");
                    assertEquals(0, DirectSql.count(statement, differenceFromARebuild()), "aggregates of tips without history");
                    statement.execute("truncate tip cascade");
                    assertEquals(0, DirectSql.count(statement, "select count(*) from (select " + FIGURES + " from tip_monthly"
                            + " union all select " + FIGURES + " from tip_monthly_pending) x"));
                } finally {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        } finally {
            removeTheData();
        }
    }

    // --- comparison --------------------------------------------------------------------------------------------------

    private void compareEverything(String when) {
        Map<String, String> fromAggregates = responses();
        Map<String, String> fromRecords;
        TipStatisticsRepository tips = ClientProxy.unwrap(tipStatistics);
        tips.monthlyAggregates = false;
        try {
            fromRecords = responses();
        } finally {
            tips.monthlyAggregates = true;
        }
        for (Map.Entry<String, String> response : fromRecords.entrySet()) {
            assertEquals(response.getValue(), fromAggregates.get(response.getKey()), when + ": " + response.getKey());
        }
        // The data reach every window and grouping: the comparison is not between empty answers.
        for (String[] window : WINDOWS) {
            assertTrue(fromRecords.get(key(window, "province", null)).contains("\"key\":\"75\""), when + " " + window[0]);
            assertTrue(fromRecords.get(key(window, "status", null)).split("\"key\":\"").length > 3, when + " " + window[0]
                    + ": several statuses at the window's end");
        }
    }

    private static Map<String, String> responses() {
        Map<String, String> responses = new LinkedHashMap<>();
        for (String[] window : WINDOWS) {
            for (String province : PROVINCES) {
                for (String groupBy : GROUPINGS) {
                    RequestSpecification request = as().queryParam("from", window[0]).queryParam("to", window[1]);
                    if (groupBy != null) {
                        request.queryParam("groupBy", groupBy);
                    }
                    if (province != null) {
                        request.queryParam("province", province);
                    }
                    responses.put(key(window, groupBy, province), request.when().get(PATH).then().statusCode(200).extract().asString());
                }
            }
        }
        return responses;
    }

    private static String key(String[] window, String groupBy, String province) {
        return PATH + "?from=" + window[0] + "&to=" + window[1] + "&groupBy=" + groupBy + "&province=" + province;
    }

    private static RequestSpecification as() {
        return given().auth().oauth2(ADMIN);
    }

    /**
     * Every tip's history summary is its history's, and the aggregate with its pending deltas nets, per row, to what the
     * tips add from scratch: no stray delta even where no window looks.
     */
    private void assertAggregatesEqualARebuild(String when) {
        assertEquals(0, sql.count("select count(*) from tip t join tip_history_summaries(array(select id from tip)) h on h.tip_id = t.id"
                + " where (t.status_by_month, t.first_valuable_at, t.first_not_valuable_at)"
                + " is distinct from (h.status_by_month, h.first_valuable_at, h.first_not_valuable_at)"), when + ": summaries");
        assertTrue(sql.count("select count(*) from tip_monthly") > 0);
        assertEquals(0, sql.count(differenceFromARebuild()), when + ": aggregates");
    }

    /** The rows in which the aggregate and pending deltas differ from the tips' aggregates built from scratch. */
    private static String differenceFromARebuild() {
        String kept = "select dimension, value, province_code, received_month, change_month, " + sums("x") + " from (select * from tip_monthly"
                + " union all select * from tip_monthly_pending) x" + NON_ZERO_GROUPS.replace("%s", sums("x"));
        String rebuilt = "select c.dimension, c.value, c.province_code, c.received_month, c.change_month, " + sums("c")
                + " from tip t cross join lateral tip_monthly_changes(t, 1) c" + NON_ZERO_GROUPS.replace("%s", sums("c"));
        return "select count(*) from ((" + kept + " except all " + rebuilt + ") union all (" + rebuilt + " except all " + kept + ")) d";
    }

    private static final String NON_ZERO_GROUPS = " group by 1, 2, 3, 4, 5 having (%s) <> (0, 0, 0, 0, 0, 0, 0)";

    private static String sums(String alias) {
        return Arrays.stream(FIGURES.split(", ")).map(f -> "sum(" + alias + "." + f + ")").collect(Collectors.joining(", "));
    }

    // --- data --------------------------------------------------------------------------------------------------------

    private void insertTips(Random random, int n) {
        StringJoiner rows = new StringJoiner(", ");
        for (int i = 0; i < n; i++) {
            Instant received = receivedAt(random);
            String status = pick(random, STATUSES);
            rows.add("(" + instant(received) + ", " + quote(pick(random, CHANNELS)) + ", " + quote(pick(random, CATEGORIES)) + ", "
                    + quote(pick(random, PROVINCES_OF_RECORDS)) + ", " + quote(pick(random, COMMUNES)) + ", 'agg-tip " + i + "', "
                    + quote(status) + ", " + instant(received) + ", " + random.nextInt(3) + ", " + random.nextInt(4) + ", "
                    + random.nextInt(2) + ", " + random.nextInt(2) + ", now(), now())");
        }
        sql.execute("insert into tip (received_at, channel, category, province_code, commune_code, summary, status, status_since, cases_solved,"
                + " suspects_arrested, wanted_caught, wanted_surrendered, created_at, updated_at) values " + rows);
    }

    /**
     * Histories for this test's tips that have none (of those matching {@code which}), in one statement: none for some
     * tips, up to five changes from a few days before reception to months after, some at the same instant (ties go by id),
     * some exactly at a Vietnamese month's first midnight.
     */
    private void insertHistories(Random random, String which) {
        StringJoiner rows = new StringJoiner(", ");
        for (List<Object> tip : sql.rows("select id, received_at from tip where " + MINE + " and " + which + " and not exists (select 1 from tip_status_change c where c.tip_id = tip.id) order by id")) {
            long id = ((Number) tip.get(0)).longValue();
            Instant at = ((java.sql.Timestamp) tip.get(1)).toInstant();
            if (random.nextInt(8) == 0) {
                continue;
            }
            if (random.nextInt(10) == 0) {
                at = at.minus(Duration.ofDays(1 + random.nextInt(5)));
            }
            for (int change = random.nextInt(6); change >= 0; change--) {
                rows.add("(" + id + ", " + quote(pick(random, STATUSES)) + ", " + instant(at) + ", 'agg-tip', now())");
                at = switch (random.nextInt(5)) {
                    case 0 -> at;
                    case 1 -> firstMidnightOfNextMonth(at);
                    case 2 -> at.plus(Duration.ofHours(1 + random.nextInt(48)));
                    default -> at.plus(Duration.ofHours(1 + random.nextInt(24 * 80)));
                };
            }
        }
        if (rows.length() > 0) {
            sql.execute("insert into tip_status_change (tip_id, to_status, effective_at, changed_by, changed_at) values " + rows);
        }
    }

    /** Tallies in the windows, so each response adds both parts (province-wide, per commune, an old province's). */
    private void insertTallies() {
        sql.execute("insert into tip_tally (reported_province_code, province_code, reported_commune_code, commune_code, period_from, period_to,"
                + " received, valuable, cases_solved, source_document, created_at, updated_at)"
                + " values ('75', '75', null, null, date '2025-07-01', date '2025-12-31', 12, 5, 1, 'agg-tip', now(), now()),"
                + " ('75', '75', '25210', '25210', date '2026-01-01', date '2026-03-31', 4, 2, null, 'agg-tip', now(), now()),"
                + " ('70', '75', '25288', '25270', date '2024-01-01', date '2024-12-31', 30, 11, 3, 'agg-tip', now(), now())");
    }

    private void updateTips() {
        String mine = " and " + MINE;
        sql.execute("update tip set received_at = received_at + interval '40 days' where id % 7 = 0" + mine,
                // Tips received just after a Vietnamese midnight move to the month before.
                "update tip set received_at = received_at - interval '3 hours' where id % 10 = 3" + mine,
                "update tip set province_code = '79' where province_code <> '14' and id % 11 = 0" + mine,
                "update tip set commune_code = case when commune_code is null then '25270' else null end where id % 13 = 0" + mine,
                "update tip set channel = 'VNEID', category = 'FRAUD' where id % 17 = 0" + mine,
                "update tip set cases_solved = cases_solved + 2, wanted_surrendered = 0 where id % 5 = 0" + mine,
                // Decides the status of tips without an earlier change.
                "update tip set status = 'CLOSED' where id % 6 = 0" + mine);
    }

    private void changeHistories(Random random) {
        String mine = " and tip_id in (select id from tip where " + MINE + ")";
        // Appended: a later change for a third of the tips, some to VALUABLE.
        StringJoiner appended = new StringJoiner(", ");
        for (List<Object> tip : sql.rows("select id, coalesce((select max(effective_at) from tip_status_change c where c.tip_id = tip.id), received_at)"
                + " from tip where " + MINE + " and id % 3 = 0 order by id")) {
            Instant last = ((java.sql.Timestamp) tip.get(1)).toInstant();
            appended.add("(" + tip.get(0) + ", " + quote(random.nextBoolean() ? "VALUABLE" : pick(random, STATUSES)) + ", "
                    + instant(last.plus(Duration.ofHours(random.nextInt(24 * 60)))) + ", 'agg-tip', now())");
        }
        sql.execute("insert into tip_status_change (tip_id, to_status, effective_at, changed_by, changed_at) values " + appended,
                "delete from tip_status_change where id % 9 = 0" + mine,
                "update tip_status_change set effective_at = effective_at + interval '33 days' where id % 8 = 0" + mine,
                "update tip_status_change set to_status = 'NOT_VALUABLE' where id % 10 = 0" + mine,
                // Changes moved to another tip of the test.
                "update tip_status_change c set tip_id = (select min(t.id) from tip t where t.summary like 'agg-tip%' and t.id > c.tip_id)"
                        + " where id % 23 = 0 and tip_id < (select max(id) from tip where " + MINE + ")" + mine,
                // A tip and its history changed by one statement.
                "with gone as (delete from tip_status_change where tip_id % 19 = 0" + mine + " returning tip_id)"
                        + " update tip set channel = 'MAIL', status = 'VERIFYING' where id in (select tip_id from gone)",
                "with moved as (update tip set received_at = received_at + interval '31 days' where id % 29 = 0 and " + MINE
                        + " returning id, received_at) insert into tip_status_change (tip_id, to_status, effective_at, changed_by, changed_at)"
                        + " select id, 'VALUABLE', received_at, 'agg-tip', now() from moved");
    }

    private void deleteTips() {
        // Their histories go by cascade, in the same statement.
        sql.execute("delete from tip where id % 9 = 0 and " + MINE, "delete from tip where province_code = '14' and " + MINE);
    }

    /** This test's tips and tallies go again (through the triggers), so other tests' units and periods stay free of them. */
    private void removeTheData() throws SQLException {
        sql.execute("delete from tip where " + MINE, "delete from tip_tally where source_document = 'agg-tip'");
        compaction.compactAll();
    }

    /** 2023-11-01 .. 2027-01-31 in Vietnam (some tips outside every window), a third within hours of a month's first midnight. */
    private static Instant receivedAt(Random random) {
        LocalDate day = LocalDate.of(2023, 11, 1).plusDays(random.nextInt(1188));
        if (random.nextInt(3) == 0) {
            Instant midnight = day.withDayOfMonth(1).atStartOfDay(VIETNAM).toInstant();
            return midnight.plus(Duration.ofMinutes(random.nextInt(240) - 120));
        }
        return day.atStartOfDay(VIETNAM).toInstant().plus(Duration.ofMinutes(random.nextInt(24 * 60)));
    }

    private static Instant firstMidnightOfNextMonth(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, VIETNAM);
        return local.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay(VIETNAM).toInstant();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String quote(String value) {
        return value == null ? "null" : "'" + value + "'";
    }

    private static String instant(Instant at) {
        return "timestamptz '" + at + "'";
    }

    // --- database ----------------------------------------------------------------------------------------------------

    /** Keeps the scheduled compaction off this test's aggregates until closed, so their deltas stay pending. */
    private CompactionControl.Held holdCompaction() throws SQLException {
        return new CompactionControl(dataSource, compaction).hold(List.of(COMPACTION_FUNCTION));
    }
}
