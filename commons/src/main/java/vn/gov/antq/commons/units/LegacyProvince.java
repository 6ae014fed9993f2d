package vn.gov.antq.commons.units;

/** One of the 63 provinces in force until 2025-06-30, and the current province it was merged into. */
public record LegacyProvince(String code, String name, ProvinceType type, String successorCode) {
}
