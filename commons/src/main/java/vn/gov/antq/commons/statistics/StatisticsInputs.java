package vn.gov.antq.commons.statistics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The tables a whole-month statistics response is computed from, and the SQL that reads their version: the data part
 * of its ETag ({@link ConditionalStatistics}). A service lists them next to the queries reading those tables; a table
 * a query reads and the list lacks would let a stale tag answer 304, so with {@code antq.statistics.verify-inputs}
 * (on in tests) every response checks that its queries read nothing else.
 *
 * @param inputs in the order given, each table once
 */
public record StatisticsInputs(List<Input> inputs) {

    /** Nothing: a body that reads no data (an answer outside the caller's scope is all zeros). */
    public static final StatisticsInputs NONE = new StatisticsInputs(List.of());

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    public StatisticsInputs {
        inputs = List.copyOf(new LinkedHashSet<>(inputs));
    }

    public static StatisticsInputs of(Input... inputs) {
        return new StatisticsInputs(List.of(inputs));
    }

    /** These inputs and {@code more}. */
    public StatisticsInputs and(Input... more) {
        List<Input> all = new ArrayList<>(inputs);
        all.addAll(List.of(more));
        return new StatisticsInputs(all);
    }

    /** These inputs and {@code more}'s. */
    public StatisticsInputs and(StatisticsInputs more) {
        return and(more.inputs.toArray(Input[]::new));
    }

    /**
     * A monthly aggregate kept by triggers: table {@code name} with {@code name_pending}, folded by
     * {@code antq_compact_<name>()} (commons AggregateCompaction).
     */
    public static Input aggregate(String name) {
        return new Aggregate(name(name));
    }

    /**
     * A table whose changes bump its generation (db/commons V1_5: the service's migration calls
     * {@code antq_keep_table_generation('<table>')}): its version is one lookup, however many rows it has. The form
     * for every table a service's statistics read besides their aggregates; a table never set up fails the request.
     */
    public static Input tracked(String table) {
        return new Tracked(name(table));
    }

    /**
     * The rows of a table with {@code id} and {@code version} columns (a JPA entity's), versioned by reading them all;
     * for a table without the generation triggers of {@link #tracked}.
     */
    public static Input records(String table) {
        return new Table(name(table), true, null);
    }

    /** The rows of such a table that {@code where} (SQL on alias {@code t}, constants only) keeps. */
    public static Input records(String table, String where) {
        return new Table(name(table), true, where);
    }

    /** The rows of any table, e.g. one without {@code id} or {@code version}, versioned by reading them all. */
    public static Input rows(String table) {
        return new Table(name(table), false, null);
    }

    /** One statement giving the version of every input as text, read in the snapshot of the statistics it describes. */
    public String versionSql() {
        if (inputs.isEmpty()) {
            return "select ''";
        }
        return "select concat_ws(' | ', " + inputs.stream().map(Input::versionSql).collect(Collectors.joining(", ")) + ")";
    }

    /** The tables the inputs name (an aggregate's two), which the statistics queries may read. */
    public Set<String> tables() {
        Set<String> tables = new TreeSet<>();
        inputs.forEach(input -> tables.addAll(input.tables()));
        return tables;
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain table name: " + name);
        }
        return name;
    }

    /** A source of figures and the SQL expression giving its version as text. */
    public sealed interface Input permits Aggregate, Tracked, Table {

        String versionSql();

        Set<String> tables();
    }

    /**
     * Version: the aggregate's generation and the number of its pending rows (db/commons V1_4). Writers only insert
     * pending rows, at least one for every write that changes a figure, so while the generation stands the count grows
     * with every committed write; whatever else changes the aggregate (a compaction folding pending rows in, a rebuild)
     * bumps the generation in its own transaction. So in one snapshot the pair names exactly one state.
     */
    record Aggregate(String name) implements Input {

        @Override
        public String versionSql() {
            return "'" + name + " ' || coalesce((select g.generation from aggregate_generation g where g.name = '" + name + "'), 0)"
                    + " || ' ' || (select count(*) from " + name + "_pending)";
        }

        @Override
        public Set<String> tables() {
            return Set.of(name, name + "_pending");
        }
    }

    /**
     * Version: the table's generation, bumped by every statement that changes one of its rows and every truncate, in
     * the writing transaction; so in one snapshot it names exactly one state of the table.
     */
    record Tracked(String name) implements Input {

        @Override
        public String versionSql() {
            return "'" + name + " ' || coalesce((select g.generation from aggregate_generation g where g.name = '" + name + "'),"
                    + " antq_untracked_input('" + name + "'))";
        }

        @Override
        public Set<String> tables() {
            return Set.of(name);
        }
    }

    /**
     * Version: the number of rows and the sum of their {@code xmin}, and of {@code id} and {@code version} where the
     * table has them. An insert adds a row (and a fresh id); an update, even in SQL without bumping version, writes a new
     * row version whose xmin is the writing transaction's id, which differs from that of the version it replaces
     * (and JPA bumps version too); a delete takes a row away. A change could leave every sum as it was only if the ids
     * and the transaction ids of the rows a transaction removed happened to add up exactly to those it wrote.
     */
    record Table(String name, boolean idAndVersion, String where) implements Input {

        @Override
        public String versionSql() {
            return "(select '" + name + " ' || count(*)" + (idAndVersion ? " || ' ' || coalesce(sum(t.id), 0) || ' ' || coalesce(sum(t.version), 0)" : "")
                    + " || ' ' || coalesce(sum(t.xmin::text::bigint), 0) from " + name + " t" + (where == null ? "" : " where " + where) + ")";
        }

        @Override
        public Set<String> tables() {
            return Set.of(name);
        }
    }
}
