package vn.gov.antq.commons.communes;

/**
 * The unit a period report (a tally of totals) names: the province and optional commune as reported, and the current
 * province and commune its figures count under.
 */
public record ReportingUnit(String reportedProvinceCode, String provinceCode, String reportedCommuneCode, String communeCode) {
}
