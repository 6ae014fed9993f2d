package vn.gov.antq.staffing.repository;

import java.time.LocalDate;

import vn.gov.antq.commons.security.ScopeFilter;

/**
 * Filters of the police-unit listing; null means "any". Province and commune also carry the caller's scope.
 *
 * @param regular true: units fully regular on {@code asOf} (regularSince on or before it); false: the others
 * @param asOf the day {@code regular} is judged on
 */
public record PoliceUnitSearch(String provinceCode, String communeCode, Boolean regular, LocalDate asOf, String text) {

    /** Whether the filters ask for units outside the scope, which can only answer nothing. */
    public boolean outside(ScopeFilter scope) {
        return (scope.provinceCode() != null && provinceCode != null && !scope.provinceCode().equals(provinceCode))
                || (scope.communeCode() != null && communeCode != null && !scope.communeCode().equals(communeCode));
    }

    /** These filters narrowed to the scope (call after {@link #outside} answered false). */
    public PoliceUnitSearch within(ScopeFilter scope) {
        return new PoliceUnitSearch(scope.provinceCode() == null ? provinceCode : scope.provinceCode(),
                scope.communeCode() == null ? communeCode : scope.communeCode(), regular, asOf, text);
    }
}
