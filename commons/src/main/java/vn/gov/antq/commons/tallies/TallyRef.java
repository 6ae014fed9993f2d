package vn.gov.antq.commons.tallies;

import java.time.LocalDate;

/**
 * A tally found in the way, for the explanation of a refusal.
 *
 * @param kind the tally's kind code, null when it has none or covers every kind
 * @param total how many tallies were in the way in all (the list holds a sample)
 */
public record TallyRef(long id, String reportedProvinceCode, String reportedCommuneCode, String kind, LocalDate periodFrom,
        LocalDate periodTo, long total) {
}
