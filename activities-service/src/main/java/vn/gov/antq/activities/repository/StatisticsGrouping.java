package vn.gov.antq.activities.repository;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import vn.gov.antq.commons.problem.ProblemException;

/**
 * What statistics are grouped by; {@link #NONE} gives the totals. The parameter values are the camelCase names; each
 * endpoint accepts its own set (docs/statistics-contract.md).
 */
public enum StatisticsGrouping {
    NONE(null), PROVINCE("province"), COMMUNE("commune"), FORM("form"), TOPIC("topic"), ORGANISER("organiser"), CHANNEL("channel"),
    CATEGORY("category"), STATUS("status"), SOURCE("source");

    public static final Set<StatisticsGrouping> ACTIVITIES = EnumSet.of(PROVINCE, COMMUNE, FORM, TOPIC, ORGANISER);
    public static final Set<StatisticsGrouping> TIPS = EnumSet.of(PROVINCE, COMMUNE, CHANNEL, CATEGORY, STATUS);
    public static final Set<StatisticsGrouping> HANDOVERS = EnumSet.of(PROVINCE, COMMUNE, SOURCE);

    private final String parameter;

    StatisticsGrouping(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The grouping a {@code groupBy} parameter names among {@code allowed}; absent: none; anything else a 400. */
    public static StatisticsGrouping parse(String groupBy, Set<StatisticsGrouping> allowed) {
        if (groupBy == null) {
            return NONE;
        }
        return allowed.stream().filter(g -> g.parameter.equals(groupBy)).findFirst().orElseThrow(() -> ProblemException.invalidField("groupBy",
                "must be one of " + Arrays.stream(values()).filter(allowed::contains).map(StatisticsGrouping::parameter)
                        .collect(Collectors.joining(", "))));
    }
}
