package vn.gov.antq.activities.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sent in the body, never the URL, so the secret stays out of access logs. */
@Schema(name = "ReceiptCredentials")
public record ReceiptCredentials(
        @NotBlank @Size(max = 20) @Schema(examples = "TB-7QK2M9XW4D") String receiptCode,
        @NotBlank @Size(max = 100) @Schema(examples = "n4X0cQ1bV9yE2sJ8uK5tWg") String secret) {

    @Override
    public String toString() {
        return "ReceiptCredentials[" + receiptCode + ", secret redacted]";
    }
}
