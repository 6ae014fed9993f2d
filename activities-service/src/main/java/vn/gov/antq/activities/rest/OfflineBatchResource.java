package vn.gov.antq.activities.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.antq.activities.service.OfflineBatchInput;
import vn.gov.antq.activities.service.OfflineBatchResult;
import vn.gov.antq.activities.service.OfflineBatchService;
import vn.gov.antq.commons.security.Roles;

/**
 * Upload of activities and tips a mobile client recorded offline. Not one transaction and not one Idempotency-Key:
 * every item carries its own key and succeeds or fails on its own.
 */
@Path("/api/v1/offline-batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offline upload", description = "Activities and tips recorded offline by mobile clients, uploaded in one request")
public class OfflineBatchResource {

    static final String REQUEST_EXAMPLE = """
            {
              "items": [
                {
                  "clientRef": "hd-2025-09-12-01",
                  "idempotencyKey": "6f1c2b9e-3d4a-4e5f-8a7b-1c2d3e4f5a61",
                  "activity": {
                    "title": "Họp dân ấp Bàu Sen về phòng, chống ma túy",
                    "form": "COMMUNITY_MEETING",
                    "topics": ["DRUGS", "CRIME_PREVENTION"],
                    "provinceCode": "75",
                    "communeCode": "26068",
                    "heldOn": "2025-09-12",
                    "organiser": "POLICE",
                    "sessions": 1,
                    "participants": 85,
                    "leaflets": 200,
                    "location": "Nhà văn hóa ấp Bàu Sen"
                  }
                },
                {
                  "clientRef": "tb-2025-09-12-01",
                  "idempotencyKey": "6f1c2b9e-3d4a-4e5f-8a7b-1c2d3e4f5a62",
                  "activityClientRef": "hd-2025-09-12-01",
                  "tip": {
                    "receivedAt": "2025-09-12T20:15:00+07:00",
                    "channel": "PROPAGANDA_SESSION_SLIP",
                    "category": "DRUGS",
                    "provinceCode": "75",
                    "communeCode": "26068",
                    "summary": "Phiếu góp ý thu sau buổi họp: nghi có người bán ma túy ở bãi đất trống cuối ấp"
                  }
                },
                {
                  "clientRef": "tb-2025-09-13-01",
                  "idempotencyKey": "6f1c2b9e-3d4a-4e5f-8a7b-1c2d3e4f5a63",
                  "tip": {
                    "receivedAt": "2025-09-13T07:40:00+07:00",
                    "channel": "IN_PERSON",
                    "category": "THEFT",
                    "provinceCode": "75",
                    "communeCode": "26041",
                    "summary": "Người dân trình báo mất trộm xe máy trước chợ"
                  }
                }
              ]
            }""";

    static final String RESPONSE_EXAMPLE = """
            {
              "succeeded": 2,
              "failed": 1,
              "items": [
                {
                  "clientRef": "hd-2025-09-12-01",
                  "kind": "ACTIVITY",
                  "status": 201,
                  "replayed": false,
                  "id": 512,
                  "location": "https://antq.example/api/v1/activities/512",
                  "etag": "\\"0\\""
                },
                {
                  "clientRef": "tb-2025-09-12-01",
                  "kind": "TIP",
                  "status": 201,
                  "replayed": false,
                  "id": 2048,
                  "location": "https://antq.example/api/v1/tips/2048",
                  "etag": "\\"0\\""
                },
                {
                  "clientRef": "tb-2025-09-13-01",
                  "kind": "TIP",
                  "status": 403,
                  "replayed": false,
                  "problem": {
                    "type": "about:blank",
                    "title": "Forbidden",
                    "status": 403,
                    "detail": "You may not write records of province 75, commune 26041: it is outside your scope",
                    "instance": "/api/v1/offline-batches",
                    "requestId": "5b0c7a4e-2f0c-4b7e-9a51-3c1f0f6f2b1d"
                  }
                }
              ]
            }""";

    @Inject
    OfflineBatchService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
    @Operation(operationId = "uploadOfflineBatch", summary = "Upload activities and tips recorded offline",
            description = """
                    Up to antq.offline-batches.max-items (default 100) items in one request (at most 2 MB), each an activity \
                    (as POST /api/v1/activities takes it) or a tip (as POST /api/v1/tips takes it) with the client's own \
                    clientRef and idempotencyKey. Items are processed in order, each in its own transaction and exactly as its \
                    single endpoint would process it: same validation, same roles and scope (an item outside your scope fails \
                    with 403 while the others are stored), same audit. The answer is 200 with one result per item: its status, \
                    and the created record's id, location and ETag, or a problem (field names relative to the item).

                    Resending: a poor network may lose the answer; send the same batch again. Items that succeeded are not \
                    created twice: their original result comes back with replayed: true (item keys are kept 24 hours, \
                    antq.idempotency.retention). Failed items are not remembered and run again. An item key reused with other \
                    content is a 422 for that item. Item keys never collide with Idempotency-Key headers of other requests.

                    A tip from a slip collected at a session recorded earlier in the same batch names that activity by its \
                    clientRef (activityClientRef); when that activity item failed, the tip fails with 424.

                    A malformed batch (not an object with a list of items, no items or too many, an item without clientRef or \
                    idempotencyKey, a clientRef or key used twice, an item with neither or both of activity and tip, an \
                    activityClientRef naming no earlier activity item, an unknown field outside the payloads) is refused \
                    whole with 400: nothing is stored.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OfflineBatchInput.class),
            examples = @ExampleObject(name = "Họp dân, phiếu góp ý và tin báo", summary = "A meeting, a slip collected at it, and a tip of another commune",
                    value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "One result per item, in the order sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfflineBatchResult.class),
                    examples = @ExampleObject(name = "Two stored, one outside the caller's commune", value = RESPONSE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The batch itself is malformed (see the description); nothing was stored. "
            + "Invalid items do not make the batch malformed: they fail on their own in the 200 answer.")
    @APIResponse(responseCode = "413", description = "The body is larger than 2 MB; split the batch")
    public OfflineBatchResult uploadOfflineBatch(@NotNull OfflineBatchInput batch) {
        return service.upload(batch);
    }
}
