package vn.gov.antq.staffing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.antq.staffing.rest.PoliceFixtures.admin;
import static vn.gov.antq.staffing.rest.PoliceFixtures.analyst;
import static vn.gov.antq.staffing.rest.PoliceFixtures.communeOfficer;
import static vn.gov.antq.staffing.rest.PoliceFixtures.createOfficer;
import static vn.gov.antq.staffing.rest.PoliceFixtures.officer;
import static vn.gov.antq.staffing.rest.PoliceFixtures.partner;
import static vn.gov.antq.staffing.rest.PoliceFixtures.provinceOfficer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class OfficerResourceTest {

    private static final String PATH = "/api/v1/officers";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}");

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void communes() {
        PoliceFixtures.loadCommunes();
    }

    @Test
    void aProvinceOfficerRecordsPromotesAndDeletesAnOfficerAndTheTrailKeepsNoPersonalData() {
        String name = "Trần Thị Bình " + PoliceFixtures.tag();
        Map<String, Object> body = officer("75", name);
        body.put("gender", "FEMALE");
        body.put("birthYear", 1991);
        body.put("idNumber", uniqueIdNumber());
        body.put("phone", "+84 912 345 678");
        Response created = createOfficer(provinceOfficer("75"), body);
        created.then().statusCode(201).header("ETag", equalTo("\"0\"")).header("Location", containsString(PATH + "/"))
                .body("pseudonymous", equalTo(false)).body("fullName", equalTo(name)).body("birthYear", equalTo(1991))
                .body("birthDecade", equalTo(1990)).body("phone", equalTo("0912345678")).body("rank", equalTo("THIEU_UY"));
        long id = created.jsonPath().getLong("id");
        body.put("rank", "TRUNG_UY");
        given().auth().oauth2(provinceOfficer("75")).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .when().put(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\"")).body("rank", equalTo("TRUNG_UY"));
        given().auth().oauth2(provinceOfficer("75")).header("If-Match", "\"0\"").when().delete(PATH + "/" + id).then().statusCode(412);
        given().auth().oauth2(provinceOfficer("75")).header("If-Match", "\"1\"").when().delete(PATH + "/" + id).then().statusCode(204);
        given().auth().oauth2(admin()).when().get(PATH + "/" + id).then().statusCode(404);

        String trail = given().auth().oauth2(provinceOfficer("75")).queryParam("resourceType", "police-officer").queryParam("resourceId", id)
                .queryParam("sort", "id").when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "UPDATE", "DELETE")))
                .body("items[0].changes.find { it.field == 'fullName' }.new", equalTo("[redacted]"))
                .body("items[0].changes.find { it.field == 'idNumber' }.new", equalTo("[redacted]"))
                .body("items[1].changes.field", equalTo(List.of("rank")))
                .extract().asString();
        assertFalse(trail.contains(name) || trail.contains((String) body.get("idNumber")) || trail.contains("0912345678")
                || trail.contains("1991"), trail);
    }

    @Test
    void aRetriedCreateReturnsTheOriginalAndCreatesNothingNew() {
        String key = PoliceFixtures.key();
        String name = "Lê Văn Cường " + PoliceFixtures.tag();
        long first = given().auth().oauth2(provinceOfficer("75")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(officer("75", name)).when().post(PATH).then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(provinceOfficer("75")).header("Idempotency-Key", key).contentType(ContentType.JSON).body(officer("75", name))
                .when().post(PATH).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) first));
        given().auth().oauth2(provinceOfficer("75")).contentType(ContentType.JSON).body(officer("75", name)).when().post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(1L, count("select count(*) from police_officer where full_name = '" + name + "'"));
    }

    @Test
    void badInputIs400ProblemJsonAndStoresNothing() {
        String marker = "Sai " + PoliceFixtures.tag();
        int youngest = LocalDate.now().getYear() - 18;
        expect400(with(marker, "provinceCode", null), "provinceCode");
        expect400(with(marker, "provinceCode", "7"), "provinceCode");
        expect400(with(marker, "provinceCode", "99"), "provinceCode");
        // 70 was Bình Phước until 2025-07-01: not a current province.
        expect400(with(marker, "provinceCode", "70"), "provinceCode");
        expect400(with(marker, "fullName", " "), "fullName");
        expect400(with(marker, "rank", "THIEU_TUONG"), "rank");
        expect400(with(marker, "rank", null), "rank");
        expect400(with(marker, "gender", "OTHER"), "gender");
        expect400(with(marker, "birthYear", null), "birthYear");
        expect400(with(marker, "birthYear", 1954), "birthYear");
        expect400(with(marker, "birthYear", youngest + 1), "birthYear");
        expect400(with(marker, "birthYear", "nineteen"), "birthYear");
        expect400(with(marker, "idNumber", "12345"), "idNumber");
        expect400(with(marker, "idNumber", "07509400123a"), "idNumber");
        expect400(with(marker, "phone", "0212345"), "phone");
        expect400(with(marker, "phone", "0412345678"), "phone");
        createOfficer(admin(), with(marker, "address", "Biên Hòa")).then().statusCode(400)
                .body("type", equalTo("urn:antq:problem:malformed-request"));
        Map<String, Object> longName = officer("75", "n".repeat(201));
        expect400(longName, "fullName");
        assertEquals(0L, count("select count(*) from police_officer where full_name like 'Sai %' or length(full_name) > 200"));
        // The bounds themselves are fine.
        createOfficer(admin(), with(marker, "birthYear", youngest)).then().statusCode(201);
        createOfficer(admin(), with(marker + " B", "birthYear", 1955)).then().statusCode(201);
    }

    @Test
    void anIdentityNumberBelongsToOneOfficer() {
        String idNumber = uniqueIdNumber();
        Map<String, Object> first = officer("75", "Phạm Văn Dũng");
        first.put("idNumber", idNumber);
        long id = createOfficer(admin(), first).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> second = officer("75", "Phạm Văn Dũng (trùng)");
        second.put("idNumber", idNumber);
        createOfficer(provinceOfficer("75"), second).then().statusCode(409).body("detail", containsString("officer " + id));
        second.put("idNumber", uniqueIdNumber());
        long other = createOfficer(provinceOfficer("75"), second).then().statusCode(201).extract().jsonPath().getLong("id");
        second.put("idNumber", idNumber);
        given().auth().oauth2(provinceOfficer("75")).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(second)
                .when().put(PATH + "/" + other).then().statusCode(409);
        assertEquals(1L, count("select count(*) from police_officer where id_number = '" + idNumber + "'"));
    }

    @Test
    void personalDataGoesOnlyToCallersWhoseScopeHoldsTheOfficer() {
        String tag = PoliceFixtures.tag();
        String name = "Nguyễn Văn Ân " + tag;
        String idNumber = uniqueIdNumber();
        Map<String, Object> body = officer("75", name);
        body.put("idNumber", idNumber);
        body.put("phone", "0987654321");
        long id = createOfficer(admin(), body).then().statusCode(201).extract().jsonPath().getLong("id");
        String commune = PoliceFixtures.freshCommune75();
        String colleague = communeOfficer("75", commune);
        String stranger = communeOfficer("75", PoliceFixtures.freshCommune75());

        expectFull(admin(), id, name);
        expectFull(provinceOfficer("75"), id, name);
        given().auth().oauth2(provinceOfficer("38")).when().get(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(provinceOfficer("38")).queryParam("q", tag).when().get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(provinceOfficer("38")).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .when().put(PATH + "/" + id).then().statusCode(404);
        // A commune officer sees the officer once posted to its commune, and not before.
        given().auth().oauth2(colleague).when().get(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(colleague).queryParam("q", tag).when().get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        long unit = PoliceFixtures.unitIn(commune);
        long posting = PoliceFixtures.post(id, unit, "OFFICER", "2025-07-01", null);
        expectFull(colleague, id, name);
        given().auth().oauth2(colleague).queryParam("q", "nguyen van an " + tag).when().get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) id))).body("items[0].fullName", equalTo(name));
        given().auth().oauth2(colleague).queryParam("policeUnit", unit).when().get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) id)));
        given().auth().oauth2(colleague).when().get(PATH + "/" + id + "/postings").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) posting)));
        given().auth().oauth2(stranger).when().get(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(stranger).when().get(PATH + "/" + id + "/postings").then().statusCode(404);
        // Commune officers read, they do not write officers.
        given().auth().oauth2(colleague).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .when().put(PATH + "/" + id).then().statusCode(403);

        // The analyst gets the pseudonymous view, and may not search or sort by what it withholds.
        String pseudonymous = given().auth().oauth2(analyst()).when().get(PATH + "/" + id).then().statusCode(200)
                .body("pseudonymous", equalTo(true)).body("fullName", nullValue()).body("birthYear", nullValue())
                .body("idNumber", nullValue()).body("phone", nullValue())
                .body("birthDecade", equalTo(1990)).body("rank", equalTo("THIEU_UY")).body("provinceCode", equalTo("75"))
                .extract().asString();
        assertNoPersonalData(pseudonymous, name, idNumber, "0987654321", 1994);
        given().auth().oauth2(analyst()).queryParam("policeUnit", unit).when().get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) id))).body("items.fullName", everyItem(nullValue()))
                .body("items.pseudonymous", everyItem(equalTo(true)));
        given().auth().oauth2(analyst()).queryParam("q", "nguyen").when().get(PATH).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(analyst()).queryParam("sort", "fullName").when().get(PATH).then().statusCode(403);
        given().auth().oauth2(analyst()).queryParam("sort", "birthYear,desc").when().get(PATH).then().statusCode(403);
        given().auth().oauth2(analyst()).when().get(PATH + "/" + id + "/postings").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) posting)));

        // Partner systems and tip investigators get no officer and no posting at all.
        for (String token : List.of(partner(), TestTokens.forRole(Roles.TIP_INVESTIGATOR))) {
            for (String path : List.of(PATH, PATH + "/" + id, PATH + "/" + id + "/postings", PATH + "/changes", "/api/v1/postings",
                    "/api/v1/postings/" + posting, "/api/v1/postings/changes")) {
                given().auth().oauth2(token).when().get(path).then().statusCode(403);
            }
        }
    }

    @Test
    void noEndpointGivesPartnersAnalystsOrInvestigatorsAnOfficersPersonalData() {
        String name = "Hoàng Thị Giang " + PoliceFixtures.tag();
        String idNumber = uniqueIdNumber();
        String phone = "0356789012";
        Map<String, Object> body = officer("75", name);
        body.put("idNumber", idNumber);
        body.put("phone", phone);
        body.put("birthYear", 1987);
        long officerId = createOfficer(provinceOfficer("75"), body).then().statusCode(201).extract().jsonPath().getLong("id");
        long unit = PoliceFixtures.unitIn(PoliceFixtures.freshCommune75());
        long posting = PoliceFixtures.post(officerId, unit, "CHIEF", "2025-07-01", null);

        // Every GET the service documents, with each of the ids in every path parameter.
        List<String> paths = new ArrayList<>();
        Map<String, Object> documented = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        documented.forEach((path, item) -> {
            if (((Map<?, ?>) item).containsKey("get")) {
                for (long id : List.of(officerId, unit, posting)) {
                    paths.add(PATH_PARAMETER.matcher(path).replaceAll(Matcher.quoteReplacement(String.valueOf(id))));
                }
            }
        });
        assertTrue(paths.contains(PATH + "/" + officerId), "the walk reaches the officer: " + paths);
        for (String token : List.of(partner(), analyst(), TestTokens.forRole(Roles.TIP_INVESTIGATOR))) {
            for (String path : paths) {
                String answer = given().auth().oauth2(token).when().get(path).then().extract().asString();
                assertNoPersonalData(answer, path, name, idNumber, phone, 1987);
            }
        }
        // The staffing figures partners do read count the chief without naming anyone.
        given().auth().oauth2(partner()).when().get("/api/v1/police-units/" + unit + "/staffing").then().statusCode(200)
                .body("positions.find { it.position == 'CHIEF' }.filled", equalTo(1));
    }

    @Test
    void listsFilterByUnitRankAndGenderAndFindNamesWithoutDiacritics() {
        String tag = PoliceFixtures.tag();
        long unit = PoliceFixtures.unitIn(PoliceFixtures.freshCommune75());
        Map<String, Object> chief = officer("75", "Hoàng Quốc Hưng " + tag);
        chief.put("rank", "DAI_UY");
        long hung = createOfficer(admin(), chief).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> deputy = officer("75", "Vũ Thị Hạnh " + tag);
        deputy.put("gender", "FEMALE");
        long hanh = createOfficer(admin(), deputy).then().statusCode(201).extract().jsonPath().getLong("id");
        long left = createOfficer(admin(), officer("75", "Đỗ Văn Khoa " + tag)).then().statusCode(201).extract().jsonPath().getLong("id");
        PoliceFixtures.post(hung, unit, "CHIEF", "2025-07-01", null);
        PoliceFixtures.post(hanh, unit, "DEPUTY", "2025-09-01", null);
        PoliceFixtures.post(left, unit, "OFFICER", "2025-07-01", "2025-12-31");

        given().auth().oauth2(provinceOfficer("75")).queryParam("policeUnit", unit).queryParam("asOf", "2025-08-01").queryParam("sort", "id")
                .when().get(PATH).then().statusCode(200).body("items.id", equalTo(List.of((int) hung, (int) left)));
        given().auth().oauth2(provinceOfficer("75")).queryParam("policeUnit", unit).queryParam("sort", "fullName")
                .when().get(PATH).then().statusCode(200).body("items.id", equalTo(List.of((int) hung, (int) hanh)));
        given().auth().oauth2(provinceOfficer("75")).queryParam("q", tag).queryParam("rank", "DAI_UY")
                .when().get(PATH).then().statusCode(200).body("items.id", equalTo(List.of((int) hung)));
        given().auth().oauth2(provinceOfficer("75")).queryParam("q", tag).queryParam("gender", "FEMALE")
                .when().get(PATH).then().statusCode(200).body("items.id", equalTo(List.of((int) hanh)));
        given().auth().oauth2(provinceOfficer("75")).queryParam("q", "HOANG QUOC HUNG " + tag)
                .when().get(PATH).then().statusCode(200).body("items.id", equalTo(List.of((int) hung)));
        given().auth().oauth2(admin()).queryParam("q", tag).queryParam("province", "38")
                .when().get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(admin()).queryParam("rank", "GENERAL").when().get(PATH).then().statusCode(400);
    }

    @Test
    void officerChangesReachTheirProvinceAndPseudonymouslyTheMinistry() {
        String since = Instant.now().minusSeconds(60).toString();
        String name = "Bùi Văn Lâm " + PoliceFixtures.tag();
        long id = createOfficer(admin(), officer("75", name)).then().statusCode(201).extract().jsonPath().getLong("id");
        long gone = PoliceFixtures.officerOf("75");
        long elsewhere = PoliceFixtures.officerOf("38");
        given().auth().oauth2(admin()).header("If-Match", "\"0\"").when().delete(PATH + "/" + gone).then().statusCode(204);

        given().auth().oauth2(provinceOfficer("75")).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("items.id", hasItem((int) id)).body("items.id", not(hasItem((int) elsewhere)))
                .body("items.find { it.id == " + id + " }.fullName", equalTo(name))
                .body("deleted.id", hasItem(String.valueOf(gone)));
        given().auth().oauth2(provinceOfficer("38")).queryParam("updatedSince", since).when().get(PATH + "/changes").then().statusCode(200)
                .body("items.id", hasItem((int) elsewhere)).body("items.id", not(hasItem((int) id)))
                .body("deleted.id", not(hasItem(String.valueOf(gone))));
        String forAnalyst = given().auth().oauth2(analyst()).queryParam("updatedSince", since).when().get(PATH + "/changes").then()
                .statusCode(200).body("items.id", hasItem((int) id)).body("items.pseudonymous", everyItem(equalTo(true)))
                .body("deleted.id", hasItem(String.valueOf(gone))).extract().asString();
        assertFalse(forAnalyst.contains(name), forAnalyst);
        given().auth().oauth2(communeOfficer("75", "25195")).when().get(PATH + "/changes").then().statusCode(403);
    }

    @Test
    void anOfficerWithAPostingIsNeitherDeletedNorMovedToAnotherProvince() {
        long unit = PoliceFixtures.unitIn(PoliceFixtures.freshCommune75());
        Map<String, Object> body = officer("75", "Ngô Văn Minh " + PoliceFixtures.tag());
        long id = createOfficer(admin(), body).then().statusCode(201).extract().jsonPath().getLong("id");
        long posting = PoliceFixtures.post(id, unit, "OFFICER", "2025-07-01", null);
        given().auth().oauth2(admin()).header("If-Match", "\"0\"").when().delete(PATH + "/" + id).then().statusCode(409);
        body.put("provinceCode", "38");
        given().auth().oauth2(admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .when().put(PATH + "/" + id).then().statusCode(409).body("detail", containsString("posting " + posting));
        // A birth year that would make the officer a minor on the first posting is refused.
        body.put("provinceCode", "75");
        body.put("birthYear", 2008);
        given().auth().oauth2(admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .when().put(PATH + "/" + id).then().statusCode(400).body("errors[0].field", equalTo("birthYear"));

        Map<String, Object> ended = PoliceFixtures.posting(unit, "OFFICER", "2025-07-01", "2025-12-31");
        given().auth().oauth2(admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(ended)
                .when().put("/api/v1/postings/" + posting).then().statusCode(200);
        body.put("birthYear", 1994);
        body.put("provinceCode", "38");
        // A province officer cannot hand an officer to another province; the ministry can, once the postings ended.
        given().auth().oauth2(provinceOfficer("75")).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .when().put(PATH + "/" + id).then().statusCode(403);
        given().auth().oauth2(admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .when().put(PATH + "/" + id).then().statusCode(200).body("provinceCode", equalTo("38"));
        given().auth().oauth2(provinceOfficer("75")).when().get(PATH + "/" + id).then().statusCode(404);
        expectFull(provinceOfficer("38"), id, (String) body.get("fullName"));
        assertEquals(1L, count("select count(*) from police_officer where id = " + id));
    }

    private void expectFull(String token, long id, String name) {
        given().auth().oauth2(token).when().get(PATH + "/" + id).then().statusCode(200)
                .body("pseudonymous", equalTo(false)).body("fullName", equalTo(name)).body("birthYear", not(nullValue()));
    }

    private static void assertNoPersonalData(String answer, String where, String name, String idNumber, String phone, int birthYear) {
        assertFalse(answer.contains(name), where + " reveals the name: " + answer);
        assertFalse(answer.contains(idNumber), where + " reveals the identity number: " + answer);
        assertFalse(answer.contains(phone), where + " reveals the phone: " + answer);
        assertFalse(answer.matches("(?s).*\"birthYear\"\\s*:\\s*" + birthYear + ".*"), where + " reveals the birth year: " + answer);
    }

    private static void assertNoPersonalData(String answer, String name, String idNumber, String phone, int birthYear) {
        assertNoPersonalData(answer, "the answer", name, idNumber, phone, birthYear);
    }

    private void expect400(Map<String, Object> body, String field) {
        createOfficer(admin(), body).then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    private static Map<String, Object> with(String name, String field, Object value) {
        Map<String, Object> body = officer("75", name);
        body.put(field, value);
        return body;
    }

    /** Twelve digits no other test uses. */
    private static String uniqueIdNumber() {
        String digits = Long.toString(System.nanoTime());
        return ("075" + digits).substring(0, 3) + digits.substring(digits.length() - 9);
    }

    private long count(String sql) {
        return PoliceFixtures.count(entityManager, sql);
    }
}
