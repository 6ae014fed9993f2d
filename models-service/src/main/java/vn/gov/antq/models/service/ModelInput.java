package vn.gov.antq.models.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.models.model.LeadOrganisation;
import vn.gov.antq.models.model.ModelStatus;

@Schema(name = "ModelInput", description = "A self-management model as a province records it")
public record ModelInput(
        @NotBlank @Size(max = 60) @Schema(examples = "PEOPLES_SECURITY_TEAM") String typeCode,
        @NotBlank @Size(max = 300) @Schema(examples = "Tổ an ninh nhân dân ấp Tân Hiệp") String name,
        @NotBlank @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") @Schema(examples = "75") String provinceCode,
        @NotNull @Schema(examples = "POLICE") LeadOrganisation leadOrganisation,
        @Size(max = 4000) String description,
        @NotNull @PastOrPresent @Schema(examples = "2021-03-26") LocalDate startDate,
        @Schema(description = "Status a new model starts in: PILOT (default) or ACTIVE; ignored on update", examples = "PILOT") ModelStatus initialStatus,
        @Positive @Schema(description = "Id of the model this one was replicated from (nhân rộng), possibly in another province",
                examples = "12") Long replicatedFromId) {
}
