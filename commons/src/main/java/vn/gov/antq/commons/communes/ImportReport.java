package vn.gov.antq.commons.communes;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of one import. Every data row of the file is counted once, as inserted, updated, unchanged or rejected.
 * Stored rows the file does not name at all are kept, never deleted: they are counted as absent.
 */
@Schema(name = "CommuneImportReport", description = "What an import of an official list did, row by row")
public record ImportReport(
        @Schema(description = "Which list", examples = "commune-list") String list,
        @Schema(description = "SHA-256 of the uploaded file, also the audit event's resource id") String sha256,
        @Schema(description = "Data rows in the file (the header not counted)", examples = "3321") int rows,
        @Schema(examples = "3321") int inserted,
        @Schema(examples = "0") int updated,
        @Schema(examples = "0") int unchanged,
        @Schema(examples = "0") int rejected,
        @Schema(description = "Stored rows the file does not name; kept as they are", examples = "0") int absent,
        @Schema(description = "Each rejected row with its line number (the header is line 1) and why") List<RejectedRow> rejectedRows) {

    @Schema(name = "CommuneImportRejectedRow")
    public record RejectedRow(
            @Schema(description = "Line of the file the row starts on; the header is line 1", examples = "7") int line,
            @Schema(description = "The row's commune code (for successions: old→new), if readable", examples = "0729X") String key,
            @Schema(examples = "commune_code '0729X' is not a five-digit code") String reason) {
    }
}
