package vn.gov.antq.commons.communes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class CommuneImportTest {

    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);

    @Inject
    EntityManager entityManager;

    @TestHTTPResource("/api/v1/communes/imports")
    URL communeImports;

    @BeforeEach
    void emptyRegistry() {
        CommuneFixtures.clear(entityManager);
    }

    @Test
    void theCurrentListIsImportedWithExactCountsAndEveryRejectedRowExplained() {
        JsonPath report = CommuneFixtures.importCommunes("current.csv");
        assertEquals("commune-list", report.getString("list"));
        assertEquals(13, report.getInt("rows"));
        assertEquals(6, report.getInt("inserted"));
        assertEquals(0, report.getInt("updated"));
        assertEquals(0, report.getInt("unchanged"));
        assertEquals(7, report.getInt("rejected"));
        assertEquals(0, report.getInt("absent"));

        List<Map<String, Object>> rejected = report.getList("rejectedRows");
        assertEquals(List.of(7, 8, 9, 10, 11, 12, 13), rejected.stream().map(r -> r.get("line")).toList());
        assertReason(rejected, 7, "commune_code '0729X' is not a five-digit code");
        assertReason(rejected, 8, "province_code '70' is not one of the 34 current provinces (Bình Phước was merged into 75)");
        assertReason(rejected, 9, "province_name 'Tỉnh Nghệ An' is not the name of province 38 (Thanh Hóa)");
        assertReason(rejected, 10, "type_2025_07_01 'thị trấn' is not a known type (xã, phường, đặc khu)");
        assertReason(rejected, 11, "commune code 00013 appears on lines 11, 12; it may appear only once");
        assertReason(rejected, 12, "commune code 00013 appears on lines 11, 12; it may appear only once");
        assertReason(rejected, 13, "expected 6 columns (commune_code,commune_name,type_2025_07_01,type_2026_09_20,province_code,"
                + "province_name), found 4");
        assertEquals("00025", rejected.get(6).get("key"));

        // The good rows of the same file are stored; a BOM, CRLF and quoted fields are read as the list means them.
        assertEquals(6L, CommuneFixtures.count(entityManager, "select count(*) from commune"));
        assertEquals(1L, CommuneFixtures.count(entityManager,
                "select count(*) from commune where code = '14845' and name = 'Xã Mường Lát' and province_code = '38'"));
        assertEquals(1L, CommuneFixtures.count(entityManager, "select count(*) from commune where code = '00004' and valid_from = date '2025-07-01'"
                + " and valid_to is null"));
        assertEquals(2L, CommuneFixtures.count(entityManager, "select count(*) from commune_type_period where commune_code = '07294'"));
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        CommuneFixtures.importCommunes("current.csv");
        long versions = CommuneFixtures.count(entityManager, "select sum(version) from commune");
        JsonPath again = CommuneFixtures.importCommunes("current.csv");
        assertEquals(0, again.getInt("inserted"));
        assertEquals(0, again.getInt("updated"));
        assertEquals(6, again.getInt("unchanged"));
        assertEquals(7, again.getInt("rejected"));
        assertEquals(0, again.getInt("absent"));
        assertEquals(versions, CommuneFixtures.count(entityManager, "select sum(version) from commune"));

        CommuneFixtures.importSuccessions("successions.csv");
        JsonPath edgesAgain = CommuneFixtures.importSuccessions("successions.csv");
        assertEquals(0, edgesAgain.getInt("inserted"));
        assertEquals(0, edgesAgain.getInt("updated"));
        assertEquals(8, edgesAgain.getInt("unchanged"));
    }

    @Test
    void changedRowsAreUpdatedAndRowsMissingFromTheFileAreKeptAsAbsent() {
        CommuneFixtures.importCommunes("current.csv");
        JsonPath report = CommuneFixtures.importCommunes("current-changed.csv");
        assertEquals(5, report.getInt("rows"));
        assertEquals(0, report.getInt("inserted"));
        assertEquals(2, report.getInt("updated"), "00008 renamed, 26068 becomes a phường on 2026-09-20");
        assertEquals(3, report.getInt("unchanged"));
        assertEquals(0, report.getInt("rejected"));
        assertEquals(1, report.getInt("absent"), "11948 is not in the file");

        assertEquals(1L, CommuneFixtures.count(entityManager, "select count(*) from commune where code = '11948'"), "never deleted");
        assertEquals(1L, CommuneFixtures.count(entityManager, "select count(*) from commune where code = '00008' and name = 'Phường Ngọc Hà Mới'"
                + " and version = 1"));
        given().auth().oauth2(ADMIN).queryParam("date", "2026-09-20").when().get("/api/v1/communes/26068").then().statusCode(200)
                .body("type", equalTo("PHUONG"))
                .body("typeHistory.type", equalTo(List.of("XA", "PHUONG")))
                .body("typeHistory[0].validTo", equalTo("2026-09-19"));
    }

    @Test
    void aWrongHeaderIs400AndStoresNothing() {
        long audited = CommuneFixtures.count(entityManager, "select count(*) from audit_event where resource_type = 'commune-list'");
        given().auth().oauth2(ADMIN).contentType(CommuneFixtures.CSV_UTF8).body(CommuneFixtures.file("current-wrong-header.csv"))
                .when().post("/api/v1/communes/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:antq:problem:validation-failed"))
                .body("errors[0].field", equalTo("header"))
                .body("errors[0].message", containsString("missing: commune_code,commune_name,type_2025_07_01,type_2026_09_20"));
        // The edges list sent to the communes' endpoint is the same mistake.
        given().auth().oauth2(ADMIN).contentType(CommuneFixtures.CSV_UTF8).body(CommuneFixtures.file("successions.csv"))
                .when().post("/api/v1/communes/imports").then().statusCode(400).body("errors[0].field", equalTo("header"));
        assertEquals(0L, CommuneFixtures.count(entityManager, "select count(*) from commune"));
        assertEquals(audited, CommuneFixtures.count(entityManager, "select count(*) from audit_event where resource_type = 'commune-list'"));
    }

    @Test
    void edgesAreImportedWithTheirRejectionsAndTheSplitCommuneKeepsBothParts() {
        CommuneFixtures.importCommunes("current.csv");
        JsonPath report = CommuneFixtures.importSuccessions("successions.csv");
        assertEquals("commune-succession-list", report.getString("list"));
        assertEquals(16, report.getInt("rows"));
        assertEquals(8, report.getInt("inserted"));
        assertEquals(8, report.getInt("rejected"));
        assertEquals(0, report.getInt("absent"));
        List<Map<String, Object>> rejected = report.getList("rejectedRows");
        assertEquals(List.of(10, 11, 12, 13, 14, 15, 16, 17), rejected.stream().map(r -> r.get("line")).toList());
        assertReason(rejected, 10, "kind 'merged' is not one of full, partial, unchanged, rename_or_retype, no_old_commune");
        assertReason(rejected, 11, "new_commune_code 00099 is not in the commune registry (import the current list first)");
        assertReason(rejected, 12, "old province 70 was merged into 75, not into new_province_code 38");
        assertReason(rejected, 13, "old_commune_code '0001A' is not a five-digit code");
        assertReason(rejected, 14, "edge 00025→00008 appears on lines 14, 15; it may appear only once");
        assertReason(rejected, 16, "expected 12 columns (old_province_code,old_province_name,old_district_code,old_district_name,"
                + "old_commune_code,old_commune_name,new_province_code,new_province_name,new_commune_code,new_commune_name,kind,note_raw),"
                + " found 6");
        assertReason(rejected, 17, "old_province_code '99' is not one of the 63 pre-reform provinces");

        assertEquals(2L, CommuneFixtures.count(entityManager,
                "select count(*) from commune_succession where old_commune_code = '00016' and kind = 'PARTIAL'"));
        assertEquals(1L, CommuneFixtures.count(entityManager, "select count(*) from commune_succession where old_commune_code is null"
                + " and kind = 'NO_OLD_COMMUNE' and new_commune_code = '11948' and old_district_name = 'Huyện Bạch Long Vĩ'"));
        assertEquals(1L, CommuneFixtures.count(entityManager, "select count(*) from commune_succession where old_commune_code = '07294'"
                + " and old_commune_type = 'THI_TRAN'"));
        assertEquals(1L, CommuneFixtures.count(entityManager, "select count(*) from commune_succession where old_commune_code = '00016'"
                + " and new_commune_code = '00008' and note = 'Nhập một phần diện tích, toàn bộ dân số'"));
    }

    @Test
    void edgesBeforeTheCurrentListAreRejectedNotGuessed() {
        JsonPath report = CommuneFixtures.importSuccessions("successions.csv");
        assertEquals(0, report.getInt("inserted"));
        assertEquals(16, report.getInt("rejected"));
        assertEquals(0L, CommuneFixtures.count(entityManager, "select count(*) from commune_succession"));
    }

    @Test
    void everyImportIsOneAuditEventWithItsCounts() {
        JsonPath report = CommuneFixtures.importCommunes("current.csv");
        JsonPath event = given().auth().oauth2(ADMIN).queryParam("resourceType", "commune-list").queryParam("size", 1)
                .queryParam("sort", "id,desc").when().get("/api/v1/audit-events").then().statusCode(200)
                .extract().jsonPath().setRootPath("items[0]");
        assertEquals("IMPORT", event.getString("action"));
        assertEquals(report.getString("sha256"), event.getString("resourceId"));
        assertEquals("test-ministry_admin", event.getString("actor"));
        assertEquals(List.of("rows", "inserted", "updated", "unchanged", "rejected", "absent"), event.getList("changes.field"));
        assertEquals(List.of(13, 6, 0, 0, 7, 0), event.getList("changes.new"));
        // Not one event per row.
        assertEquals(0L, CommuneFixtures.count(entityManager, "select count(*) from audit_event where resource_type in ('commune', 'commune-succession')"));
    }

    @Test
    void onlyTheMinistryAdminImports() {
        for (String role : Arrays.stream(Roles.ALL).filter(r -> !r.equals(Roles.MINISTRY_ADMIN)).toList()) {
            given().auth().oauth2(TestTokens.forRole(role)).contentType(CommuneFixtures.CSV_UTF8).body(CommuneFixtures.file("current.csv"))
                    .when().post("/api/v1/communes/imports").then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.forRole(role)).contentType(CommuneFixtures.CSV_UTF8).body(CommuneFixtures.file("successions.csv"))
                    .when().post("/api/v1/commune-successions/imports").then().statusCode(403);
        }
        given().contentType(CommuneFixtures.CSV_UTF8).body(CommuneFixtures.file("current.csv"))
                .when().post("/api/v1/communes/imports").then().statusCode(401);
        assertEquals(0L, CommuneFixtures.count(entityManager, "select count(*) from commune"));
    }

    @Test
    void plainTextCsvAsCurlSendsItIsAccepted() {
        given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(ADMIN).contentType("text/csv").body(CommuneFixtures.file("current-changed.csv"))
                .when().post("/api/v1/communes/imports").then().statusCode(200).body("inserted", equalTo(5));
    }

    @Test
    void anythingButUtf8CsvIsRefused() {
        given().auth().oauth2(ADMIN).contentType("text/csv; charset=ISO-8859-1").body(CommuneFixtures.file("current.csv"))
                .when().post("/api/v1/communes/imports").then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).contentType("application/json").body("{}")
                .when().post("/api/v1/communes/imports").then().statusCode(415).contentType("application/problem+json");
        byte[] latin1 = "commune_code,commune_name,type_2025_07_01,type_2026_09_20,province_code,province_name\n00004,Phường Ba Đình,phường,phường,01,Hà Nội\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        given().auth().oauth2(ADMIN).contentType(CommuneFixtures.CSV_UTF8).body(latin1)
                .when().post("/api/v1/communes/imports").then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().auth().oauth2(ADMIN).contentType(CommuneFixtures.CSV_UTF8).body(new byte[0])
                .when().post("/api/v1/communes/imports").then().statusCode(400).body("errors[0].message", containsString("empty"));
        assertEquals(0L, CommuneFixtures.count(entityManager, "select count(*) from commune"));
    }

    @Test
    void aFileOverTheBodyLimitIs413ProblemJson() throws Exception {
        byte[] tooLarge = oversizedList();
        given().auth().oauth2(ADMIN).contentType(CommuneFixtures.CSV_UTF8).body(tooLarge)
                .when().post("/api/v1/communes/imports")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", equalTo("The request body is larger than 2 MB, the most this service accepts"));

        // Sent in chunks, without a length: stopped while it is read.
        HttpRequest chunked = HttpRequest.newBuilder(communeImports.toURI())
                .header("Authorization", "Bearer " + ADMIN).header("Content-Type", CommuneFixtures.CSV_UTF8)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"detail\":\"The file is larger than 2 MB, the most this service accepts\""), response.body());
        assertEquals(0L, CommuneFixtures.count(entityManager, "select count(*) from commune"));
    }

    private static byte[] oversizedList() {
        StringBuilder csv = new StringBuilder("commune_code,commune_name,type_2025_07_01,type_2026_09_20,province_code,province_name\n");
        int code = 0;
        while (csv.length() < 2_200_000) {
            csv.append(String.format("%05d", code++ % 100_000)).append(",Xã Thử Nghiệm Dung Lượng,xã,xã,01,Thành phố Hà Nội\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void assertReason(List<Map<String, Object>> rejected, int line, String reason) {
        Map<String, Object> row = rejected.stream().filter(r -> ((Number) r.get("line")).intValue() == line).findFirst().orElseThrow();
        assertEquals(reason, row.get("reason"), "line " + line);
    }
}
