package vn.gov.antq.activities.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Figures summed per group by PostgreSQL, for the statistics endpoints: each {@link Part} (the records of a table, the
 * tallies) selects a group key and one expression per figure column from its own rows, grouped by the key; the parts'
 * rows are added up per key. Nothing but the sums leaves the database.
 */
@ApplicationScoped
public class GroupedSums {

    /** SQL of a key that does not apply to a part's rows (e.g. tallies grouped by channel): they go to the null group. */
    public static final String NO_KEY = "cast(null as varchar)";

    /**
     * One select: {@code key} and {@code columns} are SQL expressions over the rows of {@code from} (a FROM clause with
     * joins and WHERE, without GROUP BY); a null column is 0 for these rows. SQL of constants and named parameters only.
     */
    public record Part(String key, List<String> columns, String from) {

        String sql(int width) {
            if (columns.size() != width) {
                throw new IllegalArgumentException("A part gives " + columns.size() + " columns, not " + width);
            }
            return "select " + key + " as k, " + IntStream.range(0, width)
                    .mapToObj(i -> (columns.get(i) == null ? "0" : columns.get(i)) + " as v" + i).collect(Collectors.joining(", "))
                    + " " + from + " group by 1";
        }
    }

    /** A group's key (null: rows no key applies to) and its column sums, in the parts' column order. */
    public record Sums(String key, BigDecimal[] values) {

        public long count(int column) {
            return values[column].longValueExact();
        }

        public BigDecimal quantity(int column) {
            return values[column];
        }
    }

    @Inject
    EntityManager entityManager;

    /** The sums per key, ordered by key with the null key last. */
    public List<Sums> sum(List<Part> parts, int width, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("select k");
        for (int i = 0; i < width; i++) {
            sql.append(", sum(v").append(i).append(')');
        }
        sql.append(" from (").append(parts.stream().map(p -> p.sql(width)).collect(Collectors.joining(" union all ")))
                .append(") x group by k order by k nulls last");
        Query query = entityManager.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> {
            BigDecimal[] values = new BigDecimal[width];
            for (int i = 0; i < width; i++) {
                values[i] = decimal(r[i + 1]);
            }
            return new Sums((String) r[0], values);
        }).toList();
    }

    /** Rows of a plain query, for breakdowns that need no union (the old provinces' tallies). */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String sql, Map<String, Object> params) {
        Query query = entityManager.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * SQL: the current commune of a record's commune as recorded. Records keep the commune of their day: from 2025-07-01
     * a current code, before it an old one (codes were reused, so the day decides), which counts under the current
     * commune it went into — or under none (the province-wide group) when it was split between several, as tallies of
     * split communes are reported province-wide.
     *
     * @param commune the record's commune column
     * @param lastDay the record's (last) day, on which its commune was checked
     */
    public static String currentCommune(String commune, String lastDay) {
        return "case when " + lastDay + " < date '2025-07-01' then (select min(s.new_commune_code) from commune_succession s"
                + " where s.old_commune_code = " + commune + " having count(distinct s.new_commune_code) = 1) else " + commune + " end";
    }

    /** SQL: tally {@code t}'s period overlaps [:from, :to], in :province when one is given. */
    public static String tallyWindow(String province) {
        return "t.period_from <= :to and t.period_to >= :from" + (province == null ? "" : " and t.province_code = :province");
    }

    /** The window's parameters, and the province's when one is given (a query without its filter names none). */
    public static Map<String, Object> params(LocalDate from, LocalDate to, String province) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        if (province != null) {
            params.put("province", province);
        }
        return params;
    }

    public static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** A SQL number as a BigDecimal; null (a sum over no rows) as 0. */
    public static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
