package vn.gov.antq.models.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.commons.statistics.StatisticsFigure;

@Schema(name = "StatisticsGroup", description = "The figures of one group (or the totals). Exemplars and recognitions come only from "
        + "records; their tallies part is always 0.")
public record StatisticsGroup(
        @Schema(description = "The group's code (province, commune, type, setting, lead organisation or status); absent for figures "
                + "the grouping does not apply to, e.g. tallies without a type when grouped by type", examples = "75") String key,
        @Schema(examples = "Đồng Nai") String label,
        StatisticsFigure models,
        StatisticsFigure sites,
        StatisticsFigure teams,
        StatisticsFigure members,
        StatisticsFigure cameras,
        @Schema(description = "Models with an exemplar review whose period ends in the window") StatisticsFigure exemplars,
        @Schema(description = "Safe-unit recognitions passed, by recognition year within the window's years") StatisticsFigure recognitionsPassed,
        StatisticsFigure recognitionsFailed) {
}
