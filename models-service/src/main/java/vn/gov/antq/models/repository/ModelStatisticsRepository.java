package vn.gov.antq.models.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.gov.antq.commons.statistics.StatisticsInputs;

/**
 * Statistics computed by the database (GROUP BY over the record tables, their aggregates and the tallies, never rows
 * loaded into Java).
 *
 * <p>In a window [from, to]: a model counts when it started on or before {@code to} and was not dissolved before
 * {@code from}; a site (its teams, members, cameras) when established on or before {@code to} and not dissolved before
 * {@code from}; an exemplar is a model with an exemplar review whose period ends in the window; a recognition counts
 * when its year lies between the years of {@code from} and {@code to}. By commune a model or exemplar counts under each
 * commune where it has a site active in the window, under none when it has no such site; sites count under their own
 * province and commune, and under their model's type, setting, lead organisation and status. The status is the one on
 * {@code to}, from the model's dated history. A tally counts when its period overlaps the window; of several tallies
 * of one reported unit and type overlapping it (successive periods, which the double-count rule keeps apart) only the
 * latest counts, as its figures are the most recent state of the same things.
 *
 * <p><b>Whole-month windows</b> (from the 1st of a month to the last day of a month: months, quarters, years, the
 * gateway's views) read every record figure, for every grouping, from aggregates that triggers keep (db/migration V8
 * {@code model_monthly}: models, sites with their teams, members and cameras, and exemplars, including the distinct
 * counts by commune and the status on the window's last day; V8_1 {@code recognition_yearly}), each with its pending
 * changes in the same statement (commons {@code AggregateCompaction} folds them in), so they are exact at every instant
 * and their cost does not grow with the records. Other windows, e.g. a single day, read the records. Tallies are read
 * from their table for every window (a few thousand rows).
 *
 * <p>The tables a whole-month window reads are its answer's ETag inputs ({@link #inputs}): a query here that starts
 * reading another table must add it there.
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

    /** An ETag input ({@link #inputs}), as every table read below for a whole-month window. */
    private static final String CHOSEN_TALLIES = "with chosen as ("
            + " select distinct on (t.reported_province_code, coalesce(t.reported_commune_code, ''), coalesce(t.type_code, '')) t.*"
            + " from model_tally t where t.period_from <= :to and t.period_to >= :from and (:province = '' or t.province_code = :province)"
            + " order by t.reported_province_code, coalesce(t.reported_commune_code, ''), coalesce(t.type_code, ''),"
            + " t.period_to desc, t.period_from desc, t.id desc) ";
    private static final String MODEL_ACTIVE = "m.start_date <= :to and not (m.status = 'DISSOLVED' and m.status_since < :from)";
    private static final String SITE_ACTIVE = "s.established_on <= :to and (s.dissolved_on is null or s.dissolved_on >= :from)";
    private static final String TYPE_JOIN = " join model_type mt on mt.code = m.type_code";
    private static final String NO_KEY = "cast(null as varchar)";
    /** The rows of model_monthly (V8) with its pending changes, as {@code a}; an ETag input. */
    private static final String MODEL_MONTHLY = "(select dimension, province_code, value, first_month, last_month, models, sites, teams,"
            + " members, cameras, exemplars from model_monthly union all select dimension, province_code, value, first_month, last_month,"
            + " models, sites, teams, members, cameras, exemplars from model_monthly_pending) a";
    /** The rows of recognition_yearly (V8_1) with its pending changes, as {@code r}; an ETag input. */
    private static final String RECOGNITION_YEARLY = "(select province_code, commune_code, recognition_year, passed, failed"
            + " from recognition_yearly union all select province_code, commune_code, recognition_year, passed, failed"
            + " from recognition_yearly_pending) r";

    @Inject
    EntityManager entityManager;

    /** Off only in tests, which compare the two ways of counting the records. */
    private volatile boolean monthlyAggregates = true;

    /** One row per group (key null: figures the grouping does not apply to, e.g. tallies by lead organisation). */
    @SuppressWarnings("unchecked")
    public List<Row> aggregate(StatisticsGrouping grouping, LocalDate from, LocalDate to, String province) {
        boolean monthly = monthlyAggregates && wholeMonths(from, to);
        List<String> parts = new ArrayList<>(monthly ? List.of(fromMonthlyAggregate(grouping), recognitionsFromYearlyAggregate(grouping))
                : List.of(modelsFromRecords(grouping), sitesFromRecords(grouping), exemplarsFromRecords(grouping),
                        recognitionsFromRecords(grouping)));
        parts.add(part(tallyKey(grouping), Map.of(TALLIED_MODELS, "sum(coalesce(t.models, 0))", TALLIED_SITES, "sum(coalesce(t.sites, 0))",
                TALLIED_TEAMS, "sum(coalesce(t.teams, 0))", TALLIED_MEMBERS, "sum(coalesce(t.members, 0))", TALLIED_CAMERAS,
                "sum(coalesce(t.cameras, 0))"),
                "from chosen t" + (grouping == StatisticsGrouping.SETTING ? " left join model_type mt on mt.code = t.type_code" : "")));
        StringBuilder sql = new StringBuilder(CHOSEN_TALLIES).append("select k");
        for (int i = 0; i < FIGURES; i++) {
            sql.append(", sum(v").append(i).append(')');
        }
        sql.append(" from (").append(String.join(" union all ", parts)).append(") x group by k order by k nulls last");
        Query query = entityManager.createNativeQuery(sql.toString());
        bind(query, from, to, province);
        query.setParameter("fromYear", from.getYear());
        query.setParameter("toYear", to.getYear());
        if (monthly) {
            query.setParameter("fromMonth", from);
            query.setParameter("toMonth", to.withDayOfMonth(1));
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> {
            long[] figures = new long[FIGURES];
            for (int i = 0; i < FIGURES; i++) {
                figures[i] = r[i + 1] == null ? 0 : ((Number) r[i + 1]).longValue();
            }
            return new Row((String) r[0], figures);
        }).toList();
    }

    /**
     * What the answer of a whole-month window grouped by {@code grouping} is computed from, the data part of its ETag
     * (commons ConditionalStatistics): every table the queries of this class read for it, with the totals' and the
     * labels' (ModelStatisticsService). Null when the records answer the window: such answers carry no ETag. With
     * antq.statistics.verify-inputs (tests) every answer checks its queries read nothing else.
     */
    public StatisticsInputs inputs(StatisticsGrouping grouping, LocalDate from, LocalDate to) {
        if (!monthlyAggregates || !wholeMonths(from, to)) {
            return null;
        }
        StatisticsInputs inputs = StatisticsInputs.of(StatisticsInputs.aggregate("model_monthly"), StatisticsInputs.aggregate("recognition_yearly"),
                StatisticsInputs.tracked("model_tally"));
        return switch (grouping) {
            // A type's setting is joined (aggregate and tallies); types are labelled with their names.
            case TYPE, SETTING -> inputs.and(StatisticsInputs.tracked("model_type"));
            // Communes are labelled with their names.
            case COMMUNE -> inputs.and(StatisticsInputs.tracked("commune"));
            default -> inputs;
        };
    }

    /** Whether the window is whole months, which the monthly aggregates can answer. */
    static boolean wholeMonths(LocalDate from, LocalDate to) {
        return from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth();
    }

    /** For tests: false counts the records for every window, as for a window that is not whole months. */
    void useMonthlyAggregates(boolean use) {
        monthlyAggregates = use;
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

    /**
     * Models, sites and exemplars of a whole-month window from model_monthly (V8): the rows whose months meet it, of the
     * grouping's dimension ('province' serves the totals too, 'type' the settings). A group whose figures net to 0 (its
     * rows all undone, not yet compacted away) is left out, as the records show no such group.
     */
    private static String fromMonthlyAggregate(StatisticsGrouping grouping) {
        String dimension = switch (grouping) {
            case NONE, PROVINCE -> "province";
            case COMMUNE -> "commune";
            case TYPE, SETTING -> "type";
            case LEAD_ORGANISATION -> "lead";
            case STATUS -> "status";
        };
        String key = switch (grouping) {
            case NONE -> NO_KEY;
            case PROVINCE -> "a.province_code";
            // '' is "no site active in the window".
            case COMMUNE -> "nullif(a.value, '')";
            case SETTING -> "mt.setting";
            default -> "a.value";
        };
        return part(key, Map.of(MODELS, "sum(a.models)", SITES, "sum(a.sites)", TEAMS, "sum(a.teams)", MEMBERS, "sum(a.members)", CAMERAS,
                "sum(a.cameras)", EXEMPLARS, "sum(a.exemplars)"),
                "from " + MODEL_MONTHLY + (grouping == StatisticsGrouping.SETTING ? " join model_type mt on mt.code = a.value" : "")
                        + " where a.dimension = '" + dimension + "' and (:province = '' or a.province_code = :province)"
                        + " and a.first_month <= :toMonth and a.last_month >= :fromMonth")
                + " having sum(a.models) <> 0 or sum(a.sites) <> 0 or sum(a.exemplars) <> 0";
    }

    private static String recognitionsFromYearlyAggregate(StatisticsGrouping grouping) {
        return part(recognitionKey(grouping), Map.of(PASSED, "sum(r.passed)", FAILED, "sum(r.failed)"), "from " + RECOGNITION_YEARLY
                + " where r.recognition_year between :fromYear and :toYear and (:province = '' or r.province_code = :province)")
                + " having sum(r.passed) <> 0 or sum(r.failed) <> 0";
    }

    private static String modelsFromRecords(StatisticsGrouping grouping) {
        return part(modelKey(grouping), Map.of(MODELS, "count(distinct m.id)"), "from security_model m" + modelJoins(grouping)
                + " where " + MODEL_ACTIVE + " and (:province = '' or m.province_code = :province)");
    }

    /** Sites join their model only for the groupings that key them by it. */
    private static String sitesFromRecords(StatisticsGrouping grouping) {
        String joins = switch (grouping) {
            case TYPE, LEAD_ORGANISATION -> " join security_model m on m.id = s.model_id";
            case SETTING -> " join security_model m on m.id = s.model_id" + TYPE_JOIN;
            case STATUS -> " join security_model m on m.id = s.model_id" + statusAt();
            default -> "";
        };
        return part(siteKey(grouping), Map.of(SITES, "count(*)", TEAMS, "sum(s.teams)", MEMBERS, "sum(s.members)", CAMERAS,
                "sum(coalesce(s.cameras, 0))"), "from model_site s" + joins + " where " + SITE_ACTIVE
                + " and (:province = '' or s.province_code = :province)");
    }

    private static String exemplarsFromRecords(StatisticsGrouping grouping) {
        return part(modelKey(grouping), Map.of(EXEMPLARS, "count(distinct m.id)"), "from security_model m" + modelJoins(grouping)
                + " where exists (select 1 from model_review r where r.model_id = m.id and r.exemplar and r.period_to between :from and :to)"
                + " and (:province = '' or m.province_code = :province)");
    }

    private static String recognitionsFromRecords(StatisticsGrouping grouping) {
        return part(recognitionKey(grouping), Map.of(PASSED, "count(*) filter (where r.result = 'PASSED')", FAILED,
                "count(*) filter (where r.result = 'FAILED')"), "from safe_unit_recognition r where r.recognition_year between :fromYear"
                + " and :toYear and (:province = '' or r.province_code = :province)");
    }

    /** One branch of the union: the key and every figure (those not given 0) over {@code rows}, grouped by the key. */
    private static String part(String key, Map<Integer, String> figures, String rows) {
        StringBuilder sql = new StringBuilder("select ").append(key).append(" as k");
        for (int i = 0; i < FIGURES; i++) {
            sql.append(", ").append(figures.getOrDefault(i, "0")).append(" as v").append(i);
        }
        return sql.append(' ').append(rows).append(" group by 1").toString();
    }

    /** Models have no commune: by commune, a model counts under each commune where it has a site active in the window. */
    private static String modelJoins(StatisticsGrouping grouping) {
        return switch (grouping) {
            case COMMUNE -> " left join model_site s on s.model_id = m.id and " + SITE_ACTIVE;
            case SETTING -> TYPE_JOIN;
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
