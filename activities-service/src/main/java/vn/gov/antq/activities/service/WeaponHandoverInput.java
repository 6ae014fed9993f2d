package vn.gov.antq.activities.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.activities.model.HandoverSource;

@Schema(name = "WeaponHandoverInput", description = "Weapons, explosives or firecrackers handed over or seized on a day: one line per category")
public record WeaponHandoverInput(
        @NotNull @PastOrPresent @Schema(examples = "2026-03-14") LocalDate handedOverOn,
        @NotBlank @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code")
        @Schema(description = "Current province (one of the 34)", examples = "75") String provinceCode,
        @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code")
        @Schema(description = "Commune of the province in force on the handover day", examples = "26068") String communeCode,
        @NotNull @Schema(examples = "VOLUNTARY_HANDOVER") HandoverSource source,
        @Positive @Schema(description = "The tip that led to it: a tip of the same province you can read", examples = "1024") Long tipId,
        @NotEmpty @Size(max = 9) List<@NotNull @Valid HandoverItemInput> items,
        @Size(max = 300) @Schema(description = "Who handed the items over, or from whom they were seized, as described in the record",
                examples = "Người dân ấp Bàu Sen giao nộp tại trụ sở Công an xã") String handingParty,
        @Size(max = 2000) @Schema(examples = "Súng kíp tự chế cất giữ từ trước năm 1975") String notes) {
}
