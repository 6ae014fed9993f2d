package vn.gov.antq.activities.repository;

import java.time.LocalDate;

import vn.gov.antq.activities.model.ActivityForm;
import vn.gov.antq.activities.model.ActivityTopic;
import vn.gov.antq.commons.security.ScopeFilter;

/**
 * Filters of the activity listing; null means "any". Province and commune also carry the caller's scope.
 *
 * @param from activities whose day or period ends on or after it
 * @param to activities whose day or period starts on or before it
 */
public record ActivitySearch(String provinceCode, String communeCode, ActivityForm form, ActivityTopic topic, LocalDate from,
        LocalDate to, String text) {

    /** Whether the filters ask for units outside the scope, which can only answer nothing. */
    public boolean outside(ScopeFilter scope) {
        return (scope.provinceCode() != null && provinceCode != null && !scope.provinceCode().equals(provinceCode))
                || (scope.communeCode() != null && communeCode != null && !scope.communeCode().equals(communeCode));
    }

    /** These filters narrowed to the scope (call after {@link #outside} answered false). */
    public ActivitySearch within(ScopeFilter scope) {
        return new ActivitySearch(scope.provinceCode() == null ? provinceCode : scope.provinceCode(),
                scope.communeCode() == null ? communeCode : scope.communeCode(), form, topic, from, to, text);
    }

    public ActivitySearch withText(String newText) {
        return new ActivitySearch(provinceCode, communeCode, form, topic, from, to, newText);
    }
}
