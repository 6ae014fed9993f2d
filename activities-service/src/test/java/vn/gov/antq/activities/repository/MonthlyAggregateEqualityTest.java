package vn.gov.antq.activities.repository;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

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
 * The monthly aggregates (V7, V7_1) answer exactly as the records: for windows of whole months — a year before the
 * reform, a half-year across 2025-07-01, single months before and after it, a quarter, three years — every grouping of
 * activity and handover statistics, nationally and for two provinces, gives the same response body read from the
 * aggregates as read from the records, after inserts, after updates (days moved to other months, days turned into
 * periods, province, commune, topics, form, organiser and figures changed) and deletes, each before and after
 * compaction. Records are written in SQL, so the triggers alone keep the aggregates (as for any write path).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class MonthlyAggregateEqualityTest {

    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    private static final String ACTIVITIES = "/api/v1/activity-statistics";
    private static final String HANDOVERS = "/api/v1/weapon-handover-statistics";
    private static final List<String[]> WINDOWS = List.of(
            new String[] { "2024-01-01", "2024-12-31" },
            new String[] { "2025-04-01", "2025-09-30" },
            new String[] { "2025-06-01", "2025-06-30" },
            new String[] { "2025-07-01", "2025-07-31" },
            new String[] { "2026-01-01", "2026-03-31" },
            new String[] { "2024-01-01", "2026-12-31" });
    private static final List<String> ACTIVITY_GROUPINGS = Arrays.asList(null, "province", "commune", "form", "topic", "organiser");
    private static final List<String> HANDOVER_GROUPINGS = Arrays.asList(null, "province", "commune", "source");
    private static final List<String> PROVINCES = Arrays.asList(null, "75", "38");
    private static final List<String> COMPACTION_FUNCTIONS = List.of("antq_compact_activity_monthly",
            "antq_compact_activity_commune_monthly", "antq_compact_weapon_handover_monthly", "antq_compact_weapon_handover_commune_monthly");
    private static final List<String> AGGREGATES = List.of("activity_monthly", "activity_commune_monthly", "weapon_handover_monthly",
            "weapon_handover_commune_monthly");

    private static final String[] FORMS = { "COMMUNITY_MEETING", "CONFERENCE", "RALLY", "LOUDSPEAKER_BROADCAST", "MOBILE_PROPAGANDA",
            "FILM_SCREENING", "FESTIVAL_DAY" };
    private static final String[] TOPICS = { "CRIME_PREVENTION", "ONLINE_FRAUD", "DRUGS", "TRAFFIC_SAFETY", "BORDER_SECURITY",
            "LAW_DISSEMINATION" };
    private static final String[] ORGANISERS = { "POLICE", "WOMENS_UNION", "YOUTH_UNION", "BORDER_GUARD" };
    // Old communes of Bình Phước (25207 → 25210, 25288 → 25270, 25291 split) and the current ones; 14 is a province whose
    // records are all deleted again, so its groups net to zero before compaction.
    private static final String[] PROVINCES_OF_RECORDS = { "75", "75", "75", "79", "38", "14" };
    private static final String[] COMMUNES = { "25207", "25288", "25291", "25210", "25270", null };

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
    ActivityStatisticsRepository activityStatistics;

    @Inject
    WeaponHandoverStatisticsRepository handoverStatistics;

    @Test
    void wholeMonthWindowsAnswerFromTheAggregatesExactlyAsFromTheRecords() throws SQLException {
        StatisticsFixture.loadCommunes();
        compaction.compactAll();
        Random random = new Random(20251);
        try {
            try (CompactionControl.Held held = holdCompaction()) {
                insertActivities(random, 400);
                insertHandovers(random, 300);
                insertTallies();
                // Single-row statements and a record changed in the transaction that inserted it.
                for (int i = 0; i < 10; i++) {
                    insertActivities(random, 1);
                    insertHandovers(random, 1);
                }
                sql.inOneTransaction("insert into propaganda_activity (title, form, topics, province_code, commune_code, held_on, organiser,"
                        + " sessions, languages, created_at, updated_at) values ('agg-eq tx', 'RALLY', 'DRUGS', '75', '25210',"
                        + " date '2025-07-31', 'POLICE', 2, 'VIETNAMESE', now(), now())",
                        "update propaganda_activity set held_on = date '2025-08-01', sessions = 5 where title = 'agg-eq tx'");
                assertTrue(sql.count("select count(*) from activity_monthly_pending") > 0, "the writes wait in the pending deltas");
                // One delta per group and statement, not per record.
                assertTrue(sql.count("select count(*) from weapon_handover_monthly_pending") < 300);
                compareEverything("after inserts, before compaction");
            }
            compaction.compactAll();
            assertPendingEmpty();
            compareEverything("after inserts, compacted");

            try (CompactionControl.Held held = holdCompaction()) {
                updateAndDelete();
                assertEquals(0, sql.count("select coalesce(sum(activities), 0) from (select province_code, activities from activity_monthly"
                        + " union all select province_code, activities from activity_monthly_pending) x where province_code = '14'"));
                assertTrue(sql.count("select count(*) from activity_monthly where province_code = '14'") > 0,
                        "groups whose records were all deleted still have aggregate rows until compaction");
                compareEverything("after updates and deletes, before compaction");
            }
            compaction.compactAll();
            assertPendingEmpty();
            for (String aggregate : AGGREGATES) {
                String count = aggregate.startsWith("activity") ? "activities" : "handovers";
                assertEquals(0, sql.count("select count(*) from " + aggregate + " where " + count + " = 0"), aggregate + " keeps no empty group");
            }
            assertEquals(0, sql.count("select count(*) from activity_monthly where province_code = '14'"));
            compareEverything("after updates and deletes, compacted");
        } finally {
            removeTheData();
        }
    }

    @Test
    void wholeMonthWindowsReadTheAggregatesOtherWindowsTheRecords() {
        // A delta no record stands behind (in a month no test uses), taken back at the end whether compacted or not.
        String activityDelta = "insert into activity_monthly_pending values ('province', '', '75', date '2031-05-01', date '2031-05-01',"
                + " %1$d, 0, 0, 0, 0, 0, 0, 0, 0)";
        String handoverDelta = "insert into weapon_handover_monthly_pending values ('75', 'SEIZURE', date '2031-05-01', %1$d,"
                + " 0, 0, 0, 0, 0, 0, 0, 0, 0)";
        sql.execute(String.format(activityDelta, 7), String.format(handoverDelta, 3));
        try {
            as().queryParam("from", "2031-05-01").queryParam("to", "2031-05-31").when().get(ACTIVITIES).then().statusCode(200)
                    .body("totals.activities.records", equalTo(7));
            as().queryParam("from", "2031-05-01").queryParam("to", "2031-05-30").when().get(ACTIVITIES).then().statusCode(200)
                    .body("totals.activities.records", equalTo(0));
            as().queryParam("from", "2031-05-01").queryParam("to", "2031-05-31").when().get(HANDOVERS).then().statusCode(200)
                    .body("totals.handovers.records", equalTo(3));
            as().queryParam("from", "2031-05-02").queryParam("to", "2031-05-31").when().get(HANDOVERS).then().statusCode(200)
                    .body("totals.handovers.records", equalTo(0));
        } finally {
            sql.execute(String.format(activityDelta, -7), String.format(handoverDelta, -3));
        }
    }

    // --- comparison --------------------------------------------------------------------------------------------------

    private void compareEverything(String when) {
        Map<String, String> fromAggregates = responses();
        Map<String, String> fromRecords;
        ActivityStatisticsRepository activities = ClientProxy.unwrap(activityStatistics);
        WeaponHandoverStatisticsRepository handovers = ClientProxy.unwrap(handoverStatistics);
        activities.monthlyAggregates = false;
        handovers.monthlyAggregates = false;
        try {
            fromRecords = responses();
        } finally {
            activities.monthlyAggregates = true;
            handovers.monthlyAggregates = true;
        }
        for (Map.Entry<String, String> response : fromRecords.entrySet()) {
            assertEquals(response.getValue(), fromAggregates.get(response.getKey()), when + ": " + response.getKey());
        }
        // The data reach every window: the comparison is not between empty answers.
        for (String[] window : WINDOWS) {
            assertTrue(fromRecords.get(key(ACTIVITIES, window, "province", null)).contains("\"key\":\"75\""), when + " " + window[0]);
            assertTrue(fromRecords.get(key(HANDOVERS, window, "province", null)).contains("\"key\":\"75\""), when + " " + window[0]);
        }
    }

    private static Map<String, String> responses() {
        Map<String, String> responses = new LinkedHashMap<>();
        for (String[] window : WINDOWS) {
            for (String province : PROVINCES) {
                for (String groupBy : ACTIVITY_GROUPINGS) {
                    responses.put(key(ACTIVITIES, window, groupBy, province), get(ACTIVITIES, window, groupBy, province));
                }
                for (String groupBy : HANDOVER_GROUPINGS) {
                    responses.put(key(HANDOVERS, window, groupBy, province), get(HANDOVERS, window, groupBy, province));
                }
            }
        }
        return responses;
    }

    private static String key(String path, String[] window, String groupBy, String province) {
        return path + "?from=" + window[0] + "&to=" + window[1] + "&groupBy=" + groupBy + "&province=" + province;
    }

    private static String get(String path, String[] window, String groupBy, String province) {
        RequestSpecification request = as().queryParam("from", window[0]).queryParam("to", window[1]);
        if (groupBy != null) {
            request.queryParam("groupBy", groupBy);
        }
        if (province != null) {
            request.queryParam("province", province);
        }
        return request.when().get(path).then().statusCode(200).extract().asString();
    }

    private static RequestSpecification as() {
        return given().auth().oauth2(ADMIN);
    }

    // --- data --------------------------------------------------------------------------------------------------------

    private void insertActivities(Random random, int n) {
        StringJoiner rows = new StringJoiner(", ");
        for (int i = 0; i < n; i++) {
            LocalDate first = day(random);
            boolean period = random.nextInt(3) == 0;
            // Periods of up to four months: within a month, across months, across 2025-07-01.
            LocalDate last = period ? first.plusDays(random.nextInt(120)) : null;
            List<String> topics = new ArrayList<>();
            for (int t = 1 + random.nextInt(3); t > 0; t--) {
                String topic = pick(random, TOPICS);
                if (!topics.contains(topic)) {
                    topics.add(topic);
                }
            }
            rows.add("('agg-eq " + i + "', " + quote(pick(random, FORMS)) + ", " + quote(String.join(",", topics)) + ", "
                    + quote(pick(random, PROVINCES_OF_RECORDS)) + ", " + quote(pick(random, COMMUNES)) + ", "
                    + (period ? "null, " + date(first) + ", " + date(last) : date(first) + ", null, null") + ", "
                    + quote(pick(random, ORGANISERS)) + ", " + maybe(random, 5) + ", " + maybe(random, 500) + ", " + maybe(random, 1000)
                    + ", " + maybe(random, 300) + ", " + maybe(random, 20) + ", " + maybe(random, 20) + ", " + maybe(random, 600) + ", "
                    + (random.nextBoolean() ? "null" : random.nextInt(100) / 10.0) + ", 'VIETNAMESE', now(), now())");
        }
        sql.execute("insert into propaganda_activity (title, form, topics, province_code, commune_code, held_on, period_from, period_to,"
                + " organiser, sessions, participants, leaflets, booklets, banners_slogans, panels_posters, broadcast_minutes,"
                + " screening_hours, languages, created_at, updated_at) values " + rows);
    }

    private void insertHandovers(Random random, int n) {
        StringJoiner rows = new StringJoiner(", ");
        for (int i = 0; i < n; i++) {
            String guns = maybe(random, 4);
            String primitive = maybe(random, 12);
            if (guns.equals("null") && primitive.equals("null")) {
                guns = "1";
            }
            rows.add("(" + date(day(random)) + ", " + quote(pick(random, PROVINCES_OF_RECORDS)) + ", " + quote(pick(random, COMMUNES))
                    + ", " + quote(random.nextInt(4) == 0 ? "SEIZURE" : "VOLUNTARY_HANDOVER") + ", " + guns + ", " + primitive + ", "
                    + maybe(random, 3) + ", " + maybe(random, 200) + ", " + kilograms(random) + ", " + maybe(random, 4) + ", "
                    + maybe(random, 6) + ", " + maybe(random, 30) + ", " + kilograms(random) + ", 'agg-eq', now(), now())");
        }
        sql.execute("insert into weapon_handover (handed_over_on, province_code, commune_code, source, guns, primitive_weapons,"
                + " bombs_mines_grenades, rounds, explosives_kg, detonators, support_tools, dangerous_toys, firecrackers_kg, handing_party,"
                + " created_at, updated_at) values " + rows);
    }

    /** Tallies in the windows, so each response adds both parts (province-wide, per commune, per form, one unit per period). */
    private void insertTallies() {
        sql.execute("insert into activity_tally (reported_province_code, province_code, reported_commune_code, commune_code, form,"
                + " period_from, period_to, activities, participants, sessions, screening_hours, source_document, created_at, updated_at)"
                + " values ('75', '75', null, null, 'RALLY', date '2025-07-01', date '2025-12-31', 12, 900, null, null, 'agg-eq', now(), now()),"
                + " ('75', '75', '25210', '25210', null, date '2026-01-01', date '2026-06-30', 4, null, 9, 2.5, 'agg-eq', now(), now()),"
                + " ('70', '75', '25288', '25270', 'FILM_SCREENING', date '2024-01-01', date '2024-12-31', 3, 80, null, 7.5, 'agg-eq', now(), now())");
        sql.execute("insert into weapon_handover_tally (reported_province_code, province_code, reported_commune_code, commune_code,"
                + " period_from, period_to, guns, explosives_kg, source_document, created_at, updated_at)"
                + " values ('38', '38', null, null, date '2024-01-01', date '2024-12-31', 5, 1.250, 'agg-eq', now(), now()),"
                + " ('75', '75', '25210', '25210', date '2025-07-01', date '2025-09-30', null, 0.5, 'agg-eq', now(), now())");
    }

    private void updateAndDelete() {
        String mine = " and title like 'agg-eq%'";
        sql.execute("update propaganda_activity set held_on = held_on + 40 where held_on is not null and id % 7 = 0" + mine,
                "update propaganda_activity set period_from = period_from - 31, period_to = period_to + 31 where period_from is not null"
                        + " and id % 3 = 0" + mine,
                "update propaganda_activity set held_on = null, period_from = held_on, period_to = held_on + 45 where held_on is not null"
                        + " and id % 19 = 0" + mine,
                "update propaganda_activity set province_code = '79' where province_code <> '14' and id % 11 = 0" + mine,
                "update propaganda_activity set commune_code = case when commune_code is null then '25288' else null end where id % 13 = 0"
                        + mine,
                "update propaganda_activity set sessions = null, participants = coalesce(participants, 0) + 5,"
                        + " screening_hours = coalesce(screening_hours, 0) + 0.5, panels_posters = null where id % 5 = 0" + mine,
                "update propaganda_activity set topics = 'DRUGS,TRAFFIC_SAFETY', form = 'RALLY', organiser = 'YOUTH_UNION'"
                        + " where id % 17 = 0" + mine,
                // Nothing counted changes: the deltas cancel out.
                "update propaganda_activity set notes = 'agg-eq touched' where true" + mine,
                "delete from propaganda_activity where id % 9 = 0" + mine,
                "delete from propaganda_activity where province_code = '14'" + mine);
        String handovers = " and handing_party = 'agg-eq'";
        sql.execute("update weapon_handover set handed_over_on = handed_over_on + 45 where id % 7 = 0" + handovers,
                "update weapon_handover set handed_over_on = date '2025-06-30' where id % 23 = 0" + handovers,
                "update weapon_handover set province_code = '38' where province_code <> '14' and id % 11 = 0" + handovers,
                "update weapon_handover set commune_code = case when commune_code is null then '25207' else null end where id % 13 = 0"
                        + handovers,
                "update weapon_handover set source = 'SEIZURE', explosives_kg = coalesce(explosives_kg, 0) + 0.125, rounds = null,"
                        + " guns = coalesce(guns, 2) where id % 5 = 0" + handovers,
                "update weapon_handover set notes = 'touched' where true" + handovers,
                "delete from weapon_handover where id % 9 = 0" + handovers,
                "delete from weapon_handover where province_code = '14'" + handovers);
    }

    /** This test's records and tallies go again (through the triggers), so other tests' units and periods stay free of them. */
    private void removeTheData() throws SQLException {
        sql.execute("delete from propaganda_activity where title like 'agg-eq%'", "delete from weapon_handover where handing_party = 'agg-eq'",
                "delete from activity_tally where source_document = 'agg-eq'",
                "delete from weapon_handover_tally where source_document = 'agg-eq'");
        compaction.compactAll();
    }

    private static LocalDate day(Random random) {
        // 2023-11-01 .. 2027-01-31: some records lie outside every window.
        return LocalDate.of(2023, 11, 1).plusDays(random.nextInt(1188));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String maybe(Random random, int bound) {
        return random.nextInt(5) < 2 ? "null" : Integer.toString(random.nextInt(bound));
    }

    private static String kilograms(Random random) {
        return random.nextInt(3) == 0 ? Double.toString(random.nextInt(5000) / 1000.0) : "null";
    }

    private static String quote(String value) {
        return value == null ? "null" : "'" + value + "'";
    }

    private static String date(LocalDate day) {
        return "date '" + day + "'";
    }

    // --- database ----------------------------------------------------------------------------------------------------

    /** Keeps the scheduled compaction off this test's aggregates until closed, so their deltas stay pending. */
    private CompactionControl.Held holdCompaction() throws SQLException {
        return new CompactionControl(dataSource, compaction).hold(COMPACTION_FUNCTIONS);
    }

    private void assertPendingEmpty() {
        for (String aggregate : AGGREGATES) {
            assertEquals(0, sql.count("select count(*) from " + aggregate + "_pending"), aggregate + " is compacted");
        }
    }
}
