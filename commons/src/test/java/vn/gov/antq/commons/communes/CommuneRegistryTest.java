package vn.gov.antq.commons.communes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

/** Reading the registry over HTTP, and the API domain code validates records with. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class CommuneRegistryTest {

    private static final LocalDate BEFORE_REFORM = LocalDate.of(2024, 5, 10);
    private static final LocalDate AFTER_REFORM = LocalDate.of(2025, 8, 1);

    @Inject
    EntityManager entityManager;

    @Inject
    CommuneRegistry registry;

    @BeforeEach
    void loadFixtures() {
        CommuneFixtures.clear(entityManager);
        CommuneFixtures.loadAll();
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        asCommuneOfficer().queryParam("q", "ba dinh").when().get("/api/v1/communes").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].code", equalTo("00004")).body("items[0].name", equalTo("Phường Ba Đình"))
                .body("items[0].provinceName", equalTo("Thành phố Hà Nội"));
        asCommuneOfficer().queryParam("q", "BẠCH LONG").when().get("/api/v1/communes").then().statusCode(200)
                .body("items.code", equalTo(List.of("11948")));
        asCommuneOfficer().queryParam("q", "072").when().get("/api/v1/communes").then().statusCode(200)
                .body("items.code", equalTo(List.of("07294")));
        asCommuneOfficer().queryParam("q", "100%_").when().get("/api/v1/communes").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void listsFilterByProvinceAndByTypeOnADate() {
        asCommuneOfficer().queryParam("province", "01").when().get("/api/v1/communes").then().statusCode(200)
                .body("items.code", equalTo(List.of("00004", "00008")));
        asCommuneOfficer().queryParam("type", "PHUONG").queryParam("date", "2026-09-19").when().get("/api/v1/communes").then()
                .statusCode(200).body("items.code", equalTo(List.of("00004", "00008")));
        asCommuneOfficer().queryParam("type", "PHUONG").queryParam("date", "2026-09-20").when().get("/api/v1/communes").then()
                .statusCode(200).body("items.code", equalTo(List.of("00004", "00008", "07294")))
                .body("items[2].type", equalTo("PHUONG")).body("items[2].typeLabelVi", equalTo("Phường"));
        asCommuneOfficer().queryParam("type", "DAC_KHU").when().get("/api/v1/communes").then().statusCode(200)
                .body("items.code", equalTo(List.of("11948")));
        asCommuneOfficer().queryParam("date", "2025-06-30").when().get("/api/v1/communes").then().statusCode(200)
                .body("totalItems", equalTo(0));
        asCommuneOfficer().queryParam("sort", "provinceCode,desc").queryParam("size", 2).when().get("/api/v1/communes").then().statusCode(200)
                .body("items.code", equalTo(List.of("26068", "14845"))).body("totalItems", equalTo(6)).body("totalPages", equalTo(3));
        asCommuneOfficer().queryParam("province", "70").when().get("/api/v1/communes").then().statusCode(400)
                .body("errors[0].field", equalTo("province"));
        asCommuneOfficer().queryParam("type", "HUYEN").when().get("/api/v1/communes").then().statusCode(400);
    }

    @Test
    void aCommuneComesWithItsTypeHistoryAndPredecessors() {
        asCommuneOfficer().queryParam("date", "2026-01-01").when().get("/api/v1/communes/07294").then().statusCode(200)
                .body("name", equalTo("Xã Bố Hạ"))
                .body("type", equalTo("XA"))
                .body("typeHistory.type", equalTo(List.of("XA", "PHUONG")))
                .body("typeHistory.validFrom", equalTo(List.of("2025-07-01", "2026-09-20")))
                .body("typeHistory.validTo", equalTo(java.util.Arrays.asList("2026-09-19", null)))
                .body("predecessors[0].oldCommuneName", equalTo("Thị trấn Bố Hạ"))
                .body("predecessors[0].oldCommuneType", equalTo("THI_TRAN"))
                .body("predecessors[0].oldProvinceName", equalTo("Bắc Giang"))
                .body("predecessors[0].kind", equalTo("RENAME_OR_RETYPE"));
        asCommuneOfficer().when().get("/api/v1/communes/00004").then().statusCode(200)
                .body("predecessors.oldCommuneCode", equalTo(List.of("00004", "00013", "00016")))
                .body("predecessors.kind", equalTo(List.of("FULL", "FULL", "PARTIAL")));
        asCommuneOfficer().when().get("/api/v1/communes/00013").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("it was Phường Quán Thánh before the 2025-07-01 reform"));
        asCommuneOfficer().when().get("/api/v1/communes/0000A").then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void successionsAnswerBothWays() {
        asCommuneOfficer().queryParam("oldCode", "00016").when().get("/api/v1/commune-successions").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.newCommuneCode", equalTo(List.of("00004", "00008")))
                .body("items.newCommuneName", equalTo(List.of("Phường Ba Đình", "Phường Ngọc Hà")))
                .body("items.kind", equalTo(List.of("PARTIAL", "PARTIAL")))
                .body("items[1].note", equalTo("Nhập một phần diện tích, toàn bộ dân số"));
        asCommuneOfficer().queryParam("newCode", "26068").when().get("/api/v1/commune-successions").then().statusCode(200)
                .body("items.oldCommuneCode", equalTo(List.of("25432", "26068")))
                .body("items.oldProvinceCode", equalTo(List.of("70", "75")))
                .body("items[0].oldProvinceName", equalTo("Bình Phước"))
                .body("items[0].newProvinceCode", equalTo("75"));
        asCommuneOfficer().queryParam("newCode", "11948").when().get("/api/v1/commune-successions").then().statusCode(200)
                .body("items[0].kind", equalTo("NO_OLD_COMMUNE")).body("items[0].oldDistrictName", equalTo("Huyện Bạch Long Vĩ"));
        asCommuneOfficer().queryParam("oldCode", "1234").when().get("/api/v1/commune-successions").then().statusCode(400)
                .body("errors[0].field", equalTo("oldCode"));
        given().auth().oauth2(TestTokens.forRole(Roles.PARTNER_SYSTEM)).when().get("/api/v1/commune-successions").then().statusCode(200)
                .body("totalItems", equalTo(8));
    }

    @Test
    void requireCommuneFromTheReformOnUsesTheCurrentList() {
        CommuneResolution ok = registry.requireCommune("communeCode", "00004", "01", AFTER_REFORM);
        assertEquals("Phường Ba Đình", ok.reportedName());
        assertEquals(CommuneType.PHUONG, ok.reportedType());
        assertFalse(ok.beforeReform());
        assertEquals(List.of(new SuccessorRef("00004", "Phường Ba Đình", null)), ok.currentCommunes());
        assertEquals(CommuneType.XA, registry.requireCommune("communeCode", "07294", "24", LocalDate.of(2026, 9, 19)).reportedType());
        assertEquals(CommuneType.PHUONG, registry.requireCommune("communeCode", "07294", "24", LocalDate.of(2026, 9, 20)).reportedType());
        assertEquals("01", registry.requireCommune("communeCode", "00004", null, LocalDate.of(2025, 7, 1)).provinceCode());

        assertRefused("communeCode", "commune 00004 (Phường Ba Đình) is in province 01 (Thành phố Hà Nội), not in 75 (Đồng Nai)",
                () -> registry.requireCommune("communeCode", "00004", "75", AFTER_REFORM));
        assertRefused("communeCode", "no commune has code 00013 on 2025-08-01; 00013 was Phường Quán Thánh before the 2025-07-01 reform,"
                + " now part of [00004 Phường Ba Đình]", () -> registry.requireCommune("communeCode", "00013", "01", AFTER_REFORM));
        assertRefused("communeCode", "no commune has code 99999 on 2025-08-01",
                () -> registry.requireCommune("communeCode", "99999", null, AFTER_REFORM));
        assertRefused("sites[0].communeCode", "must be a five-digit commune code",
                () -> registry.requireCommune("sites[0].communeCode", "4", "01", AFTER_REFORM));
    }

    @Test
    void requireCommuneBeforeTheReformUsesTheOldCommunes() {
        CommuneResolution merged = registry.requireCommune("communeCode", "00004", "01", BEFORE_REFORM);
        assertEquals("Phường Trúc Bạch", merged.reportedName(), "the same code named another commune before the reform");
        assertTrue(merged.beforeReform());
        assertEquals(CommuneType.PHUONG, merged.reportedType());
        assertEquals(List.of(new SuccessorRef("00004", "Phường Ba Đình", SuccessionKind.FULL)), merged.currentCommunes());

        CommuneResolution split = registry.requireCommune("communeCode", "00016", "01", LocalDate.of(2025, 6, 30));
        assertEquals(List.of(new SuccessorRef("00004", "Phường Ba Đình", SuccessionKind.PARTIAL),
                new SuccessorRef("00008", "Phường Ngọc Hà", SuccessionKind.PARTIAL)), split.currentCommunes());

        CommuneResolution otherProvince = registry.requireCommune("communeCode", "25432", "75", BEFORE_REFORM);
        assertEquals("70", otherProvince.reportedProvinceCode());
        assertEquals("75", otherProvince.provinceCode());
        assertEquals("26068", otherProvince.currentCommunes().get(0).code());

        assertEquals(CommuneType.THI_TRAN, registry.requireCommune("communeCode", "07294", "24", BEFORE_REFORM).reportedType());

        assertRefused("communeCode", "no commune had code 00008 on 2024-05-10 (before the 2025-07-01 reform)",
                () -> registry.requireCommune("communeCode", "00008", "01", BEFORE_REFORM));
        assertRefused("communeCode", "commune 25432 (Xã Lộc Hưng) was in province 70 (Bình Phước) on 2024-05-10, now part of 75 (Đồng Nai),"
                + " not in 01 (Thành phố Hà Nội)", () -> registry.requireCommune("communeCode", "25432", "01", BEFORE_REFORM));
    }

    @Test
    void withoutTheOldCommunesLoadedPreReformCodesAreRefusedWithTheReason() {
        CommuneFixtures.clear(entityManager);
        CommuneFixtures.importCommunes("current.csv");
        assertRefused("communeCode", "no commune had code 00004 on 2024-05-10 (before the 2025-07-01 reform); the pre-reform communes are not"
                + " loaded (import the commune successions)", () -> registry.requireCommune("communeCode", "00004", "01", BEFORE_REFORM));
    }

    @Test
    void communesKeptInMemoryFollowAnImportAtOnceAndAnUnknownCodeIsNeverKept() {
        assertEquals("Phường Ngọc Hà", resolved("communeCode", "00008", "01", AFTER_REFORM).reportedName());
        assertEquals(CommuneType.XA, resolved("communeCode", "26068", "75", LocalDate.of(2026, 9, 20)).reportedType());
        // Changed behind the registry's back: the copy kept in memory still answers, as another instance's would.
        sql("update commune set name = 'Phường Đổi Tên Bằng SQL' where code = '00008'");
        assertEquals("Phường Ngọc Hà", resolved("communeCode", "00008", "01", AFTER_REFORM).reportedName());

        CommuneFixtures.importCommunes("current-changed.csv");
        assertEquals("Phường Ngọc Hà Mới", resolved("communeCode", "00008", "01", AFTER_REFORM).reportedName(),
                "an import forgets the kept copies");
        assertEquals(CommuneType.PHUONG, resolved("communeCode", "26068", "75", LocalDate.of(2026, 9, 20)).reportedType());

        sql("delete from commune where code = '14845'");
        assertRefused("communeCode", "no commune has code 14845 on 2025-08-01",
                () -> resolved("communeCode", "14845", "38", AFTER_REFORM));
        sql("insert into commune (code, name, province_code, valid_from, created_at, updated_at)"
                + " values ('14845', 'Xã Mường Lát', '38', date '2025-07-01', now(), now())");
        assertEquals("Xã Mường Lát", resolved("communeCode", "14845", "38", AFTER_REFORM).reportedName(),
                "a code found nowhere is asked again next time, never kept as unknown");
    }

    /** As a request would: in a transaction of its own, so no entity of an earlier call is still at hand. */
    private CommuneResolution resolved(String field, String code, String province, LocalDate date) {
        return QuarkusTransaction.requiringNew().call(() -> registry.requireCommune(field, code, province, date));
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }

    @Test
    void domainHelpersMapOldCodesToCurrentOnes() {
        assertEquals(List.of("00004", "00008"), registry.currentCommunesFor("00016").stream().map(SuccessorRef::code).toList());
        assertEquals(List.of(), registry.currentCommunesFor("00008"));
        assertEquals(Optional.of("01"), registry.provinceOf("00004"));
        assertEquals(Optional.of("75"), registry.provinceOf("25432"), "an old-only code: the province its old province went into");
        assertEquals(Optional.empty(), registry.provinceOf("99999"));
    }

    @Test
    void resolutionsOverHttpAnswerAsRequireCommuneDoes() {
        asCommuneOfficer().queryParam("code", "00016").queryParam("date", "2024-05-10").queryParam("province", "01")
                .when().get("/api/v1/commune-resolutions").then().statusCode(200)
                .body("reportedName", equalTo("Phường Ngọc Hà"))
                .body("beforeReform", equalTo(true))
                .body("currentCommunes.code", equalTo(List.of("00004", "00008")));
        asCommuneOfficer().queryParam("code", "00016").queryParam("date", "2025-07-01")
                .when().get("/api/v1/commune-resolutions").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
        asCommuneOfficer().queryParam("code", "00004").when().get("/api/v1/commune-resolutions").then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
    }

    private static RequestSpecification asCommuneOfficer() {
        return given().auth().oauth2(TestTokens.forRole(Roles.COMMUNE_OFFICER));
    }

    private static void assertRefused(String field, String message, Runnable call) {
        ProblemException refused = assertThrows(ProblemException.class, call::run);
        assertEquals(400, refused.status());
        assertEquals(1, refused.errors().size());
        assertEquals(field, refused.errors().get(0).field());
        assertEquals(message, refused.errors().get(0).message());
    }
}
