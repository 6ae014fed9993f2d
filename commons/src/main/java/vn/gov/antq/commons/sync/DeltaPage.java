package vn.gov.antq.commons.sync;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a delta query ({@code GET /api/v1/<resource>?updatedSince=…}): the records of the caller's scope
 * changed (created or updated) after {@code updatedSince}, the records deleted after it, and the watermark to send as
 * {@code updatedSince} next time. A record may come again in a later page (see {@link SyncConfig#safetyWindow()});
 * applying a page twice is harmless. Ids in {@code deleted} never appear in {@code items} of the same page.
 */
public record DeltaPage<T>(
        @Schema(description = "Records changed after updatedSince, oldest change first; each carries its version (ETag)") List<T> items,
        @Schema(description = "Records deleted after updatedSince (empty on a first sync without updatedSince)") List<DeletedRecord> deleted,
        @Schema(description = "Send this as updatedSince next time. It lies a few seconds before the query (or at the end of "
                + "this page when more is true), so changes committing around the query time are sent again, never missed",
                examples = "2026-03-14T08:15:25.000001Z") Instant syncedTo,
        @Schema(description = "More changes wait: ask again at once with updatedSince=syncedTo. False when you are up to "
                + "date except, at most, for changes of the last seconds, which your next poll brings") boolean more) {
}
