package vn.gov.antq.staffing.service;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.commons.communes.CommuneType;

@Schema(name = "UnitStaffing", description = "A commune police unit's regular officers as of a day against the norm of its commune's type "
        + "on that day. Figures only: no officer is named")
public record StaffingView(
        @Schema(examples = "12") long policeUnitId,
        @Schema(examples = "Công an xã Lộc Ninh") String name,
        @Schema(examples = "75") String provinceCode,
        @Schema(examples = "25270") String communeCode,
        @Schema(examples = "Xã Lộc Ninh") String communeName,
        @Schema(description = "The commune's type on the day (it may change: 22 xã became phường on 2026-09-20)", examples = "XA")
        CommuneType communeType,
        @Schema(examples = "2026-01-01") LocalDate asOf,
        @Schema(description = "Whether the unit was fully regular (chính quy) on the day") boolean regular,
        List<PositionStaffing> positions,
        @Schema(description = "Officers posted on the day, all positions", examples = "5") int filled,
        @Schema(description = "Missing against the norm, all positions", examples = "0") int vacancies,
        @Schema(description = "Exactly the chiefs and at least the deputies and officers of the norm") boolean meetsNorm) {
}
