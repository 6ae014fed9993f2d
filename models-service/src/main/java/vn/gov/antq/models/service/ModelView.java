package vn.gov.antq.models.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.models.model.LeadOrganisation;
import vn.gov.antq.models.model.ModelStatus;

@Schema(name = "Model", description = "A self-management (community security) model run in a province")
public record ModelView(
        @Schema(examples = "318") long id,
        @Schema(examples = "PEOPLES_SECURITY_TEAM") String typeCode,
        @Schema(examples = "Tổ an ninh nhân dân") String typeNameVi,
        @Schema(examples = "Tổ an ninh nhân dân ấp Tân Hiệp") String name,
        @Schema(examples = "75") String provinceCode,
        @Schema(examples = "Đồng Nai") String provinceName,
        LeadOrganisation leadOrganisation,
        String description,
        LocalDate startDate,
        ModelStatus status,
        @Schema(description = "Date the current status took effect") LocalDate statusSince,
        Long replicatedFromId,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
