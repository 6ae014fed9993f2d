package vn.gov.antq.models.repository;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.models.model.SecurityModel;

@ApplicationScoped
public class SecurityModelRepository implements PanacheRepository<SecurityModel> {

    public PanacheQuery<SecurityModel> search(SecurityModelSearch search, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.provinceCode() != null) {
            where.append(" and provinceCode = :province");
            params.put("province", search.provinceCode());
        }
        if (search.typeCode() != null) {
            where.append(" and type.code = :type");
            params.put("type", search.typeCode());
        }
        if (search.status() != null) {
            where.append(" and status = :status");
            params.put("status", search.status());
        }
        if (search.leadOrganisation() != null) {
            where.append(" and leadOrganisation = :lead");
            params.put("lead", search.leadOrganisation());
        }
        if (search.startedFrom() != null) {
            where.append(" and startDate >= :startedFrom");
            params.put("startedFrom", search.startedFrom());
        }
        if (search.startedTo() != null) {
            where.append(" and startDate <= :startedTo");
            params.put("startedTo", search.startedTo());
        }
        if (search.text() != null) {
            where.append(" and searchText like concat('%', function('antq_fold', :text), '%') escape '\\'");
            params.put("text", SearchText.escapeLike(search.text()));
        }
        return find(where.toString(), sort, params);
    }

    public long countReplicasOf(long modelId) {
        return count("replicatedFrom.id", modelId);
    }
}
