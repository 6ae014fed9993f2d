package vn.gov.antq.commons.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One changed field of an audited write: its path and the values before and after (null when absent). */
@Schema(name = "FieldChange")
public record FieldChange(
        @Schema(examples = "status") String field,
        @JsonProperty("old") @Schema(examples = "PILOT") JsonNode oldValue,
        @JsonProperty("new") @Schema(examples = "ACTIVE") JsonNode newValue) {
}
