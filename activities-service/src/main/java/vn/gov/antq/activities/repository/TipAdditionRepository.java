package vn.gov.antq.activities.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.gov.antq.activities.model.TipAddition;

@ApplicationScoped
public class TipAdditionRepository implements PanacheRepository<TipAddition> {

    public List<TipAddition> ofTip(long tipId) {
        return list("tip.id = ?1 order by addedAt, id", tipId);
    }

    public long countOfTip(long tipId) {
        return count("tip.id", tipId);
    }
}
