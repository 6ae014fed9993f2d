package vn.gov.antq.staffing.repository;

import java.time.LocalDate;

import vn.gov.antq.commons.security.ScopeFilter;
import vn.gov.antq.staffing.model.PostingPosition;

/**
 * Filters of the posting listing; null means "any". Province and commune (the unit's) also carry the caller's scope.
 *
 * @param activeOn postings covering that day
 */
public record PostingSearch(String provinceCode, String communeCode, Long policeUnitId, Long officerId, PostingPosition position,
        LocalDate activeOn) {

    public boolean outside(ScopeFilter scope) {
        return (scope.provinceCode() != null && provinceCode != null && !scope.provinceCode().equals(provinceCode))
                || (scope.communeCode() != null && communeCode != null && !scope.communeCode().equals(communeCode));
    }

    public PostingSearch within(ScopeFilter scope) {
        return new PostingSearch(scope.provinceCode() == null ? provinceCode : scope.provinceCode(),
                scope.communeCode() == null ? communeCode : scope.communeCode(), policeUnitId, officerId, position, activeOn);
    }
}
