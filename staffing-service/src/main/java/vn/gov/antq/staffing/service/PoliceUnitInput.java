package vn.gov.antq.staffing.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PoliceUnitInput", description = "The police of one current commune (Công an xã, phường, đặc khu)")
public record PoliceUnitInput(
        @NotBlank @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code")
        @Schema(description = "A current commune, in force today; its province is derived from it; cannot change once recorded",
                examples = "26068") String communeCode,
        @NotBlank @Size(max = 200) @Schema(examples = "Công an phường Biên Hòa") String name,
        @NotBlank @Size(max = 500) @Schema(examples = "Số 1 đường 30 Tháng 4, phường Biên Hòa, tỉnh Đồng Nai") String address,
        @Size(max = 30) @Schema(description = "A Vietnamese number: mobile of 10 digits (03, 05, 07, 08, 09) or landline of 11 digits "
                + "(02…); spaces, dots and +84 are accepted; stored in national form", examples = "0251 3822 113") String phone,
        @PastOrPresent @Schema(description = "The day the unit became fully regular (chính quy); absent while not (yet) known",
                examples = "2020-07-01") LocalDate regularSince,
        @Size(max = 2000) String notes) {
}
