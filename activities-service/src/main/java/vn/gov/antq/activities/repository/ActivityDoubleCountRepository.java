package vn.gov.antq.activities.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The lookups behind the activities' double-count rule: which detailed activities or tallies a tally or an activity
 * would cover twice. Each answers at most {@link #SAMPLE} rows, with the total in every row. Absent codes are passed
 * as '' so no parameter is an untyped SQL null.
 */
@ApplicationScoped
public class ActivityDoubleCountRepository {

    public static final int SAMPLE = 3;
    private static final String TALLY_COLUMNS = "t.id, t.reported_province_code, t.reported_commune_code, t.form, t.period_from, "
            + "t.period_to, count(*) over ()";

    /** A tally found in the way, for the explanation. */
    public record TallyRef(long id, String reportedProvinceCode, String reportedCommuneCode, String form, LocalDate periodFrom,
            LocalDate periodTo, long total) {
    }

    /** A detailed activity found in the way. */
    public record ActivityRef(long id, String title, String communeCode, LocalDate firstDay, long total) {
    }

    @Inject
    EntityManager entityManager;

    /**
     * Tallies of the same reported province whose units nest (province ⊃ its communes, or the same commune), whose
     * forms nest (no form ⊃ every form) and whose periods overlap.
     */
    public List<TallyRef> overlappingTallies(long exceptId, String reportedProvince, String reportedCommune, String form,
            LocalDate from, LocalDate to) {
        Query query = entityManager.createNativeQuery("select " + TALLY_COLUMNS + " from activity_tally t"
                + " where t.reported_province_code = :rp and t.id <> :except"
                + " and t.period_from <= :to and t.period_to >= :from"
                + " and (:rc = '' or t.reported_commune_code is null or t.reported_commune_code = :rc)"
                + " and (:form = '' or t.form is null or t.form = :form)"
                + " order by t.period_from, t.id limit " + SAMPLE);
        bind(query, Map.of("rp", reportedProvince, "except", exceptId, "from", from, "to", to, "rc", orEmpty(reportedCommune),
                "form", orEmpty(form)));
        return tallies(query);
    }

    /**
     * Detailed activities of the current province (and commune, matched by the current or the reported code) of the
     * form, held on a day in the period or over a period overlapping it.
     */
    public List<ActivityRef> activitiesIn(String province, String commune, String reportedCommune, String form, LocalDate from,
            LocalDate to) {
        Query query = entityManager.createNativeQuery("select a.id, a.title, a.commune_code, coalesce(a.held_on, a.period_from),"
                + " count(*) over () from propaganda_activity a"
                + " where a.province_code = :p and (:c = '' or a.commune_code in (:c, :rc))"
                + " and (:form = '' or a.form = :form)"
                + " and coalesce(a.held_on, a.period_from) <= :to and coalesce(a.held_on, a.period_to) >= :from"
                + " order by coalesce(a.held_on, a.period_from), a.id limit " + SAMPLE);
        bind(query, Map.of("p", province, "c", orEmpty(commune), "rc", orEmpty(reportedCommune == null ? commune : reportedCommune),
                "form", orEmpty(form), "from", from, "to", to));
        return activities(query);
    }

    /**
     * Tallies an activity would be counted in twice: of its province, province-wide or of its commune (current or
     * reported code), of its form or of every form, over a period overlapping its day or period.
     */
    public List<TallyRef> talliesCovering(String province, String commune, String form, LocalDate first, LocalDate last) {
        Query query = entityManager.createNativeQuery("select " + TALLY_COLUMNS + " from activity_tally t"
                + " where t.province_code = :p and (t.form is null or t.form = :form)"
                + " and t.period_from <= :last and t.period_to >= :first"
                + " and (t.commune_code is null or t.commune_code = :c or t.reported_commune_code = :c)"
                + " order by t.period_from, t.id limit " + SAMPLE);
        bind(query, Map.of("p", province, "form", form, "c", orEmpty(commune), "first", first, "last", last));
        return tallies(query);
    }

    private static void bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    @SuppressWarnings("unchecked")
    private static List<TallyRef> tallies(Query query) {
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new TallyRef(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], date(r[4]), date(r[5]),
                        ((Number) r[6]).longValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<ActivityRef> activities(Query query) {
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new ActivityRef(((Number) r[0]).longValue(), (String) r[1], (String) r[2], date(r[3]), ((Number) r[4]).longValue()))
                .toList();
    }

    static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
