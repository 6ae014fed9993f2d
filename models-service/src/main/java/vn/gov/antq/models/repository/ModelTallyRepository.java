package vn.gov.antq.models.repository;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.models.model.ModelTally;

@ApplicationScoped
public class ModelTallyRepository implements PanacheRepository<ModelTally> {

    public PanacheQuery<ModelTally> search(ModelTallySearch search, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.provinceCode() != null) {
            where.append(" and provinceCode = :province");
            params.put("province", search.provinceCode());
        }
        if (search.reportedProvinceCode() != null) {
            where.append(" and reportedProvinceCode = :reported");
            params.put("reported", search.reportedProvinceCode());
        }
        if (search.communeCode() != null) {
            where.append(" and (communeCode = :commune or reportedCommuneCode = :commune)");
            params.put("commune", search.communeCode());
        }
        if (search.typeCode() != null) {
            where.append(" and type.code = :type");
            params.put("type", search.typeCode());
        }
        if (search.from() != null) {
            where.append(" and periodTo >= :from");
            params.put("from", search.from());
        }
        if (search.to() != null) {
            where.append(" and periodFrom <= :to");
            params.put("to", search.to());
        }
        return find(where.toString(), sort, params);
    }
}
