package vn.gov.antq.activities.repository;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.activities.model.Tip;

@ApplicationScoped
public class TipRepository implements PanacheRepository<Tip> {

    /** How many tips name this activity as the session that collected their slip. */
    public long countOfActivity(long activityId) {
        return count("activityId", activityId);
    }

    /** When the earliest tip collected at this activity was received, if any was. */
    public Optional<Instant> earliestReceivedAt(long activityId) {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select min(t.receivedAt) from Tip t where t.activityId = :activity", Instant.class)
                .setParameter("activity", activityId).getSingleResult());
    }

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
        if (search.activityId() != null) {
            where.append(" and activityId = :activity");
            params.put("activity", search.activityId());
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
        if (search.text() != null) {
            where.append(" and searchText like concat('%', function('antq_activity_fold', :text), '%') escape '\\'");
            params.put("text", PropagandaActivityRepository.escapeLike(search.text()));
        }
        return find(where.toString(), sort, params);
    }
}
