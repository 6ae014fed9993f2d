package vn.gov.antq.staffing.repository;

import java.time.LocalDate;

import vn.gov.antq.commons.security.ScopeFilter;

/**
 * Filters of the grassroots team listing; null means "any". Province and commune also carry the caller's scope.
 *
 * @param hamlet a hamlet name, matched whole without case or diacritics ("thon 3" finds "Thôn 3", not "Thôn 30")
 * @param activeOn teams existing on that day: established on or before it, not dissolved by it
 * @param text words anywhere in the hamlet name, decision reference or notes, without case or diacritics
 */
public record GrassrootsTeamSearch(String provinceCode, String communeCode, String hamlet, LocalDate activeOn, String text) {

    /** Whether the filters ask for units outside the scope, which can only answer nothing. */
    public boolean outside(ScopeFilter scope) {
        return (scope.provinceCode() != null && provinceCode != null && !scope.provinceCode().equals(provinceCode))
                || (scope.communeCode() != null && communeCode != null && !scope.communeCode().equals(communeCode));
    }

    /** These filters narrowed to the scope (call after {@link #outside} answered false). */
    public GrassrootsTeamSearch within(ScopeFilter scope) {
        return new GrassrootsTeamSearch(scope.provinceCode() == null ? provinceCode : scope.provinceCode(),
                scope.communeCode() == null ? communeCode : scope.communeCode(), hamlet, activeOn, text);
    }
}
