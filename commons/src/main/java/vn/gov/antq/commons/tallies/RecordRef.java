package vn.gov.antq.commons.tallies;

import java.time.LocalDate;

/**
 * A detailed record found in the way of a tally, for the explanation of a refusal.
 *
 * @param label what names the record to a person (a title, a place), or null
 * @param since the record's first day
 * @param total how many records were in the way in all (the list holds a sample)
 */
public record RecordRef(long id, String label, String communeCode, LocalDate since, long total) {
}
