package vn.gov.antq.commons.units;

import java.time.LocalDate;

/**
 * What a reported (province code, date) pair means today: the unit as it was on that date and the current
 * province its figures aggregate into.
 */
public record ProvinceResolution(String reportedCode, LocalDate reportedOn, String reportedName, boolean beforeReform,
        Province currentProvince) {
}
