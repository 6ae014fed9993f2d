package vn.gov.antq.models.repository;

import java.time.LocalDate;

import vn.gov.antq.commons.security.ScopeFilter;
import vn.gov.antq.models.model.PlaceKind;

/**
 * Filters of the site listing; null means "any". Province and commune also carry the caller's scope.
 *
 * @param activeOn sites running on that day: established on or before it and not dissolved by it
 */
public record ModelSiteSearch(Long modelId, String provinceCode, String communeCode, String typeCode, PlaceKind placeKind,
        LocalDate activeOn, String text) {

    /** Whether the filters ask for units outside the scope, which can only answer nothing. */
    public boolean outside(ScopeFilter scope) {
        return (scope.provinceCode() != null && provinceCode != null && !scope.provinceCode().equals(provinceCode))
                || (scope.communeCode() != null && communeCode != null && !scope.communeCode().equals(communeCode));
    }

    /** These filters narrowed to the scope (call after {@link #outside} answered false). */
    public ModelSiteSearch within(ScopeFilter scope) {
        return new ModelSiteSearch(modelId, scope.provinceCode() == null ? provinceCode : scope.provinceCode(),
                scope.communeCode() == null ? communeCode : scope.communeCode(), typeCode, placeKind, activeOn, text);
    }
}
