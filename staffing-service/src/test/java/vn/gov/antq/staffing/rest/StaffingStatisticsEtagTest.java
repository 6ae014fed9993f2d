package vn.gov.antq.staffing.rest;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.StatisticsEtagContract;

/**
 * Conditional GET of staffing-statistics, in 2033, a year no other test uses (commons StatisticsEtagContract): besides
 * the tallies, the reported training totals (a filtered part of the training table) and the commune registry the stock
 * figures read directly, all changed in SQL.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class StaffingStatisticsEtagTest extends StatisticsEtagContract {

    private static final String MINE = " where source_document = 'etag-contract'";

    /** A commune of Đồng Nai with its police unit, regular since the reform; its type is what one change writes. */
    @BeforeEach
    void communeWithAUnit() {
        execute("insert into commune (code, name, province_code, valid_from) values ('75999', 'Xã ETag có công an', '75', date '2025-07-01')"
                + " on conflict do nothing");
        execute("insert into police_unit (province_code, commune_code, name, address, regular_since, created_at, updated_at)"
                + " values ('75', '75999', 'Công an xã ETag', 'Ấp 1', date '2025-07-01', now(), now()) on conflict do nothing");
    }

    @Override
    protected List<Endpoint> endpoints() {
        return List.of(new Endpoint("/api/v1/staffing-statistics", "2033-01-01", "2033-12-31", List.of("province", "commune"),
                List.of("insert into training (kind, course_name, period_from, period_to, reported_province_code, province_code,"
                        + " trainee_group, participants, participants_counted, created_at, updated_at) values ('COURSE', 'Lớp ETag',"
                        + " date '2033-03-01', date '2033-03-02', '75', '75', 'GRASSROOTS_FORCE', 20, 'PERSONS', now(), now())"),
                List.of(new TableChange("insert into training (kind, course_name, period_from, period_to, reported_province_code,"
                        + " province_code, trainee_group, participants, participants_counted, source_document, created_at, updated_at)"
                        + " values ('REPORTED_TOTAL', 'Tổng hợp ETag', date '2033-01-01', date '2033-06-30', '01', '01', 'GUARDS', 300,"
                        + " 'PERSONS', 'etag-contract', now(), now())",
                        "update training set participants = participants + 1" + MINE, "delete from training" + MINE),
                        new TableChange("insert into regular_police_tally (reported_province_code, province_code, as_of, chiefs, deputies,"
                                + " officers, source_document, created_at, updated_at) values ('01', '01', date '2033-06-30', 3, 2, 10,"
                                + " 'etag-contract', now(), now())",
                                "update regular_police_tally set officers = officers + 1" + MINE, "delete from regular_police_tally" + MINE),
                        // A commune in force on the window's last day counts; one no longer in force does not.
                        new TableChange("insert into commune (code, name, province_code, valid_from) values ('75998', 'Xã ETag', '75',"
                                + " date '2025-07-01')", "update commune set valid_to = date '2033-06-30' where code = '75998'",
                                "delete from commune where code = '75998'"),
                        // A unit counts against the norm of its commune's type that day (a table without id or version).
                        new TableChange("insert into commune_type_period (commune_code, valid_from, type) values ('75999', date '2025-07-01',"
                                + " 'XA')", "update commune_type_period set valid_to = date '2033-06-30' where commune_code = '75999'",
                                "delete from commune_type_period where commune_code = '75999'"))));
    }
}
