package vn.gov.antq.commons.tallies;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a service's tally table is laid out, for {@link TallyOverlaps} and {@link DoubleCountProblems}. A tally is a total
 * a unit reported for a period where no detailed records exist. Every tally table has the columns {@code id},
 * {@code reported_province_code}, {@code province_code} (the current province it counts under),
 * {@code reported_commune_code} and {@code commune_code} (both null for a province-wide tally), {@code period_from} and
 * {@code period_to}; figure columns, null meaning "not reported"; and maybe a kind the counts are of (a model type, an
 * activity form), null meaning every kind.
 *
 * @param name the table
 * @param kind column of the kind, or null when the tallies have none
 * @param kindName what the kind is called in explanations ("type", "form")
 * @param everyKind how a tally without kind is described ("all types", "every form")
 * @param figures the figure columns; only these may be named, as they go into SQL
 */
public record TallyTable(String name, String kind, String kindName, String everyKind, Set<String> figures) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public TallyTable {
        requireIdentifier(name);
        if (kind != null) {
            requireIdentifier(kind);
            if (kindName == null || everyKind == null) {
                throw new IllegalArgumentException("A kind needs its name and the description of every kind");
            }
        }
        if (figures == null || figures.isEmpty()) {
            throw new IllegalArgumentException("A tally table has figure columns");
        }
        figures.forEach(TallyTable::requireIdentifier);
        figures = Set.copyOf(figures);
    }

    /** A table whose tallies are of no particular kind. */
    public static TallyTable of(String name, Set<String> figures) {
        return new TallyTable(name, null, null, null, figures);
    }

    /** This table, its tallies being of a kind held in {@code column}. */
    public TallyTable withKind(String column, String name, String every) {
        return new TallyTable(this.name, column, name, every, figures);
    }

    /** The figure columns among {@code columns}, refusing any other name. */
    Set<String> requireFigures(Set<String> columns) {
        for (String column : columns) {
            if (!figures.contains(column)) {
                throw new IllegalArgumentException(column + " is no figure of " + name);
            }
        }
        return columns;
    }

    /** A unit and kind as explanations name it: "province 70 commune 25207, SECURITY_CAMERA". */
    public String unit(String province, String commune, String kindCode) {
        return "province " + province + (commune == null ? "" : " commune " + commune)
                + (kind == null ? "" : ", " + (kindCode == null ? everyKind : kindCode));
    }

    static void requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a column or table name: " + name);
        }
    }
}
