package vn.gov.antq.activities.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who reported a tip; only ever stored encrypted and shown only on a reveal. */
@Schema(name = "ReporterIdentity", description = "A tipster's identity: personal data, encrypted at rest")
public record ReporterIdentity(
        @NotBlank @Size(max = 200) @Schema(examples = "Nguyễn Văn An") String name,
        @Size(max = 30) @Pattern(regexp = "[0-9+ ]{6,30}", message = "must be a phone number") @Schema(examples = "0912345678") String phone,
        @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z]{9,20}", message = "must be an ID number") @Schema(examples = "075090001234") String idNumber,
        @Size(max = 500) @Schema(examples = "Ấp 3, xã Tân Phú, Đồng Nai") String address) {

    @Override
    public String toString() {
        // Keeps the identity out of logs that print the record.
        return "ReporterIdentity[redacted]";
    }
}
