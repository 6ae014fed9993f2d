package vn.gov.antq.activities.service;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.activities.model.WeaponCategory;

/** One line of a handover: a category and its quantity in the category's fixed unit (see the code lists). */
@Schema(name = "HandoverItemInput", description = "A category and its quantity: whole pieces, or kilograms with up to 3 decimals")
public record HandoverItemInput(
        @NotNull @Schema(examples = "GUNS") WeaponCategory category,
        @NotNull @DecimalMin(value = "0", message = "must be greater than or equal to 0")
        @Digits(integer = 9, fraction = 3, message = "must have at most 9 digits and 3 decimals")
        @Schema(examples = "2") BigDecimal quantity) {
}
