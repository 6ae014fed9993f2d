package vn.gov.antq.models.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.models.model.PlaceKind;

@Schema(name = "Site", description = "A place where a model is applied (điểm), in a commune of the model's province")
public record SiteView(
        @Schema(examples = "1204") long id,
        @Schema(examples = "318") long modelId,
        @Schema(examples = "75") String provinceCode,
        @Schema(examples = "26068") String communeCode,
        @Schema(examples = "Ấp Bàu Sen") String placeName,
        PlaceKind placeKind,
        int teams,
        int members,
        Integer households,
        Integer cameras,
        LocalDate establishedOn,
        LocalDate dissolvedOn,
        BigDecimal latitude,
        BigDecimal longitude,
        String contactName,
        String contactPhone,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
