package vn.gov.antq.activities.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicTipSubmission")
public record PublicSubmissionView(ReceiptView receipt, PublicTipStatusView tip) {
}
