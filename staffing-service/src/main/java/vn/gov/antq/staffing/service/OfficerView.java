package vn.gov.antq.staffing.service;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.staffing.model.Gender;
import vn.gov.antq.staffing.model.PoliceRank;

@Schema(name = "Officer", description = "A regular police officer. The personal data (fullName, birthYear, idNumber, phone) is given "
        + "only to callers whose scope holds the officer; a ministry analyst gets the pseudonymous view (pseudonymous: true), "
        + "where those fields are null and only the birth decade is shown")
public record OfficerView(
        @Schema(description = "Stable id; in the pseudonymous view it is the pseudonym", examples = "431") long id,
        @Schema(examples = "75") String provinceCode,
        @Schema(examples = "THIEU_UY") PoliceRank rank,
        @Schema(examples = "MALE") Gender gender,
        @Schema(description = "Decade of birth (1990 for 1990–1999), in every view", examples = "1990") int birthDecade,
        @Schema(description = "True when the personal data is withheld") boolean pseudonymous,
        @Schema(description = "Personal data", examples = "Nguyễn Văn An") String fullName,
        @Schema(description = "Personal data", examples = "1994") Integer birthYear,
        @Schema(description = "Personal data", examples = "075094001234") String idNumber,
        @Schema(description = "Personal data, national form", examples = "0912345678") String phone,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Send as If-Match (in quotes) to change the officer", examples = "0") long version) {
}
