package vn.gov.antq.models.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.gov.antq.models.model.ModelStatusChange;

@ApplicationScoped
public class ModelStatusChangeRepository implements PanacheRepository<ModelStatusChange> {

    public List<ModelStatusChange> history(long modelId) {
        return list("model.id = ?1 order by effectiveDate, id", modelId);
    }
}
