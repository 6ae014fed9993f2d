package vn.gov.antq.models.repository;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Statistics computed by the database (GROUP BY over the record tables and the tallies, never rows loaded into Java).
 *
 * <p>In a window [from, to]: a model counts when it started on or before {@code to} and was not dissolved before
 * {@code from}; a site (its teams, members, cameras) when established on or before {@code to} and not dissolved before
 * {@code from}; an exemplar is a model with an exemplar review whose period ends in the window; a recognition counts
 * when its year lies between the years of {@code from} and {@code to}. A tally counts when its period overlaps the
 * window; of several tallies of one reported unit and type overlapping it (successive periods, which the double-count
 * rule keeps apart) only the latest counts, as its figures are the most recent state of the same things.
 */
@ApplicationScoped
public class ModelStatisticsRepository {

    /** Figures of a row, in this order: records, then tallies. */
    public static final int MODELS = 0, SITES = 1, TEAMS = 2, MEMBERS = 3, CAMERAS = 4, EXEMPLARS = 5, PASSED = 6, FAILED = 7,
            TALLIED_MODELS = 8, TALLIED_SITES = 9, TALLIED_TEAMS = 10, TALLIED_MEMBERS = 11, TALLIED_CAMERAS = 12;
    private static final int FIGURES = 13;

    public record Row(String key, long[] figures) {
    }

    /** Per reported pre-2025 province: the tallies counted and the sums of their figures (null: none reported). */
    public record OldProvinceRow(String reportedProvinceCode, String provinceCode, long tallies, Long modelTypes, Long models, Long sites,
            Long teams, Long members, Long cameras) {
    }

    private static final String CHOSEN_TALLIES = "with chosen as ("
            + " select distinct on (t.reported_province_code, coalesce(t.reported_commune_code, ''), coalesce(t.type_code, '')) t.*"
            + " from model_tally t where t.period_from <= :to and t.period_to >= :from and (:province = '' or t.province_code = :province)"
            + " order by t.reported_province_code, coalesce(t.reported_commune_code, ''), coalesce(t.type_code, ''),"
            + " t.period_to desc, t.period_from desc, t.id desc) ";
    private static final String MODEL_ACTIVE = "m.start_date <= :to and not (m.status = 'DISSOLVED' and m.status_since < :from)";
    private static final String SITE_ACTIVE = "s.established_on <= :to and (s.dissolved_on is null or s.dissolved_on >= :from)";
    private static final String NO_KEY = "cast(null as varchar)";

    @Inject
    EntityManager entityManager;

    /** One row per group (key null: figures the grouping does not apply to, e.g. tallies by lead organisation). */
    @SuppressWarnings("unchecked")
    public List<Row> aggregate(StatisticsGrouping grouping, LocalDate from, LocalDate to, String province) {
        String models = "select " + modelKey(grouping) + " as k, count(distinct m.id) as v0, 0 as v1, 0 as v2, 0 as v3, 0 as v4, 0 as v5,"
                + " 0 as v6, 0 as v7, 0 as v8, 0 as v9, 0 as v10, 0 as v11, 0 as v12"
                + " from security_model m join model_type mt on mt.code = m.type_code" + modelJoins(grouping)
                + " where " + MODEL_ACTIVE + " and (:province = '' or m.province_code = :province) group by 1";
        String sites = "select " + siteKey(grouping) + ", 0, count(*), sum(s.teams), sum(s.members), sum(coalesce(s.cameras, 0)),"
                + " 0, 0, 0, 0, 0, 0, 0, 0"
                + " from model_site s join security_model m on m.id = s.model_id join model_type mt on mt.code = m.type_code"
                + (grouping == StatisticsGrouping.STATUS ? statusAt() : "")
                + " where " + SITE_ACTIVE + " and (:province = '' or s.province_code = :province) group by 1";
        String exemplars = "select " + modelKey(grouping) + ", 0, 0, 0, 0, 0, count(distinct m.id), 0, 0, 0, 0, 0, 0, 0"
                + " from security_model m join model_type mt on mt.code = m.type_code" + modelJoins(grouping)
                + " where exists (select 1 from model_review r where r.model_id = m.id and r.exemplar and r.period_to between :from and :to)"
                + " and (:province = '' or m.province_code = :province) group by 1";
        String recognitions = "select " + recognitionKey(grouping) + ", 0, 0, 0, 0, 0, 0,"
                + " count(*) filter (where r.result = 'PASSED'), count(*) filter (where r.result = 'FAILED'), 0, 0, 0, 0, 0"
                + " from safe_unit_recognition r where r.recognition_year between :fromYear and :toYear"
                + " and (:province = '' or r.province_code = :province) group by 1";
        String tallies = "select " + tallyKey(grouping) + ", 0, 0, 0, 0, 0, 0, 0, 0,"
                + " sum(coalesce(t.models, 0)), sum(coalesce(t.sites, 0)), sum(coalesce(t.teams, 0)), sum(coalesce(t.members, 0)),"
                + " sum(coalesce(t.cameras, 0))"
                + " from chosen t left join model_type mt on mt.code = t.type_code group by 1";
        StringBuilder sql = new StringBuilder(CHOSEN_TALLIES).append("select k");
        for (int i = 0; i < FIGURES; i++) {
            sql.append(", sum(v").append(i).append(')');
        }
        sql.append(" from (").append(String.join(" union all ", models, sites, exemplars, recognitions, tallies))
                .append(") x group by k order by k nulls last");
        Query query = entityManager.createNativeQuery(sql.toString());
        bind(query, from, to, province);
        query.setParameter("fromYear", from.getYear());
        query.setParameter("toYear", to.getYear());
        return ((List<Object[]>) query.getResultList()).stream().map(r -> {
            long[] figures = new long[FIGURES];
            for (int i = 0; i < FIGURES; i++) {
                figures[i] = r[i + 1] == null ? 0 : ((Number) r[i + 1]).longValue();
            }
            return new Row((String) r[0], figures);
        }).toList();
    }

    /** The counted tallies of pre-2025 periods by the province code as reported. */
    @SuppressWarnings("unchecked")
    public List<OldProvinceRow> oldProvinces(LocalDate from, LocalDate to, String province) {
        Query query = entityManager.createNativeQuery(CHOSEN_TALLIES
                + "select t.reported_province_code, t.province_code, count(*), sum(t.model_types), sum(t.models), sum(t.sites),"
                + " sum(t.teams), sum(t.members), sum(t.cameras) from chosen t where t.period_to < date '2025-07-01'"
                + " group by 1, 2 order by 1");
        bind(query, from, to, province);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new OldProvinceRow((String) r[0], (String) r[1], ((Number) r[2]).longValue(), longOrNull(r[3]), longOrNull(r[4]),
                        longOrNull(r[5]), longOrNull(r[6]), longOrNull(r[7]), longOrNull(r[8])))
                .toList();
    }

    private static void bind(Query query, LocalDate from, LocalDate to, String province) {
        query.setParameter("from", from);
        query.setParameter("to", to);
        query.setParameter("province", province == null ? "" : province);
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** Models have no commune: by commune, a model counts under each commune where it has a site active in the window. */
    private static String modelJoins(StatisticsGrouping grouping) {
        return switch (grouping) {
            case COMMUNE -> " left join model_site s on s.model_id = m.id and " + SITE_ACTIVE;
            case STATUS -> statusAt();
            default -> "";
        };
    }

    /** The model's status on the window's last day, from its dated history. */
    private static String statusAt() {
        return " left join lateral (select c.to_status from model_status_change c where c.model_id = m.id and c.effective_date <= :to"
                + " order by c.effective_date desc, c.id desc limit 1) st on true";
    }

    private static String modelKey(StatisticsGrouping grouping) {
        return switch (grouping) {
            case NONE -> NO_KEY;
            case PROVINCE -> "m.province_code";
            case COMMUNE -> "s.commune_code";
            case TYPE -> "m.type_code";
            case SETTING -> "mt.setting";
            case LEAD_ORGANISATION -> "m.lead_organisation";
            case STATUS -> "coalesce(st.to_status, m.status)";
        };
    }

    private static String siteKey(StatisticsGrouping grouping) {
        return switch (grouping) {
            case PROVINCE -> "s.province_code";
            case COMMUNE -> "s.commune_code";
            default -> modelKey(grouping);
        };
    }

    private static String recognitionKey(StatisticsGrouping grouping) {
        return switch (grouping) {
            case PROVINCE -> "r.province_code";
            case COMMUNE -> "r.commune_code";
            default -> NO_KEY;
        };
    }

    private static String tallyKey(StatisticsGrouping grouping) {
        return switch (grouping) {
            case PROVINCE -> "t.province_code";
            case COMMUNE -> "t.commune_code";
            case TYPE -> "t.type_code";
            case SETTING -> "mt.setting";
            default -> NO_KEY;
        };
    }
}
