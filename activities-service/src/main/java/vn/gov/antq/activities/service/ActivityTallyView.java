package vn.gov.antq.activities.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.activities.model.ActivityForm;

@Schema(name = "ActivityTally", description = "Reported activity totals for a unit and period; counted under the current province")
public record ActivityTallyView(
        @Schema(examples = "7") long id,
        @Schema(description = "Province code as reported", examples = "70") String reportedProvinceCode,
        @Schema(description = "Current province the figures count under", examples = "75") String provinceCode,
        @Schema(description = "Commune code as reported; absent for a province-wide tally") String reportedCommuneCode,
        @Schema(description = "Current commune the reported one belongs to") String communeCode,
        @Schema(description = "Absent: every form together") ActivityForm form,
        LocalDate periodFrom,
        LocalDate periodTo,
        Integer activities,
        Integer participants,
        Integer sessions,
        Integer leaflets,
        Integer booklets,
        Integer bannersSlogans,
        Integer panelsPosters,
        @Schema(description = "Banners, slogans, panels and posters together, where the report does not split them")
        Integer bannersSlogansPanelsPosters,
        Integer broadcastMinutes,
        @Schema(description = "Hours of film screening", examples = "5693") BigDecimal screeningHours,
        String sourceDocument,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
