package vn.gov.antq.models.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.antq.commons.audit.AuditAction;
import vn.gov.antq.commons.audit.AuditDiff;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.concurrency.Preconditions;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.models.model.ModelReview;
import vn.gov.antq.models.model.SecurityModel;
import vn.gov.antq.models.repository.ModelReviewRepository;

/** Reviews belong to a model: whoever may read or write the model may read or write its reviews. */
@ApplicationScoped
public class ModelReviewService {

    static final String RESOURCE = "model-review";
    private static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version", "createdAt");

    @Inject
    ModelReviewRepository reviews;

    @Inject
    SecurityModelService models;

    @Inject
    CallerScope caller;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReviewView> listForModel(long modelId) {
        models.readable(modelId);
        return reviews.ofModel(modelId).stream().map(ModelReviewService::toView).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewView get(long id) {
        return toView(readable(id));
    }

    @Transactional
    public ReviewView create(long modelId, ReviewInput input) {
        SecurityModel model = models.readable(modelId);
        caller.requireWrite(model.provinceCode, null);
        validate(model, input, null);
        ModelReview review = new ModelReview();
        review.model = model;
        review.createdAt = Instant.now();
        apply(review, input);
        reviews.persist(review);
        reviews.flush();
        ReviewView created = toView(review);
        auditTrail.record(AuditAction.CREATE, RESOURCE, review.id, model.provinceCode, null,
                AuditDiff.between(json, null, created, Set.of(), NOT_AUDITED));
        return created;
    }

    @Transactional
    public ReviewView update(long id, String ifMatch, ReviewInput input) {
        ModelReview review = readable(id);
        caller.requireWrite(review.model.provinceCode, null);
        Preconditions.requireIfMatch(ifMatch, review.version);
        validate(review.model, input, id);
        ReviewView before = toView(review);
        apply(review, input);
        reviews.flush();
        ReviewView after = toView(review);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, review.model.provinceCode, null,
                AuditDiff.between(json, before, after, Set.of(), NOT_AUDITED));
        return after;
    }

    private ModelReview readable(long id) {
        ModelReview review = reviews.findById(id);
        if (review == null || !caller.canReadProvince(review.model.provinceCode)) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return review;
    }

    private void validate(SecurityModel model, ReviewInput input, Long reviewId) {
        if (input.periodFrom().isAfter(input.periodTo())) {
            throw ProblemException.invalidField("periodFrom", "must not be after periodTo (" + input.periodTo() + ")");
        }
        if (input.periodTo().isBefore(model.startDate)) {
            throw ProblemException.invalidField("periodTo", "the period ends before the model started (" + model.startDate + ")");
        }
        if (reviews.existsFor(model.id, input.kind(), input.periodFrom(), input.periodTo(), reviewId)) {
            throw ProblemException.conflict("Model " + model.id + " already has a " + input.kind() + " review for "
                    + input.periodFrom() + " – " + input.periodTo());
        }
    }

    private static void apply(ModelReview review, ReviewInput input) {
        review.kind = input.kind();
        review.periodFrom = input.periodFrom();
        review.periodTo = input.periodTo();
        review.rating = input.rating();
        review.exemplar = input.exemplar();
        review.reviewingBody = input.reviewingBody().trim();
        review.notes = ModelTypeService.blankToNull(input.notes());
        review.updatedAt = Instant.now();
    }

    static ReviewView toView(ModelReview review) {
        return new ReviewView(review.id, review.model.id, review.kind, review.periodFrom, review.periodTo, review.rating, review.exemplar,
                review.reviewingBody, review.notes, review.createdAt, review.updatedAt, review.version);
    }
}
