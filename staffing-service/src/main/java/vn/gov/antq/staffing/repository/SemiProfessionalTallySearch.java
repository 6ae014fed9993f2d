package vn.gov.antq.staffing.repository;

import java.time.LocalDate;

/**
 * Filters of the semi-professional tally listing; null means "any". {@code provinceCode} is the current province (it
 * also carries the caller's scope), {@code reportedProvinceCode} the code as reported; {@code from}/{@code to} select
 * tallies whose period overlaps them.
 */
public record SemiProfessionalTallySearch(String provinceCode, String reportedProvinceCode, String communeCode, LocalDate from,
        LocalDate to) {

    public SemiProfessionalTallySearch withProvince(String province) {
        return new SemiProfessionalTallySearch(province, reportedProvinceCode, communeCode, from, to);
    }
}
