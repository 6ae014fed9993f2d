package vn.gov.antq.staffing.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.staffing.model.MemberRole;

@Schema(name = "GrassrootsMember", description = "A membership of a grassroots team (personal data: never given to partner systems)")
public record GrassrootsMemberView(
        @Schema(examples = "310") long id,
        @Schema(examples = "41") long teamId,
        @Schema(examples = "75") String provinceCode,
        @Schema(examples = "26068") String communeCode,
        @Schema(examples = "Nguyễn Văn An") String fullName,
        MemberRole role,
        @Schema(examples = "Tổ trưởng") String roleLabelVi,
        LocalDate birthDate,
        @Schema(description = "Age in full years on joinedOn", examples = "46") int ageOnJoining,
        LocalDate residenceSince,
        String phone,
        LocalDate joinedOn,
        LocalDate leftOn,
        String ageExceptionRef,
        LocalDate ageExceptionDate,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
