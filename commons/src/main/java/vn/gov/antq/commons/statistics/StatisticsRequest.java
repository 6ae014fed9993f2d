package vn.gov.antq.commons.statistics;

import java.util.Arrays;
import java.util.List;

/**
 * What a statistics response depends on besides the data: the endpoint, the query in canonical form, the caller's
 * aggregate scope as far as it changes the answer, and settings that change figures. Two requests equal in these and
 * answered from equal data get equal bodies, so they share an ETag ({@link ConditionalStatistics}); the subject is not
 * part of it, two callers of the same scope get the same tag.
 *
 * @param endpoint e.g. "model-statistics"
 * @param window   the window's days ({@code asOf} is a window of one day)
 * @param province the province asked for, null for none (the body names it when the scope leaves it out)
 * @param groupBy  the grouping's parameter value, null for none
 * @param scope    the figures' province and whether the caller asked for communes outside its scope
 * @param settings configuration that changes figures (staffing norms), null when none does
 */
public record StatisticsRequest(String endpoint, StatisticsWindow window, String province, String groupBy, StatisticsScope scope,
        String settings) {

    public StatisticsRequest(String endpoint, StatisticsWindow window, String province, String groupBy, StatisticsScope scope) {
        this(endpoint, window, province, groupBy, scope, null);
    }

    List<String> parts() {
        return Arrays.asList(endpoint, window.start().toString(), window.end().toString(), province, groupBy, scope.province(),
                Boolean.toString(scope.outOfScope()), settings);
    }
}
