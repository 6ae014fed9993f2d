package vn.gov.antq.staffing.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PoliceUnit", description = "The police of one current commune (Công an xã, phường, đặc khu)")
public record PoliceUnitView(
        @Schema(examples = "12") long id,
        @Schema(description = "Current province of the commune", examples = "75") String provinceCode,
        @Schema(examples = "26068") String communeCode,
        @Schema(description = "The commune's name in the registry", examples = "Phường Biên Hòa") String communeName,
        @Schema(examples = "Công an phường Biên Hòa") String name,
        @Schema(examples = "Số 1 đường 30 Tháng 4, phường Biên Hòa, tỉnh Đồng Nai") String address,
        @Schema(description = "National form", examples = "02513822113") String phone,
        @Schema(examples = "2020-07-01") LocalDate regularSince,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Send as If-Match (in quotes) to change the unit", examples = "0") long version) {
}
