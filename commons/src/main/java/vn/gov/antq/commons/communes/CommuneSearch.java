package vn.gov.antq.commons.communes;

import java.time.LocalDate;

/** Filters of the commune list; null means "any". {@code date}: communes in force on it, typed as on it. */
public record CommuneSearch(String provinceCode, CommuneType type, String text, LocalDate date) {
}
