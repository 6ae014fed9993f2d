package vn.gov.antq.staffing.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.staffing.model.ParticipantCount;
import vn.gov.antq.staffing.model.TraineeGroup;
import vn.gov.antq.staffing.model.TrainingKind;

@Schema(name = "TrainingInput", description = "A training (tập huấn): one course, or the totals a unit reported for a period. "
        + "The organising unit is given as it was on the last day (a pre-2025 province code for earlier periods).")
public record TrainingInput(
        @NotNull @Schema(description = "COURSE: one course; REPORTED_TOTAL: a report's totals for the period (then no course of the "
                + "same unit, group and period may be recorded beside it)", examples = "REPORTED_TOTAL") TrainingKind kind,
        @NotBlank @Size(max = 300) @Schema(examples = "Tập huấn nghiệp vụ cho Ban Chỉ đạo an ninh trật tự xã, phường, thị trấn")
        String courseName,
        @NotNull @PastOrPresent @Schema(examples = "2019-01-01") LocalDate periodFrom,
        @NotNull @PastOrPresent @Schema(examples = "2022-12-31") LocalDate periodTo,
        @NotBlank @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code")
        @Schema(description = "Organising province as reported: a pre-2025 code for periods before 2025-07-01", examples = "38")
        String provinceCode,
        @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code")
        @Schema(description = "Organising commune as reported on periodTo; absent for a province-level training") String communeCode,
        @NotNull @Schema(examples = "STEERING_COMMITTEE") TraineeGroup traineeGroup,
        @NotNull @Positive @Schema(examples = "1677") Integer participants,
        @Schema(description = "What participants counts; PERSONS when absent", examples = "PERSONS") ParticipantCount participantsCounted,
        @Positive @Schema(description = "Classes or sessions held, when reported") Integer sessions,
        @Size(max = 500) @Schema(description = "Required for a REPORTED_TOTAL", examples = "Kết quả thực hiện Kết luận 44-KL/TW, tỉnh Thanh Hóa")
        String sourceDocument,
        @Size(max = 4000) String notes) {
}
