package vn.gov.antq.models.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.models.model.ReviewKind;
import vn.gov.antq.models.model.ReviewRating;

@Schema(name = "ReviewInput", description = "An interim or final review of a model for a period")
public record ReviewInput(
        @NotNull @Schema(examples = "FINAL") ReviewKind kind,
        @NotNull @Schema(examples = "2019-01-01") LocalDate periodFrom,
        @NotNull @PastOrPresent @Schema(examples = "2022-10-31") LocalDate periodTo,
        @NotNull @Schema(examples = "GOOD") ReviewRating rating,
        @Schema(description = "Recognised as an advanced exemplar (điển hình tiên tiến)", examples = "true") boolean exemplar,
        @NotBlank @Size(max = 300) @Schema(examples = "Ban Chỉ đạo phong trào Toàn dân bảo vệ ANTQ tỉnh Bình Phước") String reviewingBody,
        @Size(max = 4000) String notes) {
}
