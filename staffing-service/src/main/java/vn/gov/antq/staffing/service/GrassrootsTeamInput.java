package vn.gov.antq.staffing.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.staffing.model.HamletKind;

@Schema(name = "GrassrootsTeamInput", description = "A team of the grassroots security and order force (Tổ bảo vệ an ninh, trật tự) "
        + "of one hamlet or residential group of a current commune")
public record GrassrootsTeamInput(
        @NotBlank @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code")
        @Schema(description = "Current commune (since 2025-07-01) the hamlet lies in; cannot change once recorded", examples = "26068")
        String communeCode,
        @NotBlank @Size(max = 200) @Schema(description = "The hamlet or residential group (thôn, ấp, bản, tổ dân phố)", examples = "Ấp Bàu Sen")
        String hamletName,
        @NotNull @Schema(examples = "HAMLET") HamletKind hamletKind,
        @NotNull @PastOrPresent @Schema(description = "On or after 2024-07-01, when the force was created", examples = "2024-07-01")
        LocalDate establishedOn,
        @PastOrPresent @Schema(description = "The first day the team no longer exists; after establishedOn") LocalDate dissolvedOn,
        @Size(max = 200) @Schema(description = "Decision establishing the team", examples = "Quyết định số 125/QĐ-UBND ngày 28/6/2024")
        String decisionRef,
        @Size(max = 4000) String notes) {
}
