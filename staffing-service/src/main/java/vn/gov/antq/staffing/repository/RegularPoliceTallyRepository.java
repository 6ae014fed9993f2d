package vn.gov.antq.staffing.repository;

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
}
