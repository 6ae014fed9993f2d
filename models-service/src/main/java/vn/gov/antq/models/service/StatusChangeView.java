package vn.gov.antq.models.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.models.model.ModelStatus;

@Schema(name = "StatusChange", description = "One dated lifecycle transition of a model")
public record StatusChangeView(ModelStatus fromStatus, ModelStatus toStatus, LocalDate effectiveDate, String reason, String changedBy,
        Instant changedAt) {
}
