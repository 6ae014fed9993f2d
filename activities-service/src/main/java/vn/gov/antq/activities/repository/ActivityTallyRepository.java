package vn.gov.antq.activities.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.activities.model.ActivityForm;
import vn.gov.antq.activities.model.ActivityTally;

@ApplicationScoped
public class ActivityTallyRepository implements PanacheRepository<ActivityTally> {

    /** Filters are null for "any"; from/to select tallies whose period overlaps them. */
    public PanacheQuery<ActivityTally> search(String province, String commune, ActivityForm form, LocalDate from,
            LocalDate to, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (province != null) {
            where.append(" and provinceCode = :province");
            params.put("province", province);
        }
        if (commune != null) {
            where.append(" and (communeCode = :commune or reportedCommuneCode = :commune)");
            params.put("commune", commune);
        }
        if (form != null) {
            where.append(" and form = :form");
            params.put("form", form);
        }
        if (from != null) {
            where.append(" and periodTo >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and periodFrom <= :to");
            params.put("to", to);
        }
        return find(where.toString(), sort, params);
    }
}
