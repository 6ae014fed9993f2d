package vn.gov.antq.gateway.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.commons.units.Province;

/** A current province as the views show it: who, and the reference data its rates are computed from. */
@Schema(name = "ViewProvince", description = "A current province and its reference data (population: GSO 2024, approximate)")
public record ProvinceRef(
        @Schema(examples = "75") String code,
        @Schema(examples = "Đồng Nai") String name,
        @Schema(examples = "4374000") long population,
        @Schema(examples = "95") int communeCount) {

    public static ProvinceRef of(Province province) {
        return new ProvinceRef(province.code(), province.name(), province.population(), province.communeCount());
    }
}
