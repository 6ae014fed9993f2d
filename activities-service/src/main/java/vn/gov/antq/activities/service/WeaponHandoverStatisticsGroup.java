package vn.gov.antq.activities.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.commons.statistics.QuantityFigure;
import vn.gov.antq.commons.statistics.StatisticsFigure;

@Schema(name = "WeaponHandoverStatisticsGroup", description = "The handover figures of one group (or the totals), each split into "
        + "records and tallies: pieces, and kilograms for explosives and firecrackers")
public record WeaponHandoverStatisticsGroup(
        @Schema(description = "The group's code (province, commune or source); absent for figures the grouping does not apply to, e.g. "
                + "tallies when grouped by source", examples = "VOLUNTARY_HANDOVER") String key,
        @Schema(examples = "Tự nguyện giao nộp") String label,
        @Schema(description = "Detailed handovers; tallies do not report it") StatisticsFigure handovers,
        StatisticsFigure guns,
        StatisticsFigure primitiveWeapons,
        StatisticsFigure bombsMinesGrenades,
        StatisticsFigure rounds,
        @Schema(description = "Kilograms of explosives and precursors") QuantityFigure explosivesKg,
        StatisticsFigure detonators,
        StatisticsFigure supportTools,
        StatisticsFigure dangerousToys,
        @Schema(description = "Kilograms of firecrackers") QuantityFigure firecrackersKg) {
}
