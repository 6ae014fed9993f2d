package vn.gov.antq.commons.communes;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommuneTypePeriod", description = "A commune's type from one day to another, both included")
public record TypePeriodView(
        @Schema(examples = "2025-07-01") LocalDate validFrom,
        @Schema(description = "Last day of this type; absent while it still holds", examples = "2026-09-19") LocalDate validTo,
        @Schema(examples = "XA") CommuneType type,
        @Schema(examples = "Xã") String typeLabelVi) {

    static TypePeriodView of(TypePeriod period) {
        return new TypePeriodView(period.validFrom, period.validTo, period.type, period.type.labelVi());
    }
}
