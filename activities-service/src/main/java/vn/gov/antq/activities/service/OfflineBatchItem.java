package vn.gov.antq.activities.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record of a batch: exactly one of {@code activity} and {@code tip}. The payloads stay JSON until the item is
 * processed, so one item's unknown field or code fails that item alone instead of the whole batch.
 */
@Schema(name = "OfflineBatchItem", description = "One activity or one tip, with the client's own reference and idempotency key")
public record OfflineBatchItem(
        @Schema(description = "The client's reference for this record, unique within the batch (1–100 characters); results and "
                + "activityClientRef use it", required = true, maxLength = 100, examples = "hd-2025-09-12-01") String clientRef,
        @Schema(description = "A unique key for this item (1–200 printable ASCII characters, e.g. a UUID), sent again unchanged when "
                + "the batch is resent: an item that succeeded before is not created again, its result is replayed. Item keys are "
                + "apart from Idempotency-Key headers: the same value may serve both.", required = true, maxLength = 200,
                examples = "6f1c2b9e-3d4a-4e5f-8a7b-1c2d3e4f5a61") String idempotencyKey,
        @Schema(description = "A propaganda activity, exactly as POST /api/v1/activities takes it", implementation = ActivityInput.class)
        JsonNode activity,
        @Schema(description = "A tip, exactly as POST /api/v1/tips takes it; a slip tip names its activity by activityId or, for an "
                + "activity of this batch, by activityClientRef", implementation = TipInput.class) JsonNode tip,
        @Schema(description = "For a tip from a slip collected at a propaganda session recorded earlier in this batch: that activity "
                + "item's clientRef (instead of tip.activityId)", examples = "hd-2025-09-12-01") String activityClientRef) {
}
