package vn.gov.antq.models.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.StatisticsEtagContract;

/** Conditional GET of model-statistics, in 2031, a year no other test uses (commons StatisticsEtagContract). */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ModelStatisticsEtagTest extends StatisticsEtagContract {

    private static final Endpoint MODELS = new Endpoint("/api/v1/model-statistics", "2031-01-01", "2031-12-31",
                List.of("province", "commune", "type", "setting", "leadOrganisation", "status"),
                List.of("insert into security_model (type_code, name, province_code, lead_organisation, start_date, status, status_since)"
                        + " values ('SAFE_SCHOOL', 'Trường học an toàn (ETag)', '75', 'POLICE', date '2031-02-01', 'ACTIVE', date '2031-02-01')"),
                List.of(new TableChange("insert into model_tally (reported_province_code, province_code, type_code, period_from, period_to,"
                        + " models, source_document, created_at, updated_at) values ('01', '01', 'SAFE_SCHOOL', date '2031-01-01',"
                        + " date '2031-12-31', 7, 'etag-contract', now(), now())",
                        // In SQL, without bumping version: the tag must change all the same.
                        "update model_tally set models = models + 1 where source_document = 'etag-contract'",
                        "delete from model_tally where source_document = 'etag-contract'")));

    @Override
    protected List<Endpoint> endpoints() {
        return List.of(MODELS);
    }

    /** Settings are the types' (joined at query time), group labels the types' and communes' names: all are inputs. */
    @Test
    void aTypesSettingOrACommunesNameChangedInSqlChangesTheTagOfTheGroupingsShowingThem() {
        execute("insert into model_type (code, name_vi, name_en, setting) values ('ETAG_TYPE', 'Loại ETag', 'ETag type', 'RESIDENTIAL_AREA')"
                + " on conflict do nothing");
        execute("insert into commune (code, name, province_code, valid_from) values ('75997', 'Xã ETag', '75', date '2025-07-01')"
                + " on conflict do nothing");
        execute("insert into security_model (type_code, name, province_code, lead_organisation, start_date, status, status_since)"
                + " values ('ETAG_TYPE', 'Mô hình ETag', '75', 'POLICE', date '2031-03-01', 'ACTIVE', date '2031-03-01')");
        execute("insert into model_site (model_id, province_code, commune_code, place_name, place_kind, teams, members, established_on,"
                + " created_at, updated_at) select id, '75', '75997', 'Ấp ETag', 'HAMLET', 1, 9, date '2031-03-01', now(), now()"
                + " from security_model where name = 'Mô hình ETag'");
        changes("setting", "update model_type set setting = 'BORDER_AREA' where code = 'ETAG_TYPE'");
        changes("type", "update model_type set name_vi = 'Loại ETag đổi tên' where code = 'ETAG_TYPE'");
        changes("commune", "update commune set name = 'Xã ETag đổi tên' where code = '75997'");
    }

    private void changes(String groupBy, String statement) {
        Response before = get(MODELS, ANALYST, groupBy, null);
        execute(statement);
        Response after = get(MODELS, ANALYST, groupBy, before.header("ETag"));
        assertEquals(200, after.statusCode(), statement);
        assertNotEquals(before.header("ETag"), after.header("ETag"), statement);
        assertNotEquals(before.asString(), after.asString(), statement);
    }
}
