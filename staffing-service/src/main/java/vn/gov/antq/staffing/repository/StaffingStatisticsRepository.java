package vn.gov.antq.staffing.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.gov.antq.commons.statistics.StatisticsInputs;

import vn.gov.antq.staffing.repository.StaffingRepository.StaffingQuery;

/**
 * Staffing statistics computed by the database (GROUP BY over the record tables and the tallies, never rows loaded into
 * Java), for a window [from, to] and optionally one current province.
 *
 * <p><b>Stock figures, as of the window's last day {@code to}.</b> Records: the communes in force that day; the police
 * units of communes in force, those regular by then ({@code regular_since} on or before it), the postings covering it by
 * position, the units meeting the norm of their commune's type that day and their vacancies (as
 * {@link StaffingRepository}, so the figures equal the sum of the staffing list); the grassroots teams existing that day,
 * their members that day, and the hamlets covered (teams with at least one member; one team per hamlet a day). Tallies
 * (regular police, semi-professional police): those whose day or period lies in the window, on the same side of the
 * 2025-07-01 reform as its last day (units of one map: no pre-reform tally counts in a window ending after it, which
 * also leaves the semi-professional police, gone since 2024-07-01, at 0 there); of one reported unit the latest; and a
 * province-wide tally counted in the window stands for its communes', which then do not count (it includes them).
 *
 * <p><b>Flow figures, over the window.</b> Courses whose period overlaps it count as records (each one training, its
 * participants); reported totals overlapping it as tallies (their sessions as trainings, where reported, and their
 * participants). Participants add up as reported, persons or trainee-times (lượt). The training rule keeps totals apart
 * from courses and from each other, so all overlapping ones count.
 *
 * <p><b>Whole-month windows</b> (from the 1st of a month to the last day of a month: months, quarters, years) read the
 * records' figures from the monthly aggregates that triggers keep (db/migration V8, V8_1, V8_2; folded by commons
 * {@code AggregateCompaction}), each with its pending changes in the same statement, so they are exact at every
 * instant: staffing per police unit (judged against the norm per unit, as the staffing list), the grassroots force per
 * commune, courses per commune and months. Their stock figures are as of a month's last day, which the aggregates
 * decide from months alone. Communes, units, commune types and tallies are read as for any window (a few thousand
 * rows). Other windows, e.g. a single day, count the records.
 *
 * <p>The tables a whole-month window reads are its answer's ETag inputs ({@link #inputs}): a query here (or in
 * {@link StaffingRepository#judgedFromMonthlyAggregate}) that starts reading another table must add it there.
 */
@ApplicationScoped
public class StaffingStatisticsRepository {

    /** Figures of a row, in this order: records, then tallies. */
    public static final int COMMUNES = 0, REGULAR_COMMUNES = 1, CHIEFS = 2, DEPUTIES = 3, OFFICERS = 4, MEETING_NORM = 5, VACANCIES = 6,
            TEAMS = 7, MEMBERS = 8, HAMLETS = 9, TRAININGS = 10, PARTICIPANTS = 11, TALLIED_REGULAR_COMMUNES = 12, TALLIED_CHIEFS = 13,
            TALLIED_DEPUTIES = 14, TALLIED_OFFICERS = 15, TALLIED_SEMI_PROFESSIONAL = 16, TALLIED_TRAININGS = 17,
            TALLIED_PARTICIPANTS = 18;
    public static final int FIGURES = 19;

    public record Row(String key, long[] figures) {
    }

    /** Per reported pre-2025 province: the tallies counted and the sums of their figures (null: none reported). */
    public record OldProvinceRow(String reportedProvinceCode, String provinceCode, long tallies, Long semiProfessionalPolice,
            Long communesWithRegularPolice, Long regularOfficers, Long chiefs, Long deputies, Long officers, Long trainings,
            Long trainingParticipants) {
    }

    private static final String PROVINCE = "(:province = '' or t.province_code = :province)";
    private static final String LATEST_AFTER_REFORM = "(t.as_of >= date '2025-07-01') = (cast(:to as date) >= date '2025-07-01')";
    /** The tallies counted in the window (see the class comment): regular police, semi-professional police, reported trainings. */
    private static final String COUNTED_TALLIES = "chosen_regular as (select distinct on (t.reported_province_code,"
            + " coalesce(t.reported_commune_code, '')) t.* from regular_police_tally t"
            + " where t.period_from between :from and :to and " + LATEST_AFTER_REFORM + " and " + PROVINCE
            + " order by t.reported_province_code, coalesce(t.reported_commune_code, ''), t.as_of desc, t.id desc),"
            + " counted_regular as (" + notUnderProvinceWide("chosen_regular") + "),"
            + " chosen_semi as (select distinct on (t.reported_province_code, coalesce(t.reported_commune_code, '')) t.*"
            + " from semi_professional_tally t where t.period_from <= :to and t.period_to >= :from"
            + " and cast(:to as date) < date '2025-07-01' and " + PROVINCE
            + " order by t.reported_province_code, coalesce(t.reported_commune_code, ''), t.period_to desc, t.period_from desc, t.id desc),"
            + " counted_semi as (" + notUnderProvinceWide("chosen_semi") + "),"
            + " counted_trainings as (select t.* from training t where t.kind = 'REPORTED_TOTAL' and t.period_from <= :to"
            + " and t.period_to >= :from and " + PROVINCE + ")";

    @Inject
    EntityManager entityManager;

    @Inject
    StaffingRepository staffing;

    /** Off only in tests, which compare the two ways of counting the records. */
    private volatile boolean monthlyAggregates = true;

    /** One row per group (key null: figures the grouping does not apply to, e.g. province-wide tallies by commune). */
    public List<Row> aggregate(StaffingStatisticsGrouping grouping, LocalDate from, LocalDate to, String province) {
        return aggregate(grouping, from, to, province, monthlyAggregates && wholeMonths(from, to));
    }

    /**
     * What the answer of a whole-month window is computed from, the data part of its ETag (commons
     * ConditionalStatistics): every table the query of {@link #aggregate} and {@link #oldProvinces} reads for it, the same
     * for every grouping, labels included (communes). Null when the records answer the window: such answers carry no
     * ETag. With antq.statistics.verify-inputs (tests) every answer checks its queries read nothing else.
     */
    public StatisticsInputs inputs(LocalDate from, LocalDate to) {
        if (!monthlyAggregates || !wholeMonths(from, to)) {
            return null;
        }
        return StatisticsInputs.of(
                // The communes in force (and their names); the units judged, against their commune's type that day.
                StatisticsInputs.tracked("commune"), StatisticsInputs.tracked("police_unit"), StatisticsInputs.tracked("commune_type_period"),
                StatisticsInputs.aggregate("police_staffing_monthly"), StatisticsInputs.aggregate("grassroots_force_monthly"),
                StatisticsInputs.aggregate("training_course_monthly"),
                // COUNTED_TALLIES: courses come from training_course_monthly, reported totals from the table (whose
                // generation any training change bumps: a course too, which only makes a tag change needlessly).
                StatisticsInputs.tracked("regular_police_tally"), StatisticsInputs.tracked("semi_professional_tally"),
                StatisticsInputs.tracked("training"));
    }

    /** Whether the window is whole months, which the monthly aggregates can answer. */
    static boolean wholeMonths(LocalDate from, LocalDate to) {
        return from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth();
    }

    /** For tests: false counts the records for every window, as for a window that is not whole months. */
    void useMonthlyAggregates(boolean use) {
        monthlyAggregates = use;
    }

    @SuppressWarnings("unchecked")
    private List<Row> aggregate(StaffingStatisticsGrouping grouping, LocalDate from, LocalDate to, String province, boolean monthly) {
        Map<String, Object> params = new HashMap<>();
        StaffingQuery units = new StaffingQuery(province, null, null, to, null);
        String judged = monthly ? staffing.judgedFromMonthlyAggregate(units, params) : staffing.judged(units, params);
        String key = grouping.column;
        List<String> parts = List.of(
                part(key, Map.of(COMMUNES, "count(*)"), "from (select t.province_code, t.code as commune_code from commune t"
                        + " where t.valid_from <= :to and (t.valid_to is null or t.valid_to >= :to) and " + PROVINCE + ") t"),
                part(key, Map.of(REGULAR_COMMUNES, "count(*) filter (where t.regular_since <= :to)", CHIEFS, "sum(t.chiefs)", DEPUTIES,
                        "sum(t.deputies)", OFFICERS, "sum(t.officers)", MEETING_NORM, "count(*) filter (where t.meets)", VACANCIES,
                        "sum(t.vacancies)"), "from judged t"),
                monthly ? grassrootsFromMonthlyAggregate(key) : grassrootsFromRecords(key),
                monthly ? coursesFromMonthlyAggregate(key) : coursesFromRecords(key),
                part(key, Map.of(TALLIED_REGULAR_COMMUNES, "sum(coalesce(t.communes_with_regular_police, 0))", TALLIED_CHIEFS, "sum(t.chiefs)",
                        TALLIED_DEPUTIES, "sum(t.deputies)", TALLIED_OFFICERS, "sum(t.officers)"), "from counted_regular t"),
                part(key, Map.of(TALLIED_SEMI_PROFESSIONAL, "sum(coalesce(t.chiefs, 0) + t.deputy_chiefs + t.standing_officers + t.hamlet_officers)"),
                        "from counted_semi t"),
                part(key, Map.of(TALLIED_TRAININGS, "sum(coalesce(t.sessions, 0))", TALLIED_PARTICIPANTS, "sum(t.participants)"),
                        "from counted_trainings t"));
        StringBuilder sql = new StringBuilder("with ").append(judged).append(", ").append(COUNTED_TALLIES).append(" select k");
        for (int i = 0; i < FIGURES; i++) {
            sql.append(", sum(v").append(i).append(')');
        }
        sql.append(" from (").append(String.join(" union all ", parts)).append(") x group by k order by k nulls last");
        Query query = entityManager.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        bind(query, from, to, province);
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

    /** The counted tallies of pre-2025 days and periods by the province code as reported. */
    @SuppressWarnings("unchecked")
    public List<OldProvinceRow> oldProvinces(LocalDate from, LocalDate to, String province) {
        String none = "cast(null as integer)";
        Query query = entityManager.createNativeQuery("with " + COUNTED_TALLIES
                + " select x.reported_province_code, x.province_code, count(*), sum(x.semi), sum(x.communes),"
                + " sum(x.chiefs + x.deputies + x.officers), sum(x.chiefs), sum(x.deputies), sum(x.officers), sum(x.sessions),"
                + " sum(x.participants) from ("
                + " select t.reported_province_code, t.province_code,"
                + " coalesce(t.chiefs, 0) + t.deputy_chiefs + t.standing_officers + t.hamlet_officers as semi, " + none + " as communes, "
                + none + " as chiefs, " + none + " as deputies, " + none + " as officers, " + none + " as sessions, " + none
                + " as participants from counted_semi t"
                + " union all select t.reported_province_code, t.province_code, " + none + ", t.communes_with_regular_police, t.chiefs,"
                + " t.deputies, t.officers, " + none + ", " + none + " from counted_regular t where t.as_of < date '2025-07-01'"
                + " union all select t.reported_province_code, t.province_code, " + none + ", " + none + ", " + none + ", " + none + ", "
                + none + ", t.sessions, t.participants from counted_trainings t where t.period_to < date '2025-07-01'"
                + ") x group by 1, 2 order by 1");
        bind(query, from, to, province);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new OldProvinceRow((String) r[0], (String) r[1], ((Number) r[2]).longValue(), longOrNull(r[3]), longOrNull(r[4]),
                        longOrNull(r[5]), longOrNull(r[6]), longOrNull(r[7]), longOrNull(r[8]), longOrNull(r[9]), longOrNull(r[10])))
                .toList();
    }

    /** Teams existing on the day {@code to}, their members that day and the teams with members (hamlets covered). */
    private static String grassrootsFromRecords(String key) {
        return part(key, Map.of(TEAMS, "count(*)", MEMBERS, "sum(t.members)", HAMLETS, "count(*) filter (where t.members > 0)"),
                "from (select t.province_code, t.commune_code, (select count(*) from grassroots_member m where m.team_id = t.id"
                        + " and m.joined_on <= :to and (m.left_on is null or m.left_on > :to)) as members"
                        + " from grassroots_team t where t.established_on <= :to and (t.dissolved_on is null or t.dissolved_on > :to)"
                        + " and " + PROVINCE + ") t");
    }

    /**
     * The same as of the last day of month {@code toMonth}: the sum of the monthly changes up to that month (V8_1). A
     * group without a team that day has none of the three figures, and is left out as the records leave it out.
     */
    private static String grassrootsFromMonthlyAggregate(String key) {
        return part(key, Map.of(TEAMS, "sum(t.teams)", MEMBERS, "sum(t.members)", HAMLETS, "sum(t.hamlets_covered)"),
                "from (select province_code, commune_code, month, teams, members, hamlets_covered from grassroots_force_monthly"
                        + " union all select province_code, commune_code, month, teams, members, hamlets_covered"
                        + " from grassroots_force_monthly_pending) t where t.month <= :toMonth and " + PROVINCE,
                "sum(t.teams) <> 0");
    }

    /** Courses overlapping the window. */
    private static String coursesFromRecords(String key) {
        return part(key, Map.of(TRAININGS, "count(*)", PARTICIPANTS, "sum(t.participants)"), "from training t where t.kind = 'COURSE'"
                + " and t.period_from <= :to and t.period_to >= :from and " + PROVINCE);
    }

    /** The same from the courses per first and last month (V8_2; '' there is no commune). */
    private static String coursesFromMonthlyAggregate(String key) {
        String column = key.equals("commune_code") ? "nullif(t.commune_code, '')" : key;
        return part(column, Map.of(TRAININGS, "sum(t.courses)", PARTICIPANTS, "sum(t.participants)"),
                "from (select province_code, commune_code, from_month, to_month, courses, participants from training_course_monthly"
                        + " union all select province_code, commune_code, from_month, to_month, courses, participants"
                        + " from training_course_monthly_pending) t where t.from_month <= :toMonth and t.to_month >= :fromMonth and "
                        + PROVINCE,
                "sum(t.courses) <> 0");
    }

    /** The chosen tallies of a table, less commune tallies of a reported province whose province-wide tally was chosen. */
    private static String notUnderProvinceWide(String chosen) {
        return "select c.* from " + chosen + " c where c.reported_commune_code is null or not exists (select 1 from " + chosen + " p"
                + " where p.reported_province_code = c.reported_province_code and p.reported_commune_code is null)";
    }

    /** One branch of the union: the key and every figure, those not given 0, over rows of alias {@code t}. */
    private static String part(String key, Map<Integer, String> figures, String rows) {
        return part(key, figures, rows, null);
    }

    /** The same, keeping only the groups for which {@code having} holds (null: all). */
    private static String part(String key, Map<Integer, String> figures, String rows, String having) {
        StringBuilder sql = new StringBuilder("select ").append(key.contains("(") ? key : "t." + key).append(" as k");
        for (int i = 0; i < FIGURES; i++) {
            sql.append(", ").append(figures.getOrDefault(i, "0")).append(" as v").append(i);
        }
        sql.append(' ').append(rows).append(" group by 1");
        return having == null ? sql.toString() : sql.append(" having ").append(having).toString();
    }

    private static void bind(Query query, LocalDate from, LocalDate to, String province) {
        query.setParameter("from", from);
        query.setParameter("to", to);
        query.setParameter("province", province == null ? "" : province);
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
