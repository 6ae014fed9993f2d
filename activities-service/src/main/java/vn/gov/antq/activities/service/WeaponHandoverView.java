package vn.gov.antq.activities.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.activities.model.HandoverSource;

@Schema(name = "WeaponHandover", description = "A handover or seizure of weapons, explosives or firecrackers (thu hồi vũ khí, vật liệu nổ)")
public record WeaponHandoverView(
        @Schema(examples = "88") long id,
        LocalDate handedOverOn,
        @Schema(examples = "75") String provinceCode,
        @Schema(examples = "26068") String communeCode,
        HandoverSource source,
        Long tipId,
        @Schema(description = "One line per category, in the code list's order") List<HandoverItemView> items,
        String handingParty,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
