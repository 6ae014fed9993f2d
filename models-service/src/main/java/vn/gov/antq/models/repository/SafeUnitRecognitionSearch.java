package vn.gov.antq.models.repository;

import vn.gov.antq.commons.security.ScopeFilter;
import vn.gov.antq.models.model.RecognitionResult;
import vn.gov.antq.models.model.SafeUnitKind;

/** Filters of the safe-unit recognition listing; null means "any". Province and commune also carry the caller's scope. */
public record SafeUnitRecognitionSearch(String provinceCode, String communeCode, Integer year, SafeUnitKind unitKind,
        RecognitionResult result, String text) {

    /** Whether the filters ask for units outside the scope, which can only answer nothing. */
    public boolean outside(ScopeFilter scope) {
        return (scope.provinceCode() != null && provinceCode != null && !scope.provinceCode().equals(provinceCode))
                || (scope.communeCode() != null && communeCode != null && !scope.communeCode().equals(communeCode));
    }

    /** These filters narrowed to the scope (call after {@link #outside} answered false). */
    public SafeUnitRecognitionSearch within(ScopeFilter scope) {
        return new SafeUnitRecognitionSearch(scope.provinceCode() == null ? provinceCode : scope.provinceCode(),
                scope.communeCode() == null ? communeCode : scope.communeCode(), year, unitKind, result, text);
    }
}
