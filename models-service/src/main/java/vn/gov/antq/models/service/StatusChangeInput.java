package vn.gov.antq.models.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.models.model.ModelStatus;

@Schema(name = "StatusChangeInput", description = "A lifecycle transition: PILOT→ACTIVE|DISSOLVED, ACTIVE→SUSPENDED|DISSOLVED, SUSPENDED→ACTIVE|DISSOLVED")
public record StatusChangeInput(
        @NotNull @Schema(examples = "ACTIVE") ModelStatus status,
        @NotNull @PastOrPresent @Schema(examples = "2022-01-15") LocalDate effectiveDate,
        @Size(max = 1000) @Schema(examples = "Sơ kết 6 tháng đạt yêu cầu") String reason) {
}
