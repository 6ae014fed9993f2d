package vn.gov.antq.gateway.service;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.security.CallerScope;

/**
 * Which figures of the views a caller may see, the same rule the services apply to their statistics (commons
 * {@code StatisticsScope}): figures per province are open to every role — the scorecard of any province, the whole
 * national table with totals and ranks, comparisons and trends — so a province officer can see where its province
 * stands; figures per commune (the drill-down) follow the caller's aggregate scope ({@link CallerScope}): every
 * province for the ministry and partner systems, the own province for province and commune officers and tip
 * investigators. The services filter commune figures from the caller's token, which the gateway passes on; the gateway
 * refuses the drill-down itself too, so no view shows a commune outside the scope even if a service did.
 */
@RequestScoped
public class ViewScope {

    @Inject
    CallerScope caller;

    /** 403 unless the caller's scope covers the province's communes. Provinces are public reference data, so the refusal reveals nothing. */
    public void requireCommuneDrillDown(String provinceCode) {
        String own = caller.aggregateFilter().provinceCode();
        if (own != null && !own.equals(provinceCode)) {
            throw new ProblemException("about:blank", "Forbidden", 403, "Your role sees the communes of province " + own
                    + " only: the commune drill-down of province " + provinceCode + " is outside your scope", List.of());
        }
    }
}
