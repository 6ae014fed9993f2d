package vn.gov.antq.staffing.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.staffing.model.MemberRole;

@Schema(name = "GrassrootsMemberInput", description = "A person's membership of a grassroots team. On joining, members are 18 to 70 "
        + "years old (over 70 only with an exception decision) and have lived in the commune for at least a year. Name, birth date, "
        + "residence and phone are personal data.")
public record GrassrootsMemberInput(
        @NotBlank @Size(max = 200) @Schema(examples = "Nguyễn Văn An") String fullName,
        @NotNull @Schema(description = "At most one LEADER of a team at a time", examples = "LEADER") MemberRole role,
        @NotNull @Past @Schema(examples = "1978-04-12") LocalDate birthDate,
        @NotNull @PastOrPresent @Schema(description = "Since when the person has lived in the commune", examples = "2005-09-01")
        LocalDate residenceSince,
        @Size(max = 30) @Pattern(regexp = "\\+?[0-9][0-9 .()-]{5,28}", message = "must be a phone number (digits, spaces, + . ( ) -)")
        @Schema(examples = "0912 345 678") String phone,
        @NotNull @PastOrPresent @Schema(description = "Not before the team was established", examples = "2024-07-01") LocalDate joinedOn,
        @PastOrPresent @Schema(description = "The first day no longer a member; after joinedOn") LocalDate leftOn,
        @Size(max = 200) @Schema(description = "Decision admitting a member over 70; given with ageExceptionDate",
                examples = "Quyết định số 37/QĐ-UBND") String ageExceptionRef,
        @PastOrPresent @Schema(description = "Date of that decision; not after joinedOn") LocalDate ageExceptionDate) {
}
