package vn.gov.antq.models.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.models.model.ReviewKind;
import vn.gov.antq.models.model.ReviewRating;

@Schema(name = "Review", description = "A review of a model for a period")
public record ReviewView(long id, long modelId, ReviewKind kind, LocalDate periodFrom, LocalDate periodTo, ReviewRating rating,
        boolean exemplar, String reviewingBody, String notes, Instant createdAt, Instant updatedAt, long version) {
}
