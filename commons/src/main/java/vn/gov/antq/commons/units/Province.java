package vn.gov.antq.commons.units;

import java.util.List;

/**
 * One of the 34 provinces in force since the 2025 reform, with the pre-reform provinces merged into it and its
 * reference population (see {@link AdministrativeUnits#populationReference()} for the year and source).
 */
public record Province(String code, String name, ProvinceType type, int communeCount, List<String> mergedFromCodes, long population) {
}
