package vn.gov.antq.models.service;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.models.model.PlaceKind;

/** A site as a commune or province records it; the model (and so the province) comes from the path on creation. */
@Schema(name = "SiteInput", description = "A place where a model is applied, in a current commune of the model's province")
public record SiteInput(
        @NotBlank @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code")
        @Schema(description = "Current commune (since 2025-07-01) the place lies in; cannot change once recorded", examples = "26068")
        String communeCode,
        @NotBlank @Size(max = 300) @Schema(examples = "Ấp Bàu Sen") String placeName,
        @NotNull @Schema(examples = "HAMLET") PlaceKind placeKind,
        @NotNull @PositiveOrZero @Schema(examples = "3") Integer teams,
        @NotNull @PositiveOrZero @Schema(examples = "27") Integer members,
        @PositiveOrZero @Schema(description = "Households the site covers", examples = "412") Integer households,
        @PositiveOrZero @Schema(description = "Security cameras installed", examples = "8") Integer cameras,
        @NotNull @PastOrPresent @Schema(examples = "2021-05-15") LocalDate establishedOn,
        @PastOrPresent @Schema(description = "Set when the site stopped; not before establishedOn") LocalDate dissolvedOn,
        @DecimalMin(value = "6", message = "must lie within Vietnam (latitude 6 to 24)")
        @DecimalMax(value = "24", message = "must lie within Vietnam (latitude 6 to 24)")
        @Digits(integer = 2, fraction = 6, message = "must have at most 6 decimals")
        @Schema(description = "WGS 84; given together with longitude", examples = "10.957413") BigDecimal latitude,
        @DecimalMin(value = "102", message = "must lie within Vietnam (longitude 102 to 118)")
        @DecimalMax(value = "118", message = "must lie within Vietnam (longitude 102 to 118)")
        @Digits(integer = 3, fraction = 6, message = "must have at most 6 decimals")
        @Schema(description = "WGS 84; given together with latitude", examples = "106.842957") BigDecimal longitude,
        @Size(max = 200) @Schema(description = "Contact person (personal data)", examples = "Nguyễn Văn An") String contactName,
        @Size(max = 30) @Pattern(regexp = "\\+?[0-9][0-9 .()-]{5,28}", message = "must be a phone number (digits, spaces, + . ( ) -)")
        @Schema(description = "Contact phone (personal data)", examples = "0912 345 678") String contactPhone) {
}
