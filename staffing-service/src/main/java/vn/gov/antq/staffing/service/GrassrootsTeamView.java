package vn.gov.antq.staffing.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.staffing.model.HamletKind;

@Schema(name = "GrassrootsTeam", description = "A team of the grassroots security and order force; its members are listed at "
        + "/api/v1/grassroots-teams/{id}/members")
public record GrassrootsTeamView(
        @Schema(examples = "41") long id,
        @Schema(examples = "75") String provinceCode,
        @Schema(examples = "Đồng Nai") String provinceName,
        @Schema(examples = "26068") String communeCode,
        @Schema(examples = "Ấp Bàu Sen") String hamletName,
        HamletKind hamletKind,
        @Schema(examples = "Thôn, ấp, bản, làng, buôn, sóc") String hamletKindLabelVi,
        LocalDate establishedOn,
        LocalDate dissolvedOn,
        String decisionRef,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
