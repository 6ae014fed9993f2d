package vn.gov.antq.commons.tallies;

/**
 * Where detailed records live, as SQL expressions over the {@code from} clause, for
 * {@link TallyOverlaps#recordsIn}. They go into SQL: build them from constants only, never from input.
 *
 * @param from the FROM clause with its alias, e.g. {@code "propaganda_activity a"}
 * @param id the record's id, e.g. {@code "a.id"}
 * @param label what names the record to a person, e.g. {@code "a.title"} ({@code "cast(null as varchar)"} for nothing)
 * @param province the record's current province code
 * @param commune its commune code (current or as reported), or null when the records are matched to a commune
 *        otherwise (the caller's condition then does it)
 * @param firstDay its first day (a date expression)
 * @param lastDay its last day ({@code date '9999-12-31'} for records still running)
 * @param kind its kind code, or null when the records have no kind matching the tallies'
 */
public record RecordSource(String from, String id, String label, String province, String commune, String firstDay, String lastDay,
        String kind) {

    public RecordSource {
        if (from == null || id == null || label == null || province == null || firstDay == null || lastDay == null) {
            throw new IllegalArgumentException("from, id, label, province, firstDay and lastDay are required");
        }
    }
}
