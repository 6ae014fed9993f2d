package vn.gov.antq.commons.sync;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record deleted since the client's last sync, as a delta page reports it. */
@Schema(name = "DeletedRecord", description = "A record deleted after updatedSince: drop your copy")
public record DeletedRecord(
        @Schema(description = "Id of the deleted record, as in its URL", examples = "318") String id,
        @Schema(examples = "2026-03-14T08:15:30.123456Z") Instant deletedAt) {

    static DeletedRecord of(Tombstone tombstone) {
        return new DeletedRecord(tombstone.resourceId(), tombstone.deletedAt());
    }
}
