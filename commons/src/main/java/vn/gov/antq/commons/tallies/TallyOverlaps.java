package vn.gov.antq.commons.tallies;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import io.quarkus.arc.properties.IfBuildProperty;
import vn.gov.antq.commons.audit.AuditTrail;

/**
 * The lookups behind every no-double-counting rule: a figure of a unit and period is given either by detailed records
 * or by one tally, never by both and never by two tallies. Services keep their rules (what their records are, which
 * figures they give) and ask here which tallies or records a write would meet.
 *
 * <p><b>Units nest.</b> A province-wide tally holds every record and every commune tally of its province; a commune
 * tally holds the records of that commune (matched by its current or its reported code). Tallies keep the unit as
 * reported (a pre-2025 province code before 2025-07-01) beside the current one: two tallies can only meet when they
 * have the same reported province, while records, which carry current units only, meet every tally counting under
 * their current province. <b>Kinds nest</b> the same way: a tally without kind holds every kind.
 *
 * <p>Each lookup answers at most {@link #SAMPLE} rows, ordered by date, with the total in every row. Absent codes are
 * bound as '' so no parameter is an untyped SQL null.
 *
 * <p><b>Races.</b> No constraint can say "nested units with overlapping periods", so a rule's look-then-write could be
 * raced by another writer doing the same. Rules first take the lock of the tally table and the current province they
 * write in: a tally's write {@link #lock exclusively}, a record's {@link #lockForRecord shared}. A tally is then written
 * alone (tallies of one reported province always share their current province), while records, which never conflict
 * with one another under these rules, are written side by side and wait only for a tally being written.
 */
@ApplicationScoped
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class TallyOverlaps {

    public static final int SAMPLE = 3;
    /** The last day of a record still running. */
    public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    @Inject
    EntityManager entityManager;

    /**
     * For writing a tally: holds, until the transaction ends, the lock of the table's rule for a current province alone,
     * waiting while any other transaction holds it (for a tally or a record). Call it before the rule's lookups.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(TallyTable table, String currentProvinceCode) {
        advisoryLock("pg_advisory_xact_lock", table, currentProvinceCode);
    }

    /**
     * For writing a record the table's tallies could count: holds the same lock shared with other records' writers,
     * waiting only while a tally of the province is being written. Call it before the rule's lookups.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForRecord(TallyTable table, String currentProvinceCode) {
        advisoryLock("pg_advisory_xact_lock_shared", table, currentProvinceCode);
    }

    private void advisoryLock(String function, TallyTable table, String currentProvinceCode) {
        entityManager.createNativeQuery("select 1 from (select " + function + "(hashtext(:table), :province)) as l")
                .setParameter("table", table.name())
                .setParameter("province", Integer.parseInt(currentProvinceCode))
                .getSingleResult();
    }

    /**
     * Tallies a tally about to be stored would overlap: of the same reported province, of nesting units and kinds,
     * with an overlapping period, and either of exactly the same unit and kind or giving at least one of the same
     * figures (nested tallies of disjoint figures add up without counting anything twice).
     *
     * @param exceptId the stored tally's own id, null for a new one
     * @param figures the figure columns the tally gives
     */
    public List<TallyRef> overlapping(TallyTable table, Long exceptId, String reportedProvince, String reportedCommune, String kind,
            LocalDate from, LocalDate to, Set<String> figures) {
        Map<String, Object> params = new HashMap<>();
        params.put("rp", reportedProvince);
        params.put("except", exceptId == null ? -1L : exceptId);
        params.put("from", from);
        params.put("to", to);
        params.put("rc", orEmpty(reportedCommune));
        StringBuilder condition = new StringBuilder("t.reported_province_code = :rp and t.id <> :except")
                .append(" and ").append(periodOverlaps(":from", ":to"))
                .append(" and (:rc = '' or t.reported_commune_code is null or t.reported_commune_code = :rc)");
        String sameUnit = "coalesce(t.reported_commune_code, '') = :rc";
        if (table.kind() != null) {
            params.put("kind", orEmpty(kind));
            condition.append(" and (:kind = '' or t.").append(table.kind()).append(" is null or t.").append(table.kind()).append(" = :kind)");
            sameUnit += " and coalesce(t." + table.kind() + ", '') = :kind";
        }
        condition.append(" and ((").append(sameUnit).append(")");
        if (!figures.isEmpty()) {
            condition.append(" or ").append(anyGiven(table, figures));
        }
        condition.append(")");
        return tallies(table, condition.toString(), params);
    }

    /**
     * Tallies that already count a record: counting under its current province, province-wide or of its commune
     * (current or reported code), of its kind or of every kind, with a period overlapping the record's days, and giving
     * one of {@code figures}.
     *
     * @param commune null for a province-level record, which only province-wide tallies hold
     * @param kind null when the table has no kind
     * @param figures the figure columns the record gives; null or empty: whatever the tally gives
     */
    public List<TallyRef> covering(TallyTable table, String province, String commune, String kind, LocalDate first, LocalDate last,
            Set<String> figures) {
        Map<String, Object> params = new HashMap<>();
        params.put("p", province);
        params.put("c", orEmpty(commune));
        params.put("from", first);
        params.put("to", last == null ? OPEN_END : last);
        StringBuilder condition = new StringBuilder("t.province_code = :p and ").append(periodOverlaps(":from", ":to"))
                .append(" and (t.commune_code is null or t.commune_code = :c or t.reported_commune_code = :c)");
        if (table.kind() != null) {
            params.put("kind", orEmpty(kind));
            condition.append(" and (t.").append(table.kind()).append(" is null or t.").append(table.kind()).append(" = :kind)");
        }
        if (figures != null && !figures.isEmpty()) {
            condition.append(" and ").append(anyGiven(table, figures));
        }
        return tallies(table, condition.toString(), params);
    }

    /**
     * Tallies of the table (alias {@code t}) meeting a condition of the caller's, for coverage particular to a domain;
     * compose it with {@link #periodOverlaps} and {@link #anyGiven}. The condition is SQL: constants and named
     * parameters only.
     */
    public List<TallyRef> tallies(TallyTable table, String condition, Map<String, Object> params) {
        String kind = table.kind() == null ? "cast(null as varchar)" : "t." + table.kind();
        Query query = entityManager.createNativeQuery("select t.id, t.reported_province_code, t.reported_commune_code, " + kind
                + ", t.period_from, t.period_to, count(*) over () from " + table.name() + " t where " + condition
                + " order by t.period_from, t.id limit " + SAMPLE);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new TallyRef(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], date(r[4]),
                date(r[5]), ((Number) r[6]).longValue())).toList();
    }

    /**
     * Detailed records a tally would count a second time: of its current province (and, for a commune tally, of its
     * commune by current or reported code), of its kind (any, without one), whose days overlap its period, and meeting
     * the caller's {@code condition} (null for none; SQL of constants and named parameters in {@code params}).
     */
    public List<RecordRef> recordsIn(RecordSource source, String province, String commune, String reportedCommune, String kind,
            LocalDate from, LocalDate to, String condition, Map<String, Object> params) {
        Map<String, Object> bound = new HashMap<>(params == null ? Map.of() : params);
        bound.put("p", province);
        bound.put("from", from);
        bound.put("to", to);
        StringBuilder where = new StringBuilder(source.province()).append(" = :p and ").append(source.firstDay()).append(" <= :to and ")
                .append(source.lastDay()).append(" >= :from");
        if (source.commune() != null && commune != null) {
            bound.put("c", commune);
            bound.put("rc", reportedCommune == null ? commune : reportedCommune);
            where.append(" and ").append(source.commune()).append(" in (:c, :rc)");
        }
        if (source.kind() != null && kind != null) {
            bound.put("kind", kind);
            where.append(" and ").append(source.kind()).append(" = :kind");
        }
        if (condition != null) {
            where.append(" and (").append(condition).append(")");
        }
        Query query = entityManager.createNativeQuery("select " + source.id() + ", " + source.label() + ", "
                + (source.commune() == null ? "cast(null as varchar)" : source.commune()) + ", " + source.firstDay() + ", count(*) over ()"
                + " from " + source.from() + " where " + where + " order by " + source.firstDay() + ", " + source.id() + " limit " + SAMPLE);
        bound.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new RecordRef(((Number) r[0]).longValue(), (String) r[1], (String) r[2], date(r[3]),
                ((Number) r[4]).longValue())).toList();
    }

    /** SQL: tally {@code t}'s period overlaps [from, to] (parameter names or date expressions). */
    public static String periodOverlaps(String from, String to) {
        return "t.period_from <= " + to + " and t.period_to >= " + from;
    }

    /** SQL: tally {@code t} gives at least one of the figures. */
    public static String anyGiven(TallyTable table, Set<String> figures) {
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("No figures");
        }
        return table.requireFigures(figures).stream().sorted().map(f -> "t." + f + " is not null")
                .collect(Collectors.joining(" or ", "(", ")"));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
