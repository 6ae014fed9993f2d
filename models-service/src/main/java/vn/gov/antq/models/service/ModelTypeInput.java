package vn.gov.antq.models.service;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.models.model.FocusTopic;
import vn.gov.antq.models.model.ModelSetting;

@Schema(name = "ModelTypeInput", description = "A model type as the ministry defines it")
public record ModelTypeInput(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "must be 2-60 upper-case letters, digits or _ starting with a letter")
        @Schema(examples = "SAFE_MARKET") String code,
        @NotBlank @Size(max = 200) @Schema(examples = "Chợ an toàn về an ninh, trật tự") String nameVi,
        @NotBlank @Size(max = 200) @Schema(examples = "Safe market") String nameEn,
        @Size(max = 2000) String description,
        @NotNull @Schema(examples = "RESIDENTIAL_AREA") ModelSetting setting,
        @Size(max = 13) List<@NotNull FocusTopic> focusTopics,
        @Schema(description = "False retires the type: existing models keep it, new ones cannot use it", examples = "true") Boolean active) {
}
