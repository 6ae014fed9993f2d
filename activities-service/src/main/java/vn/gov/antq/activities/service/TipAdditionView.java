package vn.gov.antq.activities.service;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TipAddition")
public record TipAdditionView(long id, String text, Instant addedAt) {
}
