package vn.gov.antq.activities.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TipAdditionInput")
public record TipAdditionInput(
        @Valid @NotNull ReceiptCredentials receipt,
        @NotBlank @Size(max = 4000) @Schema(examples = "Đối tượng thường xuất hiện vào buổi tối, đi xe máy màu đỏ") String text) {
}
