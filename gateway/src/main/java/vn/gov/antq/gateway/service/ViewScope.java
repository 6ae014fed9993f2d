package vn.gov.antq.gateway.service;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.security.CallerScope;

/**
 * Which figures of the views a caller may see: those of its aggregate scope (commons {@link CallerScope}), national
 * for the ministry and partner systems, its own province for province and commune officers and tip investigators.
 * The services filter their statistics to the same scope from the caller's token, which the gateway passes on; the
 * gateway applies the rule again so that no view shows a figure outside it even if a service did.
 *
 * <ul>
 * <li>Views of one province (scorecard, commune drill-down, a province's trend, a comparison naming it): 403 for a
 * province outside the scope. Provinces are public reference data, so the refusal reveals nothing.</li>
 * <li>National table: every caller gets all 34 rows with their reference data; figures of provinces outside the
 * scope are {@code null} and the row says {@code withheld}; national totals and ranks need the national scope.</li>
 * <li>National trends need the national scope.</li>
 * </ul>
 */
@RequestScoped
public class ViewScope {

    @Inject
    CallerScope caller;

    /** The only province whose figures the caller sees, or null when it sees all. */
    public String province() {
        return caller.aggregateFilter().provinceCode();
    }

    public boolean national() {
        return province() == null;
    }

    public boolean covers(String provinceCode) {
        String own = province();
        return own == null || own.equals(provinceCode);
    }

    /** 403 unless the caller's scope covers the province. */
    public void requireProvince(String provinceCode, String view) {
        if (!covers(provinceCode)) {
            throw forbidden("Your role sees the figures of province " + province() + " only: " + view + " of province " + provinceCode
                    + " is outside your scope");
        }
    }

    /** 403 unless the caller sees national figures. */
    public void requireNational(String view, String hint) {
        if (!national()) {
            throw forbidden("Your role sees the figures of province " + province() + " only: " + view + " needs the national scope; " + hint);
        }
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException("about:blank", "Forbidden", 403, detail, List.of());
    }
}
