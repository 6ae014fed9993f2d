package vn.gov.antq.activities.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IdentityRevealInput", description = "Why the investigator needs the tipster's identity; recorded in the audit trail")
public record RevealInput(
        @NotBlank @Size(min = 10, max = 1000) @Schema(examples = "Cần liên hệ người báo tin để xác minh địa điểm giao dịch") String reason) {
}
