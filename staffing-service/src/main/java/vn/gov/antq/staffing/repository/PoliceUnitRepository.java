package vn.gov.antq.staffing.repository;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.staffing.model.PoliceUnit;

@ApplicationScoped
public class PoliceUnitRepository implements PanacheRepository<PoliceUnit> {

    /** The unique index that keeps one unit per commune. */
    public static final String ONE_PER_COMMUNE = "police_unit_one_per_commune";

    public PanacheQuery<PoliceUnit> search(PoliceUnitSearch search, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.provinceCode() != null) {
            where.append(" and provinceCode = :province");
            params.put("province", search.provinceCode());
        }
        if (search.communeCode() != null) {
            where.append(" and communeCode = :commune");
            params.put("commune", search.communeCode());
        }
        if (search.regular() != null) {
            where.append(search.regular() ? " and regularSince <= :asOf" : " and (regularSince is null or regularSince > :asOf)");
            params.put("asOf", search.asOf());
        }
        if (search.text() != null) {
            where.append(" and ").append(FoldedSearch.contains("searchText", "text"));
            params.put("text", FoldedSearch.escapeLike(search.text()));
        }
        return find(where.toString(), sort, params);
    }

    public Optional<PoliceUnit> ofCommune(String communeCode) {
        return find("communeCode", communeCode).firstResultOptional();
    }
}
