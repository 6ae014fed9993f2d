package vn.gov.antq.models.repository;

import java.time.LocalDate;

/**
 * Filters of the tally listing; null means "any". {@code provinceCode} is the current province (it also carries the
 * caller's scope), {@code reportedProvinceCode} the code as reported; {@code from}/{@code to} select tallies whose
 * period overlaps them.
 */
public record ModelTallySearch(String provinceCode, String reportedProvinceCode, String communeCode, String typeCode,
        LocalDate from, LocalDate to) {
}
