package vn.gov.antq.activities.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The filters every tally listing of this service shares, over the attributes every tally entity has. */
final class TallyFilters {

    private TallyFilters() {
    }

    static String where(String province, String reportedProvince, String commune, LocalDate from, LocalDate to) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (province != null) {
            where.append(" and provinceCode = :province");
        }
        if (reportedProvince != null) {
            where.append(" and reportedProvinceCode = :reportedProvince");
        }
        if (commune != null) {
            where.append(" and (communeCode = :commune or reportedCommuneCode = :commune)");
        }
        if (from != null) {
            where.append(" and periodTo >= :from");
        }
        if (to != null) {
            where.append(" and periodFrom <= :to");
        }
        return where.toString();
    }

    static Map<String, Object> params(String province, String reportedProvince, String commune, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        putIf(params, "province", province);
        putIf(params, "reportedProvince", reportedProvince);
        putIf(params, "commune", commune);
        putIf(params, "from", from);
        putIf(params, "to", to);
        return params;
    }

    private static void putIf(Map<String, Object> params, String name, Object value) {
        if (value != null) {
            params.put(name, value);
        }
    }
}
