package vn.gov.antq.commons.communes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommuneDetail", description = "A current commune with its type over time and the old communes that went into it")
public record CommuneDetail(
        @Schema(examples = "07294") String code,
        @Schema(examples = "Xã Bố Hạ") String name,
        @Schema(description = "Type on the date asked for (today by default)", examples = "PHUONG") CommuneType type,
        @Schema(examples = "Phường") String typeLabelVi,
        @Schema(examples = "24") String provinceCode,
        @Schema(examples = "Bắc Ninh") String provinceName,
        @Schema(examples = "2025-07-01") LocalDate validFrom,
        LocalDate validTo,
        @Schema(description = "Every type it has had, oldest first") List<TypePeriodView> typeHistory,
        @Schema(description = "The old communes (or parts of them) that went into it on 2025-07-01") List<SuccessionView> predecessors,
        Instant updatedAt,
        long version) {
}
