package vn.gov.antq.activities.repository;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.activities.model.Tip;

@ApplicationScoped
public class TipRepository implements PanacheRepository<Tip> {

    public PanacheQuery<Tip> search(TipSearch search, Sort sort) {
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
        if (search.channel() != null) {
            where.append(" and channel = :channel");
            params.put("channel", search.channel());
        }
        if (search.category() != null) {
            where.append(" and category = :category");
            params.put("category", search.category());
        }
        if (search.status() != null) {
            where.append(" and status = :status");
            params.put("status", search.status());
        }
        if (search.from() != null) {
            where.append(" and receivedAt >= :from");
            params.put("from", search.from());
        }
        if (search.to() != null) {
            where.append(" and receivedAt <= :to");
            params.put("to", search.to());
        }
        return find(where.toString(), sort, params);
    }
}
