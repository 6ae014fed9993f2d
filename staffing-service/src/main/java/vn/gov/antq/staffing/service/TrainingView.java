package vn.gov.antq.staffing.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.staffing.model.ParticipantCount;
import vn.gov.antq.staffing.model.TraineeGroup;
import vn.gov.antq.staffing.model.TrainingKind;

@Schema(name = "Training", description = "A training course or reported training totals, counted under the current province")
public record TrainingView(
        @Schema(examples = "12") long id,
        TrainingKind kind,
        @Schema(examples = "Tổng số liệu báo cáo") String kindLabelVi,
        String courseName,
        LocalDate periodFrom,
        LocalDate periodTo,
        @Schema(description = "Organising province as reported", examples = "38") String reportedProvinceCode,
        @Schema(examples = "Thanh Hóa") String reportedProvinceName,
        @Schema(description = "Current province the training counts under", examples = "38") String provinceCode,
        @Schema(examples = "Thanh Hóa") String provinceName,
        String reportedCommuneCode,
        String communeCode,
        TraineeGroup traineeGroup,
        @Schema(examples = "Ban Chỉ đạo an ninh, trật tự") String traineeGroupLabelVi,
        @Schema(examples = "1677") int participants,
        ParticipantCount participantsCounted,
        Integer sessions,
        String sourceDocument,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
