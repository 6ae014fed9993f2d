package vn.gov.antq.staffing.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.staffing.model.RegularPoliceTally;

@ApplicationScoped
public class RegularPoliceTallyRepository implements PanacheRepository<RegularPoliceTally> {

    public PanacheQuery<RegularPoliceTally> search(TallySearch search, Sort sort) {
        Map<String, Object> params = new HashMap<>();
        return find(search.condition(params, "asOf", "asOf"), sort, params);
    }

    /**
     * Other tallies of the same reported province and day whose unit nests with this one (the province and any of its
     * communes; a commune and itself): they would count the same police twice.
     *
     * @param reportedCommune null for a province-wide tally, which nests every commune tally of its province
     */
    public PanacheQuery<RegularPoliceTally> nested(Long exceptId, String reportedProvince, String reportedCommune, LocalDate asOf) {
        StringBuilder where = new StringBuilder("reportedProvinceCode = :province and asOf = :asOf and id <> :except");
        Map<String, Object> params = new HashMap<>(Map.of("province", reportedProvince, "asOf", asOf, "except",
                exceptId == null ? -1L : exceptId));
        if (reportedCommune != null) {
            where.append(" and (reportedCommuneCode is null or reportedCommuneCode = :commune)");
            params.put("commune", reportedCommune);
        }
        return find(where.toString(), Sort.by("id"), params);
    }

    /**
     * Tallies counting a current commune's regular police on a day between {@code from} and {@code to} (null: no
     * end): those of its province and those of the commune itself.
     *
     * @param communesOnly only tallies that report how many communes have regular police
     */
    public PanacheQuery<RegularPoliceTally> covering(String province, String commune, LocalDate from, LocalDate to, boolean communesOnly) {
        StringBuilder where = new StringBuilder("provinceCode = :province and (communeCode is null or communeCode = :commune)"
                + " and asOf >= :from");
        Map<String, Object> params = new HashMap<>(Map.of("province", province, "commune", commune, "from", from));
        if (to != null) {
            where.append(" and asOf <= :to");
            params.put("to", to);
        }
        if (communesOnly) {
            where.append(" and communesWithRegularPolice is not null");
        }
        return find(where.toString(), Sort.by("asOf").and("id"), params);
    }
}
