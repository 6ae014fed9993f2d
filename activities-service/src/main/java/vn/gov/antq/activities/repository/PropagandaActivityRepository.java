package vn.gov.antq.activities.repository;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.activities.model.PropagandaActivity;

@ApplicationScoped
public class PropagandaActivityRepository implements PanacheRepository<PropagandaActivity> {

    public PanacheQuery<PropagandaActivity> search(ActivitySearch search, Sort sort) {
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
        if (search.form() != null) {
            where.append(" and form = :form");
            params.put("form", search.form());
        }
        if (search.topic() != null) {
            // Topics are stored comma-separated; the commas around both sides keep one code from matching inside another.
            where.append(" and concat(',', topics, ',') like :topic");
            params.put("topic", "%," + search.topic().name() + ",%");
        }
        // A day or a period overlapping [from, to].
        if (search.from() != null) {
            where.append(" and coalesce(heldOn, periodTo) >= :from");
            params.put("from", search.from());
        }
        if (search.to() != null) {
            where.append(" and coalesce(heldOn, periodFrom) <= :to");
            params.put("to", search.to());
        }
        if (search.text() != null) {
            where.append(" and searchText like concat('%', function('antq_activity_fold', :text), '%') escape '\\'");
            params.put("text", escapeLike(search.text()));
        }
        return find(where.toString(), sort, params);
    }

    /** The user's words are matched literally: LIKE wildcards in them are escaped. */
    static String escapeLike(String text) {
        return text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
