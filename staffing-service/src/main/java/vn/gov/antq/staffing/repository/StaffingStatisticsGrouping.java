package vn.gov.antq.staffing.repository;

import java.util.Arrays;
import java.util.Optional;

/** What staffing statistics are grouped by; {@link #NONE} gives the totals. Position is no grouping: it has figures of its own. */
public enum StaffingStatisticsGrouping {
    NONE(null, "cast(null as varchar)"), PROVINCE("province", "province_code"), COMMUNE("commune", "commune_code");

    private final String parameter;
    /** The column every counted table keys its rows by (all name their current province and commune alike). */
    final String column;

    StaffingStatisticsGrouping(String parameter, String column) {
        this.parameter = parameter;
        this.column = column;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<StaffingStatisticsGrouping> ofParameter(String value) {
        return Arrays.stream(values()).filter(g -> g.parameter != null && g.parameter.equals(value)).findFirst();
    }
}
