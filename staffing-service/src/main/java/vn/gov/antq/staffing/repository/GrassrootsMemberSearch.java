package vn.gov.antq.staffing.repository;

import java.time.LocalDate;

import vn.gov.antq.staffing.model.MemberRole;

/**
 * Filters of a team's member listing; null means "any".
 *
 * @param activeOn members on that day: joined on or before it, not left by it
 * @param text words of the full name, without case or diacritics
 */
public record GrassrootsMemberSearch(long teamId, MemberRole role, LocalDate activeOn, String text) {
}
