package vn.gov.antq.staffing.service;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.staffing.model.Gender;
import vn.gov.antq.staffing.model.PoliceRank;

@Schema(name = "OfficerInput", description = "A regular police officer of a province's police")
public record OfficerInput(
        @NotBlank @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code")
        @Schema(description = "Current province whose police the officer belongs to", examples = "75") String provinceCode,
        @NotBlank @Size(max = 200) @Schema(description = "Personal data", examples = "Nguyễn Văn An") String fullName,
        @NotNull @Schema(examples = "THIEU_UY") PoliceRank rank,
        @NotNull @Schema(examples = "MALE") Gender gender,
        @NotNull @Min(value = OfficerService.EARLIEST_BIRTH_YEAR, message = "must be " + OfficerService.EARLIEST_BIRTH_YEAR + " or later")
        @Schema(description = "Personal data. From " + OfficerService.EARLIEST_BIRTH_YEAR + " to 18 years before this year",
                examples = "1994") Integer birthYear,
        @Pattern(regexp = "\\d{12}", message = "must be the 12-digit citizen identity number (số định danh cá nhân)")
        @Schema(description = "Personal data: citizen identity number (số định danh cá nhân), 12 digits; unique", examples = "075094001234")
        String idNumber,
        @Size(max = 30) @Schema(description = "Personal data: a Vietnamese mobile (10 digits) or landline (11 digits) number",
                examples = "0912 345 678") String phone) {
}
