package vn.gov.antq.activities.repository;

import java.time.Instant;

import vn.gov.antq.activities.model.TipCategory;
import vn.gov.antq.activities.model.TipChannel;
import vn.gov.antq.activities.model.TipStatus;
import vn.gov.antq.commons.security.ScopeFilter;

/** Filters of the tip listing; null means "any". Province and commune also carry the caller's scope; text is matched diacritics-insensitively. */
public record TipSearch(String provinceCode, String communeCode, TipChannel channel, Long activityId, TipCategory category,
        TipStatus status, Instant from, Instant to, String text) {

    /** Whether the filters ask for units outside the scope, which can only answer nothing. */
    public boolean outside(ScopeFilter scope) {
        return (scope.provinceCode() != null && provinceCode != null && !scope.provinceCode().equals(provinceCode))
                || (scope.communeCode() != null && communeCode != null && !scope.communeCode().equals(communeCode));
    }

    /** These filters narrowed to the scope (call after {@link #outside} answered false). */
    public TipSearch within(ScopeFilter scope) {
        return new TipSearch(scope.provinceCode() == null ? provinceCode : scope.provinceCode(),
                scope.communeCode() == null ? communeCode : scope.communeCode(), channel, activityId, category, status, from, to, text);
    }
}
