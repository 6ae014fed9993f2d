package vn.gov.antq.models.service;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.models.model.ModelStatus;
import vn.gov.antq.models.model.ModelTally;
import vn.gov.antq.models.model.SecurityModel;
import vn.gov.antq.models.repository.DoubleCountRepository;
import vn.gov.antq.models.repository.DoubleCountRepository.RecordRef;
import vn.gov.antq.models.repository.DoubleCountRepository.TallyRef;

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
 */
@ApplicationScoped
public class DoubleCountRule {

    @Inject
    DoubleCountRepository repository;

    /** Rules 1 and 2 for a tally about to be stored (its id null when new). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNothingCoveredTwice(ModelTally tally) {
        Set<String> figures = figures(tally);
        String typeCode = tally.type == null ? null : tally.type.code;
        List<TallyRef> tallies = repository.overlappingTallies(tally.id == null ? -1 : tally.id, tally.reportedProvinceCode,
                tally.reportedCommuneCode, typeCode, tally.periodFrom, tally.periodTo, figures);
        if (!tallies.isEmpty()) {
            throw ProblemException.conflict("Double counting: this tally overlaps " + describe(tallies)
                    + " (same or nested unit and type, overlapping period, and the same unit and type or a figure both give). "
                    + "Correct the existing tally instead, or make the periods or figures disjoint.");
        }
        String what = unit(tally.provinceCode, tally.communeCode, typeCode) + " in " + tally.periodFrom + " – " + tally.periodTo;
        if (figures.stream().anyMatch(DoubleCountRepository.SITE_FIGURES::contains)) {
            List<RecordRef> sites = repository.sitesActiveIn(tally.provinceCode, tally.communeCode, tally.reportedCommuneCode, typeCode,
                    tally.periodFrom, tally.periodTo);
            if (!sites.isEmpty()) {
                throw ProblemException.conflict("Double counting: " + sites.get(0).total() + " detailed site(s) of " + what
                        + " already give its sites, teams, members and cameras, e.g. "
                        + sites.stream().map(s -> "site " + s.id() + " '" + s.name() + "' in commune " + s.communeCode() + " since " + s.since())
                                .collect(Collectors.joining("; "))
                        + ". Leave those figures out of the tally, or narrow its unit, type or period.");
            }
        }
        if (figures.stream().anyMatch(DoubleCountRepository.MODEL_FIGURES::contains)) {
            List<RecordRef> models = repository.modelsActiveIn(tally.provinceCode, tally.communeCode, tally.reportedCommuneCode, typeCode,
                    tally.periodFrom, tally.periodTo);
            if (!models.isEmpty()) {
                throw ProblemException.conflict("Double counting: " + models.get(0).total() + " detailed model(s) of " + what
                        + " already give its model count, e.g. "
                        + models.stream().map(m -> "model " + m.id() + " '" + m.name() + "' started " + m.since()).collect(Collectors.joining("; "))
                        + ". Leave modelTypes and models out of the tally, or narrow its unit, type or period.");
            }
        }
    }

    /** Rule 3 for a model about to be stored, with its sites if it has any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNotTallied(SecurityModel model) {
        LocalDate end = model.status == ModelStatus.DISSOLVED ? model.statusSince : null;
        List<TallyRef> tallies = repository.modelTalliesCovering(model.provinceCode, model.type.code, model.startDate, end);
        if (!tallies.isEmpty()) {
            throw ProblemException.conflict("Double counting: models of type " + model.type.code + " in province " + model.provinceCode
                    + " started by " + tallies.get(0).periodTo() + " are already counted by " + describe(tallies)
                    + ". Record models of that period there, or correct the tally.");
        }
        if (model.id != null) {
            List<TallyRef> siteTallies = repository.talliesCoveringSitesOf(model.id, model.provinceCode, model.type.code);
            if (!siteTallies.isEmpty()) {
                throw ProblemException.conflict("Double counting: sites of model " + model.id + " would fall under " + describe(siteTallies)
                        + ", which already count(s) them.");
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
        List<TallyRef> tallies = repository.talliesCoveringSite(model.provinceCode, model.type.code, communeCode, establishedOn, dissolvedOn);
        if (!tallies.isEmpty()) {
            throw ProblemException.conflict("Double counting: a site of a " + model.type.code + " model in commune " + communeCode
                    + " active from " + establishedOn + (dissolvedOn == null ? "" : " to " + dissolvedOn) + " is already counted by "
                    + describe(tallies) + ".");
        }
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

    private static String describe(List<TallyRef> tallies) {
        return (tallies.get(0).total() == 1 ? "tally " : tallies.get(0).total() + " tallies, e.g. ") + tallies.stream()
                .map(t -> "#" + t.id() + " (" + unit(t.reportedProvinceCode(), t.reportedCommuneCode(), t.typeCode()) + ", "
                        + t.periodFrom() + " – " + t.periodTo() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String unit(String province, String commune, String typeCode) {
        return "province " + province + (commune == null ? "" : " commune " + commune) + ", " + (typeCode == null ? "all types" : typeCode);
    }
}
