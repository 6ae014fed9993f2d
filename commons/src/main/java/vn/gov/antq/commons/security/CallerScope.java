package vn.gov.antq.commons.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import vn.gov.antq.commons.problem.ProblemException;

/**
 * Who is calling and which administrative units they may touch, read from the verified token: {@code sub},
 * {@code groups} (roles), {@code province} (current province code) and {@code commune} (commune code).
 *
 * <p>Reads outside the scope must look exactly like missing records (use {@link #notFound}); writes outside it are
 * refused with 403 ({@link #requireWrite}); lists and statistics are filtered ({@link #recordFilter},
 * {@link #aggregateFilter}).
 */
@RequestScoped
public class CallerScope {

    public static final String PROVINCE_CLAIM = "province";
    public static final String COMMUNE_CLAIM = "commune";

    @Inject
    JsonWebToken token;

    public String subject() {
        return token.getSubject();
    }

    public Set<String> roles() {
        return token.getGroups() == null ? Set.of() : new TreeSet<>(token.getGroups());
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    public String province() {
        return claim(PROVINCE_CLAIM);
    }

    public String commune() {
        return claim(COMMUNE_CLAIM);
    }

    /** The units whose detailed records the caller may read. */
    public ScopeFilter recordFilter() {
        if (hasRole(Roles.MINISTRY_ADMIN) || hasRole(Roles.MINISTRY_ANALYST)) {
            return ScopeFilter.NATIONAL;
        }
        if (hasRole(Roles.PROVINCE_OFFICER) || hasRole(Roles.TIP_INVESTIGATOR)) {
            return new ScopeFilter(requireClaim(PROVINCE_CLAIM), null);
        }
        if (hasRole(Roles.COMMUNE_OFFICER)) {
            return new ScopeFilter(requireClaim(PROVINCE_CLAIM), requireClaim(COMMUNE_CLAIM));
        }
        throw forbidden("Your role does not give access to individual records");
    }

    /** The units whose aggregates (statistics) the caller may read: a commune officer sees its whole province. */
    public ScopeFilter aggregateFilter() {
        if (hasRole(Roles.MINISTRY_ADMIN) || hasRole(Roles.MINISTRY_ANALYST) || hasRole(Roles.PARTNER_SYSTEM)) {
            return ScopeFilter.NATIONAL;
        }
        if (hasRole(Roles.PROVINCE_OFFICER) || hasRole(Roles.TIP_INVESTIGATOR) || hasRole(Roles.COMMUNE_OFFICER)) {
            return new ScopeFilter(requireClaim(PROVINCE_CLAIM), null);
        }
        throw forbidden("Your role does not give access to statistics");
    }

    public boolean canRead(String provinceCode, String communeCode) {
        try {
            return recordFilter().covers(provinceCode, communeCode);
        } catch (ProblemException e) {
            return false;
        }
    }

    /** Whether the caller may read province-level records (no commune) of this province: commune officers read their province's. */
    public boolean canReadProvince(String provinceCode) {
        try {
            String scope = recordFilter().provinceCode();
            return scope == null || scope.equals(provinceCode);
        } catch (ProblemException e) {
            return false;
        }
    }

    /** 403 unless the caller may write records of this unit. */
    public void requireWrite(String provinceCode, String communeCode) {
        if (hasRole(Roles.MINISTRY_ADMIN)) {
            return;
        }
        boolean allowed = (hasRole(Roles.PROVINCE_OFFICER) && requireClaim(PROVINCE_CLAIM).equals(provinceCode))
                || (hasRole(Roles.COMMUNE_OFFICER) && requireClaim(PROVINCE_CLAIM).equals(provinceCode)
                        && requireClaim(COMMUNE_CLAIM).equals(communeCode));
        if (!allowed) {
            throw forbidden("You may not write records of province " + provinceCode
                    + (communeCode == null ? "" : ", commune " + communeCode) + ": it is outside your scope");
        }
    }

    /** The answer for a record that is missing or outside the caller's scope: the two must not be told apart. */
    public static ProblemException notFound(String resource, Object id) {
        return ProblemException.status(Response.Status.NOT_FOUND, "No " + resource + " with id " + id);
    }

    private String requireClaim(String name) {
        String value = claim(name);
        if (value == null || value.isBlank()) {
            throw forbidden("Your token has no '" + name + "' claim, which your role needs");
        }
        return value;
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException("about:blank", "Forbidden", 403, detail, List.of());
    }
}
