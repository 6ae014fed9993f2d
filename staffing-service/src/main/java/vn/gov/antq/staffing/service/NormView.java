package vn.gov.antq.staffing.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.commons.communes.CommuneType;

@Schema(name = "StaffingNorm", description = "The regular police a commune police unit needs, by its commune's type (configured)")
public record NormView(
        CommuneType communeType,
        @Schema(examples = "Xã") String labelVi,
        @Schema(description = "Exactly this many chiefs", examples = "1") int chiefs,
        @Schema(description = "At least this many deputies", examples = "1") int deputies,
        @Schema(description = "At least this many officers", examples = "3") int officers) {
}
