package vn.gov.antq.activities.repository;

import static vn.gov.antq.activities.repository.GroupedSums.decimal;
import static vn.gov.antq.activities.repository.GroupedSums.longOrNull;
import static vn.gov.antq.activities.repository.GroupedSums.params;
import static vn.gov.antq.activities.repository.GroupedSums.tallyWindow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.antq.activities.repository.GroupedSums.Part;
import vn.gov.antq.activities.repository.GroupedSums.Sums;

/**
 * Activity statistics, summed by PostgreSQL. In a window [from, to] an activity counts when its day or period overlaps
 * it; a tally when its period overlaps it. Activity figures are flows (what took place in a period), and the
 * no-double-counting rule keeps tallies of one unit and form from overlapping in time, so every such tally counts —
 * successive reports add up. Materials and sessions count as recorded: an activity without a count adds none.
 */
@ApplicationScoped
public class ActivityStatisticsRepository {

    /** The figures in column order; {@link #column} gives the records' column, the tallies' follows the records'. */
    public enum Figure {
        ACTIVITIES("count(*)", "sum(t.activities)"),
        SESSIONS("sum(a.sessions)", "sum(t.sessions)"),
        PARTICIPANTS("sum(a.participants)", "sum(t.participants)"),
        LEAFLETS("sum(a.leaflets)", "sum(t.leaflets)"),
        BOOKLETS("sum(a.booklets)", "sum(t.booklets)"),
        BANNERS_SLOGANS("sum(a.banners_slogans)", "sum(t.banners_slogans)"),
        PANELS_POSTERS("sum(a.panels_posters)", "sum(t.panels_posters)"),
        // The split figures and the tallies' combined one (reports that do not split them).
        BANNERS_SLOGANS_PANELS_POSTERS("sum(coalesce(a.banners_slogans, 0) + coalesce(a.panels_posters, 0))",
                "sum(coalesce(t.banners_slogans, 0) + coalesce(t.panels_posters, 0) + coalesce(t.banners_slogans_panels_posters, 0))"),
        BROADCAST_MINUTES("sum(a.broadcast_minutes)", "sum(t.broadcast_minutes)"),
        SCREENING_HOURS("sum(a.screening_hours)", "sum(t.screening_hours)");

        final String records;
        final String tallies;

        Figure(String records, String tallies) {
            this.records = records;
            this.tallies = tallies;
        }

        public int records() {
            return ordinal();
        }

        public int tallies() {
            return values().length + ordinal();
        }
    }

    private static final int WIDTH = 2 * Figure.values().length;

    /** Per reported pre-2025 province: the tallies counted and the sums of their figures (null: none reported). */
    public record OldProvinceRow(String reportedProvinceCode, String provinceCode, long tallies, Long activities, Long sessions,
            Long participants, Long leaflets, Long booklets, Long bannersSlogans, Long panelsPosters, Long bannersSlogansPanelsPosters,
            Long broadcastMinutes, java.math.BigDecimal screeningHours) {
    }

    @Inject
    GroupedSums sums;

    /** One row per group (key null: rows the grouping does not apply to, e.g. tallies by topic, province-wide ones by commune). */
    public List<Sums> aggregate(StatisticsGrouping grouping, LocalDate from, LocalDate to, String province) {
        List<String> records = new ArrayList<>();
        List<String> tallies = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            records.add(figure.records);
            tallies.add(null);
        }
        for (Figure figure : Figure.values()) {
            records.add(null);
            tallies.add(figure.tallies);
        }
        String activitiesFrom = "from propaganda_activity a"
                + (grouping == StatisticsGrouping.TOPIC ? " cross join lateral unnest(string_to_array(a.topics, ',')) as topic(code)" : "")
                + " where " + ACTIVITY_IN_WINDOW + (province == null ? "" : " and a.province_code = :province");
        return sums.sum(List.of(new Part(activityKey(grouping), records, activitiesFrom),
                new Part(tallyKey(grouping), tallies, "from activity_tally t where " + tallyWindow(province))),
                WIDTH, params(from, to, province));
    }

    /** The counted tallies of pre-2025 periods by the province code as reported. */
    public List<OldProvinceRow> oldProvinces(LocalDate from, LocalDate to, String province) {
        return sums.rows("select t.reported_province_code, t.province_code, count(*), sum(t.activities), sum(t.sessions), sum(t.participants),"
                + " sum(t.leaflets), sum(t.booklets), sum(t.banners_slogans), sum(t.panels_posters),"
                + " sum(coalesce(t.banners_slogans, 0) + coalesce(t.panels_posters, 0) + coalesce(t.banners_slogans_panels_posters, 0))"
                + " filter (where num_nonnulls(t.banners_slogans, t.panels_posters, t.banners_slogans_panels_posters) > 0),"
                + " sum(t.broadcast_minutes), sum(t.screening_hours)"
                + " from activity_tally t where " + tallyWindow(province) + " and t.period_to < date '2025-07-01' group by 1, 2 order by 1",
                params(from, to, province)).stream()
                .map(r -> new OldProvinceRow((String) r[0], (String) r[1], ((Number) r[2]).longValue(), longOrNull(r[3]),
                        longOrNull(r[4]), longOrNull(r[5]), longOrNull(r[6]), longOrNull(r[7]), longOrNull(r[8]), longOrNull(r[9]),
                        longOrNull(r[10]), longOrNull(r[11]), r[12] == null ? null : decimal(r[12])))
                .toList();
    }

    /** Overlaps [from, to]; the expression is the one the range index (V6_1) is built on. */
    static final String ACTIVITY_IN_WINDOW = "daterange(coalesce(a.held_on, a.period_from), coalesce(a.held_on, a.period_to), '[]')"
            + " && daterange(:from, :to, '[]')";

    private static String activityKey(StatisticsGrouping grouping) {
        return switch (grouping) {
            case PROVINCE -> "a.province_code";
            case COMMUNE -> GroupedSums.currentCommune("a.commune_code", "coalesce(a.held_on, a.period_to)");
            case FORM -> "a.form";
            case TOPIC -> "topic.code";
            case ORGANISER -> "a.organiser";
            default -> GroupedSums.NO_KEY;
        };
    }

    private static String tallyKey(StatisticsGrouping grouping) {
        return switch (grouping) {
            case PROVINCE -> "t.province_code";
            case COMMUNE -> "t.commune_code";
            case FORM -> "t.form";
            default -> GroupedSums.NO_KEY;
        };
    }
}
