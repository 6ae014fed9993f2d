package vn.gov.antq.staffing.repository;

import java.time.LocalDate;
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

    /**
     * Units of the province (and commune, when given) that are regular on the day: {@code regularSince} on or before
     * it, in a commune in force on it.
     */
    public PanacheQuery<PoliceUnit> regularOn(String provinceCode, String communeCode, LocalDate day) {
        String regular = "regularSince <= :day and commune.validFrom <= :day and (commune.validTo is null or commune.validTo >= :day)";
        return communeCode == null
                ? find("provinceCode = :province and " + regular, Sort.by("communeCode"), Map.of("province", provinceCode, "day", day))
                : find("provinceCode = :province and communeCode = :commune and " + regular, Sort.by("communeCode"),
                        Map.of("province", provinceCode, "commune", communeCode, "day", day));
    }

    public Optional<PoliceUnit> ofCommune(String communeCode) {
        return find("communeCode", communeCode).firstResultOptional();
    }
}
