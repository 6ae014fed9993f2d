package vn.gov.antq.commons.sync;

import java.util.Map;

import vn.gov.antq.commons.security.ScopeFilter;

/** JPQL conditions restricting a query to a caller's {@link ScopeFilter}. */
final class ScopeClauses {

    private ScopeClauses() {
    }

    /**
     * Appends {@code and <alias>.<province> = :province} / {@code ... = :commune} for the restricted parts of the scope.
     * A commune-restricted caller sees nothing of a record type that has no commune ({@code communeAttribute} null),
     * exactly as it cannot read such records one by one.
     */
    static void append(StringBuilder where, Map<String, Object> params, ScopeFilter scope, String alias,
            String provinceAttribute, String communeAttribute) {
        if (scope.provinceCode() != null) {
            where.append(" and ").append(alias).append('.').append(provinceAttribute).append(" = :province");
            params.put("province", scope.provinceCode());
        }
        if (scope.communeCode() != null) {
            if (communeAttribute == null) {
                where.append(" and 1 = 0");
            } else {
                where.append(" and ").append(alias).append('.').append(communeAttribute).append(" = :commune");
                params.put("commune", scope.communeCode());
            }
        }
    }
}
