package vn.gov.antq.activities.service;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.activities.model.QuantityUnit;
import vn.gov.antq.activities.model.WeaponCategory;

@Schema(name = "HandoverItem", description = "A category, its quantity and the category's unit")
public record HandoverItemView(
        @Schema(examples = "EXPLOSIVES") WeaponCategory category,
        @Schema(examples = "1.5") BigDecimal quantity,
        @Schema(examples = "KILOGRAM") QuantityUnit unit) {
}
