package vn.gov.antq.models.service;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.models.model.FocusTopic;
import vn.gov.antq.models.model.ModelSetting;

@Schema(name = "ModelType", description = "An entry of the model-type catalog (loại mô hình)")
public record ModelTypeView(
        @Schema(examples = "PEOPLES_SECURITY_TEAM") String code,
        @Schema(examples = "Tổ an ninh nhân dân") String nameVi,
        @Schema(examples = "People's security team") String nameEn,
        String description,
        ModelSetting setting,
        @Schema(examples = "Khu dân cư") String settingLabelVi,
        List<FocusTopic> focusTopics,
        boolean active,
        Instant updatedAt,
        long version) {
}
