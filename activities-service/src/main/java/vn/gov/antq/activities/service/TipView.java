package vn.gov.antq.activities.service;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.activities.model.NotValuableReason;
import vn.gov.antq.activities.model.TipCategory;
import vn.gov.antq.activities.model.TipChannel;
import vn.gov.antq.activities.model.TipStatus;

/** A tip as every reader sees it: whether the reporter is known, never who. */
@Schema(name = "Tip")
public record TipView(long id, Instant receivedAt, TipChannel channel,
        @Schema(description = "For a slip collected at a propaganda session: that activity's id", examples = "512") Long activityId,
        TipCategory category, String provinceCode,
        String communeCode, String summary, boolean reporterIdentified, TipStatus status, Instant statusSince,
        NotValuableReason notValuableReason, String forwardedTo, int casesSolved, int suspectsArrested, int wantedCaught,
        int wantedSurrendered, List<String> caseRefs, Instant createdAt, Instant updatedAt, long version) {
}
