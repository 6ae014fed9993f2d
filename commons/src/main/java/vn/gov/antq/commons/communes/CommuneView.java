package vn.gov.antq.commons.communes;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Commune", description = "A commune-level unit in force since the 2025-07-01 reform (xã, phường, đặc khu)")
public record CommuneView(
        @Schema(description = "Five-digit code", examples = "07294") String code,
        @Schema(examples = "Xã Bố Hạ") String name,
        @Schema(description = "Type on the date asked for (today by default)", examples = "PHUONG") CommuneType type,
        @Schema(examples = "Phường") String typeLabelVi,
        @Schema(description = "Current province code", examples = "24") String provinceCode,
        @Schema(examples = "Bắc Ninh") String provinceName,
        @Schema(examples = "2025-07-01") LocalDate validFrom,
        @Schema(description = "Last day in force; absent while in force") LocalDate validTo,
        Instant updatedAt,
        long version) {
}
