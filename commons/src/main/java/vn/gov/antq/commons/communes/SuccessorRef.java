package vn.gov.antq.commons.communes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CurrentCommuneRef", description = "A current commune a reported commune belongs to today")
public record SuccessorRef(
        @Schema(examples = "00004") String code,
        @Schema(examples = "Phường Ba Đình") String name,
        @Schema(description = "How the reported (old) commune went into it; absent when the reported commune is this one",
                examples = "PARTIAL") SuccessionKind kind) {
}
