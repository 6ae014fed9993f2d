package vn.gov.antq.activities.service;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.activities.model.TipStatus;

/** What anyone holding a receipt may know of the tip: where it stands, nothing of the investigation. */
@Schema(name = "PublicTipStatus")
public record PublicTipStatusView(String receiptCode, Instant receivedAt, TipStatus status, Instant statusSince, long additions) {
}
