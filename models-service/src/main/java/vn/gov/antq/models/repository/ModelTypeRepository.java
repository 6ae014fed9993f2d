package vn.gov.antq.models.repository;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.models.model.ModelSetting;
import vn.gov.antq.models.model.ModelType;

@ApplicationScoped
public class ModelTypeRepository implements PanacheRepositoryBase<ModelType, String> {

    public PanacheQuery<ModelType> search(ModelSetting setting, Boolean active, String text, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (setting != null) {
            where.append(" and setting = :setting");
            params.put("setting", setting);
        }
        if (active != null) {
            where.append(" and active = :active");
            params.put("active", active);
        }
        if (text != null) {
            where.append(" and searchText like concat('%', function('antq_fold', :text), '%') escape '\\'");
            params.put("text", SearchText.escapeLike(text));
        }
        return find(where.toString(), sort, params);
    }
}
