package vn.gov.antq.models.repository;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.gov.antq.models.model.ModelReview;
import vn.gov.antq.models.model.ReviewKind;

@ApplicationScoped
public class ModelReviewRepository implements PanacheRepository<ModelReview> {

    public List<ModelReview> ofModel(long modelId) {
        return list("model.id = ?1 order by periodTo desc, id desc", modelId);
    }

    public boolean existsFor(long modelId, ReviewKind kind, LocalDate from, LocalDate to, Long exceptId) {
        return count("model.id = ?1 and kind = ?2 and periodFrom = ?3 and periodTo = ?4 and id <> ?5",
                modelId, kind, from, to, exceptId == null ? -1L : exceptId) > 0;
    }
}
