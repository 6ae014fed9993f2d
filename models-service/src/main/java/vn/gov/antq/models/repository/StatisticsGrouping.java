package vn.gov.antq.models.repository;

import java.util.Arrays;
import java.util.Optional;

/** What statistics are grouped by; {@link #NONE} gives the totals. The parameter values are the camelCase names. */
public enum StatisticsGrouping {
    NONE(null), PROVINCE("province"), COMMUNE("commune"), TYPE("type"), SETTING("setting"),
    LEAD_ORGANISATION("leadOrganisation"), STATUS("status");

    private final String parameter;

    StatisticsGrouping(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<StatisticsGrouping> ofParameter(String value) {
        return Arrays.stream(values()).filter(g -> g.parameter != null && g.parameter.equals(value)).findFirst();
    }
}
