package vn.gov.antq.staffing.repository;

import java.time.LocalDate;
import java.util.Map;

/**
 * Filters of the tally listings (semi-professional and regular police); null means "any". {@code provinceCode} is the
 * current province (it also carries the caller's scope), {@code reportedProvinceCode} the code as reported;
 * {@code from}/{@code to} select tallies whose days overlap them.
 */
public record TallySearch(String provinceCode, String reportedProvinceCode, String communeCode, LocalDate from, LocalDate to) {

    public TallySearch withProvince(String province) {
        return new TallySearch(province, reportedProvinceCode, communeCode, from, to);
    }

    /**
     * The JPQL condition of these filters on a tally entity, binding its parameters into {@code params}.
     *
     * @param firstDay the attribute holding the tally's first day ({@code periodFrom}, or {@code asOf} for a headcount)
     * @param lastDay the attribute holding its last day
     */
    String condition(Map<String, Object> params, String firstDay, String lastDay) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (provinceCode != null) {
            where.append(" and provinceCode = :province");
            params.put("province", provinceCode);
        }
        if (reportedProvinceCode != null) {
            where.append(" and reportedProvinceCode = :reported");
            params.put("reported", reportedProvinceCode);
        }
        if (communeCode != null) {
            where.append(" and (communeCode = :commune or reportedCommuneCode = :commune)");
            params.put("commune", communeCode);
        }
        if (from != null) {
            where.append(" and ").append(lastDay).append(" >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and ").append(firstDay).append(" <= :to");
            params.put("to", to);
        }
        return where.toString();
    }
}
