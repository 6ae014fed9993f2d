package vn.gov.antq.activities.rest;

import java.util.List;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.StatisticsEtagContract;

/**
 * Conditional GET of activity-, tip- and weapon-handover-statistics, in 2033, a year no other test uses (commons
 * StatisticsEtagContract). Tallies are changed in SQL, updates without bumping version.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class StatisticsEtagTest extends StatisticsEtagContract {

    private static final String FROM = "2033-01-01";
    private static final String TO = "2033-12-31";
    private static final String TALLY_COLUMNS = "reported_province_code, province_code, period_from, period_to, source_document, created_at,"
            + " updated_at";
    private static final String TALLY_VALUES = "'01', '01', date '2033-01-01', date '2033-12-31', 'etag-contract', now(), now()";
    private static final String MINE = " where source_document = 'etag-contract'";

    @Override
    protected List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("/api/v1/activity-statistics", FROM, TO, List.of("province", "commune", "form", "topic", "organiser"),
                        List.of("insert into propaganda_activity (title, form, topics, province_code, commune_code, held_on, organiser, sessions,"
                                + " languages, created_at, updated_at) values ('etag', 'RALLY', 'DRUGS', '75', '25210', date '2033-02-10',"
                                + " 'POLICE', 2, 'VIETNAMESE', now(), now())"),
                        List.of(new TableChange("insert into activity_tally (" + TALLY_COLUMNS + ", form, activities) values (" + TALLY_VALUES
                                + ", 'RALLY', 12)", "update activity_tally set activities = activities + 1" + MINE,
                                "delete from activity_tally" + MINE))),
                new Endpoint("/api/v1/tip-statistics", FROM, TO, List.of("province", "commune", "channel", "category", "status"),
                        List.of("insert into tip (received_at, channel, category, province_code, commune_code, summary, status, status_since,"
                                + " created_at, updated_at) values (timestamptz '2033-02-10 03:00:00+00', 'HOTLINE', 'DRUGS', '75', '25210',"
                                + " 'etag', 'RECEIVED', now(), now(), now())"),
                        List.of(new TableChange("insert into tip_tally (" + TALLY_COLUMNS + ", received) values (" + TALLY_VALUES + ", 40)",
                                "update tip_tally set received = received + 1" + MINE, "delete from tip_tally" + MINE))),
                new Endpoint("/api/v1/weapon-handover-statistics", FROM, TO, List.of("province", "commune", "source"),
                        List.of("insert into weapon_handover (handed_over_on, province_code, commune_code, source, guns, handing_party,"
                                + " created_at, updated_at) values (date '2033-02-10', '75', '25210', 'VOLUNTARY_HANDOVER', 1, 'etag', now(), now())"),
                        List.of(new TableChange("insert into weapon_handover_tally (" + TALLY_COLUMNS + ", guns) values (" + TALLY_VALUES + ", 5)",
                                "update weapon_handover_tally set guns = guns + 1" + MINE, "delete from weapon_handover_tally" + MINE))));
    }
}
