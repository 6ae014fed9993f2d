package vn.gov.antq.staffing.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.commons.statistics.StatisticsFigure;

@Schema(name = "StaffingStatisticsGroup", description = "The staffing figures of one group (or the totals). Stock figures are as of the "
        + "window's last day, trainings and participants over the window. Figures no tally can give (communes, norms and vacancies, "
        + "the grassroots force) have tallies 0; the semi-professional police exist only as tallies.")
public record StaffingStatisticsGroup(
        @Schema(description = "The group's code (current province or commune); absent for figures the grouping does not apply to, e.g. "
                + "province-wide tallies when grouped by commune", examples = "75") String key,
        @Schema(examples = "Đồng Nai") String label,
        @Schema(description = "Current communes in force (the registry): records only") StatisticsFigure communes,
        @Schema(description = "Communes whose police unit is regular (chính quy): units with regularSince by the day; tallies as reported")
        StatisticsFigure communesWithRegularPolice,
        @Schema(description = "Regular police: chiefs + deputies + officers") StatisticsFigure regularOfficers,
        @Schema(description = "Chiefs (Trưởng Công an xã) posted on the day") StatisticsFigure chiefs,
        @Schema(description = "Deputy chiefs posted on the day") StatisticsFigure deputies,
        @Schema(description = "Officers posted on the day") StatisticsFigure officers,
        @Schema(description = "Police units meeting the norm of their commune's type on the day") StatisticsFigure unitsMeetingNorm,
        @Schema(description = "Positions missing against the norms, summed over the units") StatisticsFigure vacancies,
        @Schema(description = "Grassroots security teams existing on the day") StatisticsFigure grassrootsTeams,
        @Schema(description = "Their members on the day") StatisticsFigure grassrootsMembers,
        @Schema(description = "Hamlets and residential groups whose team has at least one member on the day") StatisticsFigure hamletsCovered,
        @Schema(description = "Semi-professional commune police (tallies only; none after 2024-06-30)") StatisticsFigure semiProfessionalPolice,
        @Schema(description = "Courses held in the window; for reported totals the sessions they report") StatisticsFigure trainings,
        @Schema(description = "Participants of those trainings, as counted (persons or trainee-times)") StatisticsFigure trainingParticipants) {
}
