package vn.gov.antq.commons.statistics;

import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.commons.units.AdministrativeUnits;

/**
 * Which current province a statistics request's figures are restricted to, after the caller's aggregate scope: national
 * for the ministry and partner systems, the own province otherwise. A province outside the scope is filtered away as
 * lists are: the answer is empty, never another province's figures.
 *
 * @param province the province the figures are of; null: national
 * @param outOfScope the caller asked for a province its scope does not cover
 */
public record StatisticsScope(String province, boolean outOfScope) {

    public static StatisticsScope of(CallerScope caller, AdministrativeUnits units, String requestedProvince) {
        if (requestedProvince != null && units.currentProvince(requestedProvince).isEmpty()) {
            throw ProblemException.invalidField("province", "'" + requestedProvince + "' is not one of the 34 current provinces"
                    + units.legacyProvince(requestedProvince).map(old -> " (" + old.name() + " was merged into " + old.successorCode()
                            + "; its tallies count there and appear in oldProvinces)").orElse(""));
        }
        String scope = caller.aggregateFilter().provinceCode();
        if (scope != null && requestedProvince != null && !scope.equals(requestedProvince)) {
            return new StatisticsScope(requestedProvince, true);
        }
        return new StatisticsScope(scope != null ? scope : requestedProvince, false);
    }
}
