package vn.gov.antq.models.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.models.model.RecognitionResult;
import vn.gov.antq.models.model.SafeUnitKind;

@Schema(name = "SafeUnitRecognition", description = "A yearly \"An toàn về an ninh, trật tự\" verdict on a unit")
public record RecognitionView(
        @Schema(examples = "57") long id,
        SafeUnitKind unitKind,
        @Schema(examples = "Khu dân cư ấp Bàu Sen") String unitName,
        @Schema(description = "Current province", examples = "75") String provinceCode,
        @Schema(examples = "26068") String communeCode,
        @Schema(examples = "2025") int year,
        RecognitionResult result,
        String decisionRef,
        LocalDate decidedOn,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
