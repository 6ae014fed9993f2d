package vn.gov.antq.staffing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gov.antq.staffing.rest.PoliceFixtures.admin;
import static vn.gov.antq.staffing.rest.PoliceFixtures.analyst;
import static vn.gov.antq.staffing.rest.PoliceFixtures.communeOfficer;
import static vn.gov.antq.staffing.rest.PoliceFixtures.createUnit;
import static vn.gov.antq.staffing.rest.PoliceFixtures.partner;
import static vn.gov.antq.staffing.rest.PoliceFixtures.provinceOfficer;
import static vn.gov.antq.staffing.rest.PoliceFixtures.unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class PoliceUnitResourceTest {

    private static final String PATH = "/api/v1/police-units";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void communes() {
        PoliceFixtures.loadCommunes();
    }

    @Test
    void aCommuneOfficerRecordsReadsCorrectsAndDeletesItsUnit() {
        String commune = PoliceFixtures.freshCommune75();
        String officer = communeOfficer("75", commune);
        Map<String, Object> body = unit(commune, "Công an xã " + commune);
        body.put("phone", "+84 271 3879.113");
        Response created = createUnit(officer, body);
        created.then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("provinceCode", equalTo("75"))
                .body("communeCode", equalTo(commune))
                .body("communeName", not(equalTo(null)))
                .body("phone", equalTo("02713879113"))
                .body("regularSince", equalTo("2020-07-01"));
        long id = created.jsonPath().getLong("id");
        given().auth().oauth2(provinceOfficer("75")).when().get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("name", equalTo("Công an xã " + commune));

        body.put("phone", "0912.345.678");
        body.put("notes", "Trực ban 24/24");
        given().auth().oauth2(officer).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .when().put(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("phone", equalTo("0912345678")).body("notes", equalTo("Trực ban 24/24"));
        given().auth().oauth2(officer).header("If-Match", "\"1\"").when().delete(PATH + "/" + id).then().statusCode(204);
        given().auth().oauth2(officer).when().get(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(admin()).queryParam("resourceType", "police-unit").queryParam("resourceId", id).queryParam("sort", "id")
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "UPDATE", "DELETE")))
                .body("items[1].changes.field", equalTo(List.of("notes", "phone")))
                .body("items.communeCode", everyItem(equalTo(commune)));
    }

    @Test
    void aRetriedCreateReturnsTheOriginalAndCreatesNothingNew() {
        String commune = PoliceFixtures.freshCommune75();
        String key = PoliceFixtures.key();
        Map<String, Object> body = unit(commune, "Công an xã " + commune);
        long first = given().auth().oauth2(provinceOfficer("75")).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(PATH).then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(provinceOfficer("75")).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(PATH).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) first));
        body.put("name", "Tên khác");
        given().auth().oauth2(provinceOfficer("75")).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(PATH).then().statusCode(422);
        assertEquals(1L, count("select count(*) from police_unit where commune_code = '" + commune + "'"));
    }

    @Test
    void aCommuneHasOneUnit() {
        String commune = PoliceFixtures.freshCommune75();
        long first = createUnit(admin(), unit(commune, "Công an xã thứ nhất")).then().statusCode(201).extract().jsonPath().getLong("id");
        createUnit(provinceOfficer("75"), unit(commune, "Công an xã thứ hai")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:antq:problem:conflict"))
                .body("detail", containsString("already has its police unit (police unit " + first + ")"));
        assertEquals(1L, count("select count(*) from police_unit where commune_code = '" + commune + "'"));
    }

    @Test
    void aSecondUnitThatRacesPastTheCheckIsA409NotA500() throws Exception {
        String commune = PoliceFixtures.freshCommune75();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Response> racer = QuarkusTransaction.requiringNew().call(() -> {
                // A rival unit, written but not committed: the request's check cannot see it, its insert waits on the index.
                entityManager.createNativeQuery("insert into police_unit (province_code, commune_code, name, address, created_at, updated_at)"
                        + " values ('75', ?1, 'Công an đối thủ', 'Địa chỉ', now(), now())").setParameter(1, commune).executeUpdate();
                Future<Response> request = pool.submit(() -> createUnit(provinceOfficer("75"), unit(commune, "Công an xã đua")));
                awaitLockWait("insert into police_unit", request);
                return request;
            });
            racer.get(60, TimeUnit.SECONDS).then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("already has its police unit"));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, count("select count(*) from police_unit where commune_code = '" + commune + "'"));
        assertEquals(0L, count("select count(*) from audit_event where resource_type = 'police-unit' and commune_code = '" + commune + "'"));
    }

    @Test
    void badInputIs400ProblemJsonAndStoresNothing() {
        String commune = PoliceFixtures.freshCommune75();
        expect400(with(commune, "communeCode", null), "communeCode");
        expect400(with(commune, "communeCode", "2519"), "communeCode");
        expect400(with(commune, "communeCode", "99999"), "communeCode");
        expect400(with(commune, "name", " "), "name");
        expect400(with(commune, "name", "n".repeat(201)), "name");
        expect400(with(commune, "address", null), "address");
        expect400(with(commune, "address", "a".repeat(501)), "address");
        expect400(with(commune, "phone", "12345"), "phone");
        expect400(with(commune, "phone", "0112345678"), "phone");
        expect400(with(commune, "phone", "091234567"), "phone");
        expect400(with(commune, "phone", "+1 212 555 0100"), "phone");
        expect400(with(commune, "phone", "0912 345 678 ext 9"), "phone");
        expect400(with(commune, "regularSince", LocalDate.now().plusDays(2).toString()), "regularSince");
        expect400(with(commune, "regularSince", "2025-02-30"), "regularSince");
        expect400(with(commune, "notes", "n".repeat(2001)), "notes");
        createUnit(admin(), with(commune, "chief", "Nguyễn Văn A")).then().statusCode(400)
                .body("type", equalTo("urn:antq:problem:malformed-request"));
        assertEquals(0L, count("select count(*) from police_unit where commune_code = '" + commune + "'"));
    }

    @Test
    void scopeDecidesWhoWritesAndWhoSees() {
        String tag = PoliceFixtures.tag();
        String communeA = PoliceFixtures.freshCommune75();
        String communeB = PoliceFixtures.freshCommune75();
        String unrecorded = PoliceFixtures.freshCommune75();
        String commune38 = PoliceFixtures.freshCommune38();
        String officerA = communeOfficer("75", communeA);
        long a = createUnit(officerA, unit(communeA, "Công an A " + tag)).then().statusCode(201).extract().jsonPath().getLong("id");
        long b = createUnit(provinceOfficer("75"), unit(communeB, "Công an B " + tag)).then().statusCode(201).extract().jsonPath().getLong("id");
        long c = createUnit(provinceOfficer("38"), unit(commune38, "Công an C " + tag)).then().statusCode(201)
                .body("provinceCode", equalTo("38")).extract().jsonPath().getLong("id");

        // Writing into another commune or province: 403, nothing stored.
        createUnit(officerA, unit(unrecorded, "Ngoài xã " + tag)).then().statusCode(403).contentType("application/problem+json");
        createUnit(provinceOfficer("38"), unit(unrecorded, "Ngoài tỉnh " + tag)).then().statusCode(403);
        createUnit(analyst(), unit(unrecorded, "Phân tích " + tag)).then().statusCode(403);
        assertEquals(0L, count("select count(*) from police_unit where commune_code = '" + unrecorded + "'"));

        // Outside the scope a unit reads as missing, for reading and for writing.
        given().auth().oauth2(officerA).when().get(PATH + "/" + b).then().statusCode(404);
        given().auth().oauth2(officerA).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(unit(communeB, "Đổi tên"))
                .when().put(PATH + "/" + b).then().statusCode(404);
        given().auth().oauth2(provinceOfficer("38")).when().get(PATH + "/" + a).then().statusCode(404)
                .body("detail", equalTo("No police-unit with id " + a));
        given().auth().oauth2(provinceOfficer("38")).header("If-Match", "\"0\"").when().delete(PATH + "/" + a).then().statusCode(404);
        given().auth().oauth2(officerA).queryParam("q", tag).when().get(PATH).then().statusCode(200).body("items.id", equalTo(List.of((int) a)));
        given().auth().oauth2(officerA).queryParam("commune", communeB).when().get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(provinceOfficer("75")).queryParam("q", tag).when().get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) a, (int) b)));
        given().auth().oauth2(provinceOfficer("38")).queryParam("q", tag).when().get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) c)));

        // The analyst reads everything and writes nothing; partner systems and tip investigators read no unit records.
        given().auth().oauth2(analyst()).queryParam("q", tag).when().get(PATH).then().statusCode(200).body("totalItems", equalTo(3));
        given().auth().oauth2(analyst()).when().get(PATH + "/" + c).then().statusCode(200);
        given().auth().oauth2(analyst()).header("If-Match", "\"0\"").when().delete(PATH + "/" + c).then().statusCode(403);
        given().auth().oauth2(partner()).when().get(PATH).then().statusCode(403);
        given().auth().oauth2(partner()).when().get(PATH + "/" + a).then().statusCode(403);
    }

    @Test
    void listsFilterByRegularityAsOfADayAndByNameOrAddressWithoutDiacritics() {
        String tag = PoliceFixtures.tag();
        String early = PoliceFixtures.freshCommune75();
        String late = PoliceFixtures.freshCommune75();
        String never = PoliceFixtures.freshCommune75();
        Map<String, Object> first = unit(early, "Công an xã Đắk Ơ " + tag);
        first.put("address", "Ấp Phước Thiện, xã Đắk Ơ");
        long regularLongAgo = createUnit(admin(), first).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> second = unit(late, "Công an phường Bình Long " + tag);
        second.put("regularSince", "2025-10-01");
        long regularLately = createUnit(admin(), second).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> third = unit(never, "Công an xã Lộc Tấn " + tag);
        third.put("regularSince", null);
        long notRegular = createUnit(admin(), third).then().statusCode(201).extract().jsonPath().getLong("id");

        given().auth().oauth2(analyst()).queryParam("q", tag).queryParam("regular", true).queryParam("asOf", "2025-09-01")
                .when().get(PATH).then().statusCode(200).body("items.id", equalTo(List.of((int) regularLongAgo)));
        given().auth().oauth2(analyst()).queryParam("q", tag).queryParam("regular", false).queryParam("asOf", "2025-09-01")
                .queryParam("sort", "id").when().get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) regularLately, (int) notRegular)));
        // Today by default: the unit regular since 2025-10-01 is regular now.
        given().auth().oauth2(analyst()).queryParam("q", tag).queryParam("regular", true).queryParam("sort", "id")
                .when().get(PATH).then().statusCode(200).body("items.id", equalTo(List.of((int) regularLongAgo, (int) regularLately)));
        given().auth().oauth2(analyst()).queryParam("q", "DAK O " + tag).when().get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) regularLongAgo)));
        given().auth().oauth2(analyst()).queryParam("q", "phuoc thien").queryParam("commune", early).when().get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) regularLongAgo)));
        given().auth().oauth2(analyst()).queryParam("province", "38").queryParam("q", tag).when().get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth().oauth2(analyst()).queryParam("regular", "maybe").when().get(PATH).then().statusCode(400);
        given().auth().oauth2(analyst()).queryParam("asOf", "2025-13-01").when().get(PATH).then().statusCode(400);
        given().auth().oauth2(analyst()).queryParam("sort", "phone").when().get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void changesNeedTheCurrentETagAndDeletionsReachSyncingClients() {
        String since = Instant.now().minusSeconds(60).toString();
        String commune = PoliceFixtures.freshCommune75();
        String neighbourCommune = PoliceFixtures.freshCommune75();
        String officer = communeOfficer("75", commune);
        String neighbour = communeOfficer("75", neighbourCommune);
        Response created = createUnit(officer, unit(commune, "Công an xã đồng bộ"));
        long id = created.jsonPath().getLong("id");
        long neighbours = createUnit(neighbour, unit(neighbourCommune, "Công an xã bên cạnh")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(officer).header("If-None-Match", created.header("ETag")).when().get(PATH + "/" + id).then().statusCode(304);
        Map<String, Object> corrected = unit(commune, "Công an xã đồng bộ (sửa)");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(corrected).when().put(PATH + "/" + id).then().statusCode(428);
        given().auth().oauth2(officer).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(corrected)
                .when().put(PATH + "/" + id).then().statusCode(200);
        given().auth().oauth2(officer).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(unit(commune, "Ghi đè"))
                .when().put(PATH + "/" + id).then().statusCode(412).header("ETag", equalTo("\"1\""))
                .body("type", equalTo("urn:antq:problem:precondition-failed"));
        given().auth().oauth2(admin()).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(unit(neighbourCommune, "Dời xã"))
                .when().put(PATH + "/" + id).then().statusCode(400).body("errors[0].field", equalTo("communeCode"));
        given().auth().oauth2(officer).header("If-Match", "\"0\"").when().delete(PATH + "/" + id).then().statusCode(412);
        given().auth().oauth2(officer).when().get(PATH + "/" + id).then().statusCode(200).body("name", equalTo("Công an xã đồng bộ (sửa)"));
        given().auth().oauth2(officer).header("If-Match", "\"1\"").when().delete(PATH + "/" + id).then().statusCode(204);

        given().auth().oauth2(officer).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("items.id", not(hasItem((int) neighbours)))
                .body("deleted.id", hasItem(String.valueOf(id)));
        given().auth().oauth2(neighbour).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("items.id", hasItem((int) neighbours))
                .body("deleted.id", not(hasItem(String.valueOf(id))));
        given().auth().oauth2(provinceOfficer("75")).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("items.id", hasItem((int) neighbours)).body("deleted.id", hasItem(String.valueOf(id)));
        given().auth().oauth2(provinceOfficer("38")).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("items.id", not(hasItem((int) neighbours))).body("deleted.id", not(hasItem(String.valueOf(id))));
        given().auth().oauth2(officer).queryParam("updatedSince", Instant.now().plusSeconds(3600).toString())
                .when().get(PATH + "/changes").then().statusCode(400);
    }

    @Test
    void aUnitWithPostingsIsNotDeleted() {
        String commune = PoliceFixtures.freshCommune75();
        long unit = PoliceFixtures.unitIn(commune);
        long officer = PoliceFixtures.officerOf("75");
        PoliceFixtures.post(officer, unit, "CHIEF", "2025-07-01", null);
        given().auth().oauth2(admin()).header("If-Match", "\"0\"").when().delete(PATH + "/" + unit).then().statusCode(409)
                .body("detail", containsString("has postings"));
        assertEquals(1L, count("select count(*) from police_unit where id = " + unit));
        assertEquals(0L, count("select count(*) from tombstone where resource_type = 'police-unit' and resource_id = '" + unit + "'"));
    }

    @Test
    void normsDefaultToOneChiefOneDeputyAndThreeOfficersAndCodesHaveVietnameseLabels() {
        given().auth().oauth2(partner()).when().get("/api/v1/staffing-norms").then().statusCode(200)
                .body("communeType", equalTo(List.of("XA", "PHUONG", "DAC_KHU")))
                .body("chiefs", everyItem(equalTo(1)))
                .body("deputies", everyItem(equalTo(1)))
                .body("officers", everyItem(equalTo(3)));
        given().auth().oauth2(partner()).when().get("/api/v1/police-code-lists").then().statusCode(200)
                .body("ranks.code", hasItems("HA_SI", "THIEU_UY", "DAI_UY", "DAI_TA"))
                .body("ranks.find { it.code == 'THIEU_UY' }.labelVi", equalTo("Thiếu úy"))
                .body("ranks.find { it.code == 'DAI_TA' }.labelVi", equalTo("Đại tá"))
                .body("positions.code", equalTo(List.of("CHIEF", "DEPUTY", "OFFICER")))
                .body("genders.labelVi", equalTo(List.of("Nam", "Nữ")));
    }

    private void awaitLockWait(String statement, Future<Response> request) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '" + statement + "%'") == 0) {
            if (System.nanoTime() > deadline || request.isDone()) {
                throw new AssertionError("The request never waited on the rival's row: " + (request.isDone() ? request.get().asString() : "timeout"));
            }
        }
    }

    private void expect400(Map<String, Object> body, String field) {
        createUnit(admin(), body).then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    private static Map<String, Object> with(String commune, String field, Object value) {
        Map<String, Object> body = unit(commune, "Công an xã sai");
        body.put(field, value);
        return body;
    }

    private long count(String sql) {
        return PoliceFixtures.count(entityManager, sql);
    }
}
