package vn.gov.antq.commons.communes;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a reported (commune code, date) pair means today: the unit as it was on that date and the current commune(s)
 * its figures belong to. An old commune that was split has several; one that was merged whole, or a current commune,
 * exactly one.
 */
@Schema(name = "CommuneResolution", description = "A commune code as reported on a date, and the current commune(s) it belongs to")
public record CommuneResolution(
        @Schema(examples = "00016") String reportedCode,
        @Schema(examples = "2024-05-10") LocalDate reportedOn,
        @Schema(description = "Name of the unit on that date", examples = "Phường Ngọc Hà") String reportedName,
        @Schema(description = "Type on that date; absent when not known (an old commune whose name has no type)", examples = "PHUONG")
        CommuneType reportedType,
        @Schema(description = "Whether the date is before the 2025-07-01 reform, so the code is an old commune's") boolean beforeReform,
        @Schema(description = "Province of the unit on that date (pre-reform code before the reform)", examples = "01") String reportedProvinceCode,
        @Schema(description = "Current province its figures belong to", examples = "01") String provinceCode,
        @Schema(description = "Current commune(s) its figures belong to") List<SuccessorRef> currentCommunes) {
}
