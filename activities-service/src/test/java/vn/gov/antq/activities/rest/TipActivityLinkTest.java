package vn.gov.antq.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.TestTokens;

/** Tips from slips collected at a propaganda session name that activity (channel PROPAGANDA_SESSION_SLIP). */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class TipActivityLinkTest {

    private static final String ADMIN = TestTokens.forRole(Roles.MINISTRY_ADMIN);
    private static final String OFFICER_75 = TestTokens.forRole(Roles.PROVINCE_OFFICER);
    private static final String OFFICER_38 = TestTokens.token(Roles.PROVINCE_OFFICER, TestTokens.OTHER_PROVINCE, null);
    /** Commune officer of 75 / 26068. */
    private static final String COMMUNE_OFFICER = TestTokens.forRole(Roles.COMMUNE_OFFICER);
    private static final String SLIP = "PROPAGANDA_SESSION_SLIP";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void communes() {
        ActivityCommuneFixture.load();
    }

    @Test
    void aSlipTipNamesItsActivityWhichShowsInViewsAndFiltersTheList() {
        long meeting = activity(OFFICER_75, TestTokens.COMMUNE, "2025-09-10");
        long otherMeeting = activity(OFFICER_75, TestTokens.COMMUNE, "2025-09-10");
        Response created = tip(COMMUNE_OFFICER, slip(TestTokens.COMMUNE, meeting, "2025-09-10T19:30:00+07:00"));
        created.then().statusCode(201).body("channel", equalTo(SLIP)).body("activityId", equalTo((int) meeting));
        long id = created.jsonPath().getLong("id");
        long hotline = tip(COMMUNE_OFFICER, hotline(TestTokens.COMMUNE)).then().statusCode(201).body("activityId", nullValue())
                .extract().jsonPath().getLong("id");

        given().auth().oauth2(OFFICER_75).when().get("/api/v1/tips/" + id).then().statusCode(200).body("activityId", equalTo((int) meeting));
        given().auth().oauth2(OFFICER_75).queryParam("activity", meeting).queryParam("size", 200).when().get("/api/v1/tips")
                .then().statusCode(200).body("items.id", equalTo(List.of((int) id))).body("totalItems", equalTo(1));
        given().auth().oauth2(OFFICER_75).queryParam("activity", otherMeeting).when().get("/api/v1/tips")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(ADMIN).queryParam("activity", "many").when().get("/api/v1/tips").then().statusCode(400)
                .body("errors[0].field", equalTo("activity"));
        given().auth().oauth2(ADMIN).queryParam("resourceType", "tip").queryParam("resourceId", id).when().get("/api/v1/audit-events")
                .then().statusCode(200).body("items[0].changes.find { it.field == 'activityId' }.new", equalTo((int) meeting));
        // The delta of a commune's sync client carries the link too.
        given().auth().oauth2(COMMUNE_OFFICER).queryParam("updatedSince", "2020-01-01T00:00:00Z").queryParam("size", 200)
                .when().get("/api/v1/tips/changes").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.activityId", equalTo((int) meeting))
                .body("items.find { it.id == " + hotline + " }.activityId", nullValue());
    }

    @Test
    void theLinkIsRequiredForSlipsOnlyAndEachBrokenLinkIs400StoringNothing() {
        long meeting = activity(OFFICER_75, TestTokens.COMMUNE, "2025-09-10");
        String marker = "Phiếu không hợp lệ " + UUID.randomUUID();

        Map<String, Object> slipWithout = slip(TestTokens.COMMUNE, meeting, "2025-09-10T20:00:00+07:00");
        slipWithout.remove("activityId");
        expect400(COMMUNE_OFFICER, slipWithout, marker, "activityId", "is required for channel PROPAGANDA_SESSION_SLIP");
        Map<String, Object> hotlineWith = hotline(TestTokens.COMMUNE);
        hotlineWith.put("activityId", meeting);
        expect400(COMMUNE_OFFICER, hotlineWith, marker, "activityId", "is only for channel PROPAGANDA_SESSION_SLIP");
        // The evening before the meeting, Vietnam time.
        expect400(COMMUNE_OFFICER, slip(TestTokens.COMMUNE, meeting, "2025-09-09T23:30:00+07:00"), marker, "receivedAt",
                "cannot be before 2025-09-10, the first day of activity " + meeting);
        expect400(COMMUNE_OFFICER, slip(TestTokens.COMMUNE, Long.MAX_VALUE, "2025-09-10T20:00:00+07:00"), marker, "activityId",
                "no propaganda activity with id " + Long.MAX_VALUE);
        assertEquals(0L, count("select count(*) from tip where summary = '" + marker + "'"));
        assertEquals(0L, count("select count(*) from audit_event where cast(changes as text) like '%" + marker + "%'"));

        // On the activity's day, early in the morning in Vietnam (still the day before in UTC): accepted.
        tip(COMMUNE_OFFICER, slip(TestTokens.COMMUNE, meeting, "2025-09-09T17:30:00Z")).then().statusCode(201)
                .body("receivedAt", equalTo("2025-09-09T17:30:00Z"));
    }

    @Test
    void anActivityOutOfScopeReadsExactlyLikeAMissingOneAndAnotherProvincesIsRefused() {
        long neighbours = activity(OFFICER_75, ActivityCommuneFixture.OTHER_COMMUNE_75, "2025-09-10");
        long provinceWide = activity(OFFICER_75, null, "2025-09-10");
        long thanhHoa = activity(OFFICER_38, TestTokens.OTHER_COMMUNE, "2025-09-10");
        long missing = Long.MAX_VALUE - 1;
        String marker = "Phiếu ngoài phạm vi " + UUID.randomUUID();

        // A commune officer reads neither a neighbouring commune's activity nor a province-wide one: both look missing.
        String missingDetail = expect400(COMMUNE_OFFICER, slip(TestTokens.COMMUNE, missing, "2025-09-11T08:00:00+07:00"), marker,
                "activityId", "no propaganda activity with id " + missing);
        for (long hidden : List.of(neighbours, provinceWide, thanhHoa)) {
            String detail = expect400(COMMUNE_OFFICER, slip(TestTokens.COMMUNE, hidden, "2025-09-11T08:00:00+07:00"), marker,
                    "activityId", "no propaganda activity with id " + hidden);
            assertEquals(missingDetail.replace(String.valueOf(missing), "ID"), detail.replace(String.valueOf(hidden), "ID"));
        }
        // The ministry reads every activity, but a tip of Đồng Nai cannot come from a session held in Thanh Hóa.
        expect400(ADMIN, slip(TestTokens.COMMUNE, thanhHoa, "2025-09-11T08:00:00+07:00"), marker, "activityId",
                "was held in province 38, not in the tip's province 75");
        assertEquals(0L, count("select count(*) from tip where summary = '" + marker + "'"));

        // The province officer reads the province-wide activity and may link a tip of any commune to it.
        tip(OFFICER_75, slip(TestTokens.COMMUNE, provinceWide, "2025-09-11T08:00:00+07:00")).then().statusCode(201)
                .body("activityId", equalTo((int) provinceWide));
    }

    @Test
    void anActivityNamedByTipsIsNotDeletedNorMovedAfterThemAndTheLinkChangesByPut() {
        long meeting = activity(OFFICER_75, TestTokens.COMMUNE, "2025-09-10");
        long later = activity(OFFICER_75, TestTokens.COMMUNE, "2025-09-20");
        Response slipTip = tip(COMMUNE_OFFICER, slip(TestTokens.COMMUNE, meeting, "2025-09-12T08:00:00+07:00"));
        long tipId = slipTip.jsonPath().getLong("id");

        given().auth().oauth2(OFFICER_75).header("If-Match", "\"0\"").when().delete("/api/v1/activities/" + meeting)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("named by 1 tip")).body("detail", containsString("/api/v1/tips?activity=" + meeting));
        given().auth().oauth2(OFFICER_75).when().get("/api/v1/activities/" + meeting).then().statusCode(200).header("ETag", "\"0\"");
        assertEquals(0L, count("select count(*) from tombstone where resource_id = '" + meeting + "'"));
        assertEquals(0L, count("select count(*) from audit_event where resource_type = 'propaganda-activity' and resource_id = '"
                + meeting + "' and action = 'DELETE'"));

        // The activity cannot start after a slip collected at it was received: 12 September.
        Map<String, Object> moved = PropagandaActivityResourceTest.activity(TestTokens.COMMUNE, "Họp dân ấp 3");
        moved.put("heldOn", "2025-09-13");
        given().auth().oauth2(OFFICER_75).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(moved)
                .when().put("/api/v1/activities/" + meeting).then().statusCode(409)
                .body("detail", containsString("received on 2025-09-12, before the new first day 2025-09-13"));
        moved.put("heldOn", "2025-09-12");
        given().auth().oauth2(OFFICER_75).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(moved)
                .when().put("/api/v1/activities/" + meeting).then().statusCode(200).header("ETag", "\"1\"");

        // Relinking by PUT follows the create rules: the later activity started after the tip came in.
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(update(SLIP, later)).when().put("/api/v1/tips/" + tipId).then().statusCode(400)
                .body("errors[0].field", equalTo("receivedAt"));
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(update(SLIP, null)).when().put("/api/v1/tips/" + tipId).then().statusCode(400)
                .body("errors[0].field", equalTo("activityId"));
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(update("HOTLINE", meeting)).when().put("/api/v1/tips/" + tipId).then().statusCode(400)
                .body("errors[0].field", equalTo("activityId"));
        given().auth().oauth2(ADMIN).when().get("/api/v1/tips/" + tipId).then().header("ETag", "\"0\"").body("activityId", equalTo((int) meeting));

        // Filed under the wrong channel: once it no longer names the activity, the activity may go.
        given().auth().oauth2(COMMUNE_OFFICER).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(update("HOTLINE", null)).when().put("/api/v1/tips/" + tipId).then().statusCode(200)
                .body("channel", equalTo("HOTLINE")).body("activityId", nullValue());
        given().auth().oauth2(OFFICER_75).header("If-Match", "\"1\"").when().delete("/api/v1/activities/" + meeting).then().statusCode(204);
    }

    private String expect400(String token, Map<String, Object> body, String marker, String field, String message) {
        body.put("summary", marker);
        return tip(token, body).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(message))
                .extract().jsonPath().getString("detail");
    }

    private static long activity(String token, String commune, String heldOn) {
        Map<String, Object> body = PropagandaActivityResourceTest.activity(commune, "Họp dân ấp 3 " + UUID.randomUUID());
        body.put("heldOn", heldOn);
        if (token.equals(OFFICER_38)) {
            body.put("provinceCode", TestTokens.OTHER_PROVINCE);
        }
        return given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/activities").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Response tip(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/tips");
    }

    static Map<String, Object> slip(String commune, long activityId, String receivedAt) {
        Map<String, Object> body = hotline(commune);
        body.put("channel", SLIP);
        body.put("activityId", activityId);
        body.put("receivedAt", receivedAt);
        body.put("summary", "Phiếu góp ý thu tại buổi họp dân: nghi có người mua bán ma túy ở bãi đất trống cuối ấp");
        return body;
    }

    private static Map<String, Object> hotline(String commune) {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedAt", "2025-09-12T08:30:00+07:00");
        body.put("channel", "HOTLINE");
        body.put("category", "DRUGS");
        body.put("provinceCode", "75");
        if (commune != null) {
            body.put("communeCode", commune);
        }
        body.put("summary", "Nghi có nhóm người sử dụng ma túy tại nhà hoang cuối ấp");
        return body;
    }

    private static Map<String, Object> update(String channel, Long activityId) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", channel);
        if (activityId != null) {
            body.put("activityId", activityId);
        }
        body.put("category", "DRUGS");
        body.put("summary", "Phiếu góp ý thu tại buổi họp dân");
        return body;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
