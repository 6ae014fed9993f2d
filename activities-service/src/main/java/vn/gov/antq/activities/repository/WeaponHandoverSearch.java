package vn.gov.antq.activities.repository;

import java.time.LocalDate;

import vn.gov.antq.activities.model.HandoverSource;
import vn.gov.antq.activities.model.WeaponCategory;
import vn.gov.antq.commons.security.ScopeFilter;

/**
 * Filters of the handover listing; null means "any". Province and commune also carry the caller's scope.
 *
 * @param category handovers with a line of this category
 * @param text words to find in the handing party or the notes
 */
public record WeaponHandoverSearch(String provinceCode, String communeCode, HandoverSource source, WeaponCategory category,
        LocalDate from, LocalDate to, String text) {

    /** Whether the filters ask for units outside the scope, which can only answer nothing. */
    public boolean outside(ScopeFilter scope) {
        return (scope.provinceCode() != null && provinceCode != null && !scope.provinceCode().equals(provinceCode))
                || (scope.communeCode() != null && communeCode != null && !scope.communeCode().equals(communeCode));
    }

    /** These filters narrowed to the scope (call after {@link #outside} answered false). */
    public WeaponHandoverSearch within(ScopeFilter scope) {
        return new WeaponHandoverSearch(scope.provinceCode() == null ? provinceCode : scope.provinceCode(),
                scope.communeCode() == null ? communeCode : scope.communeCode(), source, category, from, to, text);
    }

    public WeaponHandoverSearch withText(String newText) {
        return new WeaponHandoverSearch(provinceCode, communeCode, source, category, from, to, newText);
    }
}
