package vn.gov.antq.models.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.models.model.ModelSite;

@ApplicationScoped
public class ModelSiteRepository implements PanacheRepository<ModelSite> {

    public PanacheQuery<ModelSite> search(ModelSiteSearch search, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.modelId() != null) {
            where.append(" and model.id = :model");
            params.put("model", search.modelId());
        }
        if (search.provinceCode() != null) {
            where.append(" and provinceCode = :province");
            params.put("province", search.provinceCode());
        }
        if (search.communeCode() != null) {
            where.append(" and communeCode = :commune");
            params.put("commune", search.communeCode());
        }
        if (search.typeCode() != null) {
            where.append(" and model.type.code = :type");
            params.put("type", search.typeCode());
        }
        if (search.placeKind() != null) {
            where.append(" and placeKind = :placeKind");
            params.put("placeKind", search.placeKind());
        }
        if (search.activeOn() != null) {
            where.append(" and establishedOn <= :activeOn and (dissolvedOn is null or dissolvedOn > :activeOn)");
            params.put("activeOn", search.activeOn());
        }
        if (search.text() != null) {
            where.append(" and searchText like concat('%', function('antq_fold', :text), '%') escape '\\'");
            params.put("text", SearchText.escapeLike(search.text()));
        }
        return find(where.toString(), sort, params);
    }

    public List<ModelSite> ofModel(long modelId) {
        return list("model.id = ?1 order by id", modelId);
    }

    public long countOfModel(long modelId) {
        return count("model.id", modelId);
    }

    /** When the model's first site was established; empty without sites. */
    public Optional<LocalDate> firstEstablished(long modelId) {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select min(s.establishedOn) from ModelSite s where s.model.id = :model", LocalDate.class)
                .setParameter("model", modelId).getSingleResult());
    }
}
