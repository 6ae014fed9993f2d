package vn.gov.antq.models.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.antq.commons.tallies.DoubleCountProblems;
import vn.gov.antq.commons.tallies.RecordRef;
import vn.gov.antq.commons.tallies.RecordSource;
import vn.gov.antq.commons.tallies.TallyOverlaps;
import vn.gov.antq.commons.tallies.TallyRef;
import vn.gov.antq.commons.tallies.TallyTable;
import vn.gov.antq.models.model.ModelStatus;
import vn.gov.antq.models.model.ModelTally;
import vn.gov.antq.models.model.SecurityModel;

/**
 * Aggregates never double count: a figure is given either by detailed records or by a tally, never by both, and by
 * at most one tally. Statistics add records and tallies up, so this rule, enforced on every write, is what makes them
 * exact. A write that would break it is a 409 naming what is in the way.
 *
 * <p><b>Figures.</b> Model figures are {@code modelTypes} and {@code models}, given by models (security_model); site
 * figures are {@code sites}, {@code teams}, {@code members} and {@code cameras}, given by sites (model_site).
 *
 * <p><b>Coverage.</b> A tally covers a unit (a province, or a commune of it), a type (one model type, or all types when
 * it has none) and its period [periodFrom, periodTo]. A model is in the period when it started on or before its end and
 * was not dissolved before its start (dissolution date = statusSince of a DISSOLVED model); a site when it was
 * established on or before its end and not dissolved before its start. Records carry current units only, so a record
 * of current province P lies in the unit of every tally that counts under P (whatever pre-2025 province it was
 * reported for); a site lies in a commune tally's unit when its commune is the tally's current or reported commune; a
 * model lies in it when it has a site there in the period.
 *
 * <p><b>The rule</b> (409 otherwise):
 * <ol>
 * <li>A tally giving site figures must not cover a site of its unit and type (every type, when it has none) in its
 *     period; one giving model figures must not cover such a model.</li>
 * <li>Two tallies must not overlap: same reported province, units equal or nested (a province and any of its communes),
 *     types equal or nested (a tally without type and any typed one), overlapping periods, and either exactly the same
 *     unit and type, or at least one figure given by both. (Nested tallies with disjoint figures add up without
 *     double counting: "42 types" for the province beside "1,611 teams" of people's security teams.)</li>
 * <li>Conversely, a model may not be recorded (created, or changed in province, type or start date) so that it lies
 *     in the period of a province-wide tally of its province and type (or without type) giving model figures, nor so
 *     that one of its sites falls under rule 1; and a site may not be recorded where rule 1 would refuse the tally.</li>
 * </ol>
 * The lookups are the shared ones ({@link TallyOverlaps}); those particular to sites are composed here.
 */
@ApplicationScoped
public class DoubleCountRule {

    static final Set<String> MODEL_FIGURES = Set.of("model_types", "models");
    static final Set<String> SITE_FIGURES = Set.of("sites", "teams", "members", "cameras");
    static final TallyTable TALLIES = TallyTable.of("model_tally", union(MODEL_FIGURES, SITE_FIGURES))
            .withKind("type_code", "type", "all types");
    static final RecordSource SITES = new RecordSource("model_site s join security_model m on m.id = s.model_id", "s.id", "s.place_name",
            "s.province_code", "s.commune_code", "s.established_on", "coalesce(s.dissolved_on, date '9999-12-31')", "m.type_code");
    /** Models have no commune: a commune tally holds those with a site there in its period (see modelsActiveIn). */
    static final RecordSource MODELS = new RecordSource("security_model m", "m.id", "m.name", "m.province_code", null, "m.start_date",
            "case when m.status = 'DISSOLVED' then m.status_since else date '9999-12-31' end", "m.type_code");
    /** Tally t counts a site of the type in commune :c over [:from, :to]: its site figures, or a commune tally's model figures. */
    private static final String COUNTS_SITE = "(" + TallyOverlaps.anyGiven(TALLIES, SITE_FIGURES)
            + " and (t.commune_code is null or t.commune_code = %1$s or t.reported_commune_code = %1$s))"
            + " or (" + TallyOverlaps.anyGiven(TALLIES, MODEL_FIGURES) + " and (t.commune_code = %1$s or t.reported_commune_code = %1$s))";

    @Inject
    TallyOverlaps overlaps;

    /** Rules 1 and 2 for a tally about to be stored (its id null when new). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNothingCoveredTwice(ModelTally tally) {
        overlaps.lock(TALLIES, tally.provinceCode);
        Set<String> figures = figures(tally);
        String typeCode = tally.type == null ? null : tally.type.code;
        List<TallyRef> tallies = overlaps.overlapping(TALLIES, tally.id, tally.reportedProvinceCode, tally.reportedCommuneCode, typeCode,
                tally.periodFrom, tally.periodTo, figures);
        if (!tallies.isEmpty()) {
            throw DoubleCountProblems.overlappingTallies(TALLIES, tallies);
        }
        String place = DoubleCountProblems.place(TALLIES, tally.provinceCode, tally.communeCode, typeCode, tally.periodFrom, tally.periodTo);
        if (figures.stream().anyMatch(SITE_FIGURES::contains)) {
            List<RecordRef> sites = overlaps.recordsIn(SITES, tally.provinceCode, tally.communeCode, tally.reportedCommuneCode, typeCode,
                    tally.periodFrom, tally.periodTo, null, null);
            if (!sites.isEmpty()) {
                throw DoubleCountProblems.recordsInTally(sites, "detailed site", "detailed sites", place,
                        "its sites, teams, members and cameras",
                        s -> "site " + s.id() + " '" + s.label() + "' in commune " + s.communeCode() + " since " + s.since(),
                        "Leave those figures out of the tally, or narrow its unit, type or period.");
            }
        }
        if (figures.stream().anyMatch(MODEL_FIGURES::contains)) {
            List<RecordRef> models = modelsActiveIn(tally, typeCode);
            if (!models.isEmpty()) {
                throw DoubleCountProblems.recordsInTally(models, "detailed model", "detailed models", place, "its model count",
                        m -> "model " + m.id() + " '" + m.label() + "' started " + m.since(),
                        "Leave modelTypes and models out of the tally, or narrow its unit, type or period.");
            }
        }
    }

    /** Rule 3 for a model about to be stored, with its sites if it has any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNotTallied(SecurityModel model) {
        overlaps.lockForRecord(TALLIES, model.provinceCode);
        LocalDate end = model.status == ModelStatus.DISSOLVED ? model.statusSince : null;
        // Province-wide tallies only: a commune tally holds a model through its sites, checked next.
        List<TallyRef> tallies = overlaps.covering(TALLIES, model.provinceCode, null, model.type.code, model.startDate, end, MODEL_FIGURES);
        if (!tallies.isEmpty()) {
            throw DoubleCountProblems.alreadyTallied("a " + model.type.code + " model of province " + model.provinceCode + " started "
                    + model.startDate, TALLIES, tallies, "Record models of that period there, or correct the tally.");
        }
        if (model.id != null) {
            Map<String, Object> params = new HashMap<>();
            params.put("p", model.provinceCode);
            params.put("type", model.type.code);
            params.put("model", model.id);
            List<TallyRef> siteTallies = overlaps.tallies(TALLIES, "t.province_code = :p and (t.type_code is null or t.type_code = :type)"
                    + " and exists (select 1 from model_site s where s.model_id = :model"
                    + " and " + TallyOverlaps.periodOverlaps("s.established_on", "coalesce(s.dissolved_on, date '9999-12-31')")
                    + " and (" + COUNTS_SITE.formatted("s.commune_code") + "))", params);
            if (!siteTallies.isEmpty()) {
                throw DoubleCountProblems.alreadyTallied("a site of model " + model.id, TALLIES, siteTallies,
                        "Correct the tally, or leave the model as it was.");
            }
        }
    }

    /**
     * Rule 3 for a site about to be stored: the sites API calls this before it persists or changes a site.
     *
     * @param dissolvedOn null while the site is active
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNotTallied(SecurityModel model, String communeCode, LocalDate establishedOn, LocalDate dissolvedOn) {
        overlaps.lockForRecord(TALLIES, model.provinceCode);
        Map<String, Object> params = new HashMap<>();
        params.put("p", model.provinceCode);
        params.put("type", model.type.code);
        params.put("c", communeCode);
        params.put("from", establishedOn);
        params.put("to", dissolvedOn == null ? TallyOverlaps.OPEN_END : dissolvedOn);
        List<TallyRef> tallies = overlaps.tallies(TALLIES, "t.province_code = :p and (t.type_code is null or t.type_code = :type)"
                + " and " + TallyOverlaps.periodOverlaps(":from", ":to") + " and (" + COUNTS_SITE.formatted(":c") + ")", params);
        if (!tallies.isEmpty()) {
            throw DoubleCountProblems.alreadyTallied("a site of a " + model.type.code + " model in commune " + communeCode + " active from "
                    + establishedOn + (dissolvedOn == null ? "" : " to " + dissolvedOn), TALLIES, tallies,
                    "Correct the tally, or leave the site out.");
        }
    }

    /**
     * Models of the tally's current province and type that existed at some time in its period: started on or before
     * its end and not dissolved before its start. For a commune tally: only models with a site there active in the period.
     */
    private List<RecordRef> modelsActiveIn(ModelTally tally, String typeCode) {
        if (tally.communeCode == null) {
            return overlaps.recordsIn(MODELS, tally.provinceCode, null, null, typeCode, tally.periodFrom, tally.periodTo, null, null);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("sc", tally.communeCode);
        params.put("src", tally.reportedCommuneCode == null ? tally.communeCode : tally.reportedCommuneCode);
        return overlaps.recordsIn(MODELS, tally.provinceCode, null, null, typeCode, tally.periodFrom, tally.periodTo,
                "exists (select 1 from model_site s where s.model_id = m.id and s.commune_code in (:sc, :src)"
                        + " and s.established_on <= :to and (s.dissolved_on is null or s.dissolved_on >= :from))", params);
    }

    static Set<String> figures(ModelTally tally) {
        Set<String> figures = new LinkedHashSet<>();
        if (tally.modelTypes != null) {
            figures.add("model_types");
        }
        if (tally.models != null) {
            figures.add("models");
        }
        if (tally.sites != null) {
            figures.add("sites");
        }
        if (tally.teams != null) {
            figures.add("teams");
        }
        if (tally.members != null) {
            figures.add("members");
        }
        if (tally.cameras != null) {
            figures.add("cameras");
        }
        return figures;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
