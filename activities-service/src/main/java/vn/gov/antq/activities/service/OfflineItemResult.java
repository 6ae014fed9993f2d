package vn.gov.antq.activities.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.gov.antq.commons.problem.Problem;

/** What became of one item: the created record (2xx), or why nothing was stored for it (a problem). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "OfflineItemResult", description = "The outcome of one item, in the order of the batch")
public record OfflineItemResult(
        @Schema(examples = "hd-2025-09-12-01") String clientRef,
        @Schema(examples = "ACTIVITY") OfflineItemKind kind,
        @Schema(description = "The status the single endpoint would have answered: 201 created, 400, 403, 409, 422 (item key reused "
                + "for other content), 424 (the activity it names by activityClientRef failed), 500", examples = "201") int status,
        @Schema(description = "true when the item succeeded in an earlier sending of its idempotencyKey and this is that result again")
        boolean replayed,
        @Schema(description = "Id of the created record (2xx only)", examples = "512") Long id,
        @Schema(description = "Where the created record is read (2xx only)", examples = "https://antq.example/api/v1/activities/512")
        String location,
        @Schema(description = "ETag of the created record's version, for If-Match on later changes (2xx only)", examples = "\"0\"")
        String etag,
        @Schema(description = "Why nothing was stored for this item (non-2xx only); field names are relative to the item, e.g. "
                + "activity.heldOn, tip.communeCode, idempotencyKey") Problem problem) {

    boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
