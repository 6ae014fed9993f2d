package vn.gov.antq.staffing.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Transfer", description = "The outcome of a transfer: the posting closed and the posting opened")
public record TransferView(
        @Schema(description = "The former posting, now ending the day before the new one starts") PostingView closed,
        @Schema(description = "The new posting") PostingView opened) {
}
