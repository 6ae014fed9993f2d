package vn.gov.antq.commons.communes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommuneSuccession",
        description = "One edge of the 2025-07-01 reform: (part of) an old commune, as it was before the reform, and the current commune it went into")
public record SuccessionView(
        @Schema(description = "Absent for an area that was no commune (kind NO_OLD_COMMUNE)", examples = "00016") String oldCommuneCode,
        @Schema(examples = "Phường Ngọc Hà") String oldCommuneName,
        @Schema(description = "Read from the old name (Xã, Phường, Thị trấn); absent when the name has no such prefix", examples = "PHUONG")
        CommuneType oldCommuneType,
        @Schema(description = "Pre-reform province code", examples = "01") String oldProvinceCode,
        @Schema(examples = "Thành phố Hà Nội") String oldProvinceName,
        @Schema(description = "Pre-reform district (abolished on 2025-07-01)", examples = "001") String oldDistrictCode,
        @Schema(examples = "Quận Ba Đình") String oldDistrictName,
        @Schema(examples = "00004") String newCommuneCode,
        @Schema(examples = "Phường Ba Đình") String newCommuneName,
        @Schema(description = "Current province code", examples = "01") String newProvinceCode,
        @Schema(examples = "PARTIAL") SuccessionKind kind,
        @Schema(examples = "Nhập một phần") String kindLabelVi,
        @Schema(description = "The list's note as published", examples = "Nhập một phần") String note) {
}
