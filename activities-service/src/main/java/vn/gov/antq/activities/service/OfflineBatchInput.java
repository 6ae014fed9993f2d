package vn.gov.antq.activities.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Records a mobile client made offline, sent together once it is back online. */
@Schema(name = "OfflineBatchInput", description = "Up to antq.offline-batches.max-items (default 100) items, each an activity or a tip "
        + "with its own clientRef and idempotencyKey")
public record OfflineBatchInput(
        @Schema(description = "The items, processed in order, each in its own transaction", required = true) List<OfflineBatchItem> items) {
}
