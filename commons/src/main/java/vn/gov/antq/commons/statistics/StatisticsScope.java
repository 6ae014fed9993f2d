package vn.gov.antq.commons.statistics;

import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.commons.units.AdministrativeUnits;

/**
 * Which current province a statistics request's figures are restricted to. Figures per province are open to every
 * role that reads statistics: a province officer compares its province with the national table. Figures per commune
 * (a breakdown by commune, the drill-down) follow the caller's aggregate scope: national for the ministry and partner
 * systems, the own province for province and commune officers and tip investigators. A province outside that scope is
 * filtered away as lists are: the answer is empty, never another province's communes.
 *
 * @param province the province the figures are of; null: national
 * @param outOfScope the caller asked for the communes of a province its scope does not cover
 */
public record StatisticsScope(String province, boolean outOfScope) {

    /**
     * @param communeLevel whether the answer breaks figures down by commune
     */
    public static StatisticsScope of(CallerScope caller, AdministrativeUnits units, String requestedProvince, boolean communeLevel) {
        if (requestedProvince != null && units.currentProvince(requestedProvince).isEmpty()) {
            throw ProblemException.invalidField("province", "'" + requestedProvince + "' is not one of the 34 current provinces"
                    + units.legacyProvince(requestedProvince).map(old -> " (" + old.name() + " was merged into " + old.successorCode()
                            + "; its tallies count there and appear in oldProvinces)").orElse(""));
        }
        // Also refuses (403) a role that reads no statistics at all.
        String scope = caller.aggregateFilter().provinceCode();
        if (!communeLevel || scope == null) {
            return new StatisticsScope(requestedProvince, false);
        }
        if (requestedProvince != null && !scope.equals(requestedProvince)) {
            return new StatisticsScope(requestedProvince, true);
        }
        return new StatisticsScope(scope, false);
    }
}
