package vn.gov.antq.commons.security;

/**
 * The part of the country a caller may see: {@code null} fields mean "no restriction". Repositories add
 * {@code province_code = :province} / {@code commune_code = :commune} for the non-null ones.
 */
public record ScopeFilter(String provinceCode, String communeCode) {

    public static final ScopeFilter NATIONAL = new ScopeFilter(null, null);

    public boolean isNational() {
        return provinceCode == null && communeCode == null;
    }

    /** Whether a record of this unit is inside the filter. */
    public boolean covers(String recordProvince, String recordCommune) {
        return (provinceCode == null || provinceCode.equals(recordProvince))
                && (communeCode == null || communeCode.equals(recordCommune));
    }
}
