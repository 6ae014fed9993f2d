package vn.gov.antq.activities.service;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.activities.model.NotValuableReason;
import vn.gov.antq.activities.model.TipStatus;

@Schema(name = "TipStatusChange")
public record TipStatusChangeView(TipStatus fromStatus, TipStatus toStatus, Instant effectiveAt, NotValuableReason notValuableReason,
        String forwardedTo, String note, String changedBy, Instant changedAt) {
}
