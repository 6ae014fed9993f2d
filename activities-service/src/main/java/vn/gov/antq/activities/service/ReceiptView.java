package vn.gov.antq.activities.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a citizen gets once on submission: the secret is never shown again, since only its hash is kept. */
@Schema(name = "TipReceipt")
public record ReceiptView(
        @Schema(examples = "TB-7QK2M9XW4D") String receiptCode,
        @Schema(description = "Shown once; keep it with the code to follow the tip up", examples = "n4X0cQ1bV9yE2sJ8uK5tWg") String secret) {
}
