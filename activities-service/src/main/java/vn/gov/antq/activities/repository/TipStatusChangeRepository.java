package vn.gov.antq.activities.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.gov.antq.activities.model.TipStatusChange;

@ApplicationScoped
public class TipStatusChangeRepository implements PanacheRepository<TipStatusChange> {

    public List<TipStatusChange> history(long tipId) {
        return list("tip.id = ?1 order by effectiveAt, id", tipId);
    }
}
