package vn.gov.antq.activities.repository;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.activities.model.WeaponHandover;

@ApplicationScoped
public class WeaponHandoverRepository implements PanacheRepository<WeaponHandover> {

    public PanacheQuery<WeaponHandover> search(WeaponHandoverSearch search, Sort sort) {
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
        if (search.source() != null) {
            where.append(" and source = :source");
            params.put("source", search.source());
        }
        if (search.category() != null) {
            // The attribute name is the enum's constant, never input.
            where.append(" and items.").append(search.category().figure()).append(" is not null");
        }
        if (search.from() != null) {
            where.append(" and handedOverOn >= :from");
            params.put("from", search.from());
        }
        if (search.to() != null) {
            where.append(" and handedOverOn <= :to");
            params.put("to", search.to());
        }
        if (search.text() != null) {
            where.append(" and searchText like concat('%', function('antq_activity_fold', :text), '%') escape '\\'");
            params.put("text", PropagandaActivityRepository.escapeLike(search.text()));
        }
        return find(where.toString(), sort, params);
    }
}
