package vn.gov.antq.activities.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OfflineBatchResult", description = "One result per item, in the order sent")
public record OfflineBatchResult(
        @Schema(description = "Items stored now or earlier (2xx)", examples = "2") int succeeded,
        @Schema(description = "Items for which nothing was stored; resend them (corrected) with the same keys", examples = "1") int failed,
        List<OfflineItemResult> items) {
}
