package vn.gov.antq.models.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The lookups behind the double-count rule ({@code DoubleCountRule}): which detailed records or tallies a tally,
 * model or site would cover twice. Each answers at most {@link #SAMPLE} rows, with the total in every row. Absent
 * codes are passed as '' so no parameter is an untyped SQL null.
 */
@ApplicationScoped
public class DoubleCountRepository {

    public static final int SAMPLE = 3;
    /** Tally columns a rule may name; they go into SQL, so only these. */
    public static final Set<String> FIGURES = Set.of("model_types", "models", "sites", "teams", "members", "cameras");
    public static final Set<String> MODEL_FIGURES = Set.of("model_types", "models");
    public static final Set<String> SITE_FIGURES = Set.of("sites", "teams", "members", "cameras");
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);
    private static final String TALLY_COLUMNS = "t.id, t.reported_province_code, t.reported_commune_code, t.type_code, t.period_from, "
            + "t.period_to, count(*) over ()";

    /** A tally found in the way, for the explanation. */
    public record TallyRef(long id, String reportedProvinceCode, String reportedCommuneCode, String typeCode, LocalDate periodFrom,
            LocalDate periodTo, long total) {
    }

    /** A detailed record found in the way: a model or a site. */
    public record RecordRef(long id, String name, String communeCode, LocalDate since, long total) {
    }

    @Inject
    EntityManager entityManager;

    /**
     * Tallies of the same reported unit or a unit nesting with it (province ⊃ its communes), of the same type or
     * nesting with it (no type ⊃ every type), whose periods overlap, and that either name exactly the same unit and
     * type or share a figure with the candidate.
     */
    public List<TallyRef> overlappingTallies(long exceptId, String reportedProvince, String reportedCommune, String typeCode,
            LocalDate from, LocalDate to, Set<String> figures) {
        String shared = figures.stream().filter(FIGURES::contains).map(f -> "t." + f + " is not null").collect(Collectors.joining(" or "));
        Query query = entityManager.createNativeQuery("select " + TALLY_COLUMNS + " from model_tally t"
                + " where t.reported_province_code = :rp and t.id <> :except"
                + " and t.period_from <= :to and t.period_to >= :from"
                + " and (:rc = '' or t.reported_commune_code is null or t.reported_commune_code = :rc)"
                + " and (:type = '' or t.type_code is null or t.type_code = :type)"
                + " and ((coalesce(t.reported_commune_code, '') = :rc and coalesce(t.type_code, '') = :type)"
                + (shared.isEmpty() ? "" : " or " + shared) + ")"
                + " order by t.period_from, t.id limit " + SAMPLE);
        bind(query, Map.of("rp", reportedProvince, "except", exceptId, "from", from, "to", to, "rc", orEmpty(reportedCommune),
                "type", orEmpty(typeCode)));
        return tallies(query);
    }

    /**
     * Sites of the current province (and commune, matched by the current or the reported code), of models of the type,
     * active at some time in the period: established on or before its end and not dissolved before its start.
     */
    public List<RecordRef> sitesActiveIn(String province, String commune, String reportedCommune, String typeCode, LocalDate from,
            LocalDate to) {
        Query query = entityManager.createNativeQuery("select s.id, s.place_name, s.commune_code, s.established_on, count(*) over ()"
                + " from model_site s join security_model m on m.id = s.model_id"
                + " where s.province_code = :p and (:c = '' or s.commune_code in (:c, :rc))"
                + " and (:type = '' or m.type_code = :type)"
                + " and s.established_on <= :to and (s.dissolved_on is null or s.dissolved_on >= :from)"
                + " order by s.established_on, s.id limit " + SAMPLE);
        bind(query, Map.of("p", province, "c", orEmpty(commune), "rc", orEmpty(reportedCommune == null ? commune : reportedCommune),
                "type", orEmpty(typeCode), "from", from, "to", to));
        return records(query);
    }

    /**
     * Models of the current province and type that existed at some time in the period: started on or before its end
     * and not dissolved before its start. With a commune: only models with a site there active in the period.
     */
    public List<RecordRef> modelsActiveIn(String province, String commune, String reportedCommune, String typeCode, LocalDate from,
            LocalDate to) {
        Query query = entityManager.createNativeQuery("select m.id, m.name, cast(null as varchar), m.start_date, count(*) over ()"
                + " from security_model m"
                + " where m.province_code = :p and (:type = '' or m.type_code = :type)"
                + " and m.start_date <= :to and not (m.status = 'DISSOLVED' and m.status_since < :from)"
                + " and (:c = '' or exists (select 1 from model_site s where s.model_id = m.id and s.commune_code in (:c, :rc)"
                + "     and s.established_on <= :to and (s.dissolved_on is null or s.dissolved_on >= :from)))"
                + " order by m.start_date, m.id limit " + SAMPLE);
        bind(query, Map.of("p", province, "c", orEmpty(commune), "rc", orEmpty(reportedCommune == null ? commune : reportedCommune),
                "type", orEmpty(typeCode), "from", from, "to", to));
        return records(query);
    }

    /** Province-wide tallies counting models (or model types) of the type, whose period overlaps the model's life. */
    public List<TallyRef> modelTalliesCovering(String province, String typeCode, LocalDate start, LocalDate end) {
        Query query = entityManager.createNativeQuery("select " + TALLY_COLUMNS + " from model_tally t"
                + " where t.province_code = :p and t.commune_code is null and (t.type_code is null or t.type_code = :type)"
                + " and (t.models is not null or t.model_types is not null)"
                + " and t.period_from <= :end and t.period_to >= :start"
                + " order by t.period_from, t.id limit " + SAMPLE);
        bind(query, Map.of("p", province, "type", typeCode, "start", start, "end", end == null ? OPEN_END : end));
        return tallies(query);
    }

    /**
     * Tallies a site of a model of the type would be counted in twice: site figures of its province or commune, or
     * model figures of its commune, over a period overlapping the site's life.
     */
    public List<TallyRef> talliesCoveringSite(String province, String typeCode, String commune, LocalDate established, LocalDate dissolved) {
        Query query = entityManager.createNativeQuery("select " + TALLY_COLUMNS + " from model_tally t"
                + " where t.province_code = :p and (t.type_code is null or t.type_code = :type)"
                + " and t.period_from <= :end and t.period_to >= :start"
                + " and ((num_nonnulls(t.sites, t.teams, t.members, t.cameras) > 0"
                + "       and (t.commune_code is null or t.commune_code = :c or t.reported_commune_code = :c))"
                + "   or ((t.models is not null or t.model_types is not null) and (t.commune_code = :c or t.reported_commune_code = :c)))"
                + " order by t.period_from, t.id limit " + SAMPLE);
        bind(query, Map.of("p", province, "type", typeCode, "c", commune, "start", established,
                "end", dissolved == null ? OPEN_END : dissolved));
        return tallies(query);
    }

    /** As {@link #talliesCoveringSite} for every stored site of a model, were the model of this province and type. */
    public List<TallyRef> talliesCoveringSitesOf(long modelId, String province, String typeCode) {
        Query query = entityManager.createNativeQuery("select " + TALLY_COLUMNS + " from model_tally t"
                + " where t.province_code = :p and (t.type_code is null or t.type_code = :type)"
                + " and exists (select 1 from model_site s where s.model_id = :model"
                + "   and t.period_from <= coalesce(s.dissolved_on, date '9999-12-31') and t.period_to >= s.established_on"
                + "   and ((num_nonnulls(t.sites, t.teams, t.members, t.cameras) > 0"
                + "         and (t.commune_code is null or t.commune_code = s.commune_code or t.reported_commune_code = s.commune_code))"
                + "     or ((t.models is not null or t.model_types is not null)"
                + "         and (t.commune_code = s.commune_code or t.reported_commune_code = s.commune_code))))"
                + " order by t.period_from, t.id limit " + SAMPLE);
        bind(query, Map.of("model", modelId, "p", province, "type", typeCode));
        return tallies(query);
    }

    private static void bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    @SuppressWarnings("unchecked")
    private static List<TallyRef> tallies(Query query) {
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new TallyRef(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], date(r[4]), date(r[5]),
                        ((Number) r[6]).longValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<RecordRef> records(Query query) {
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new RecordRef(((Number) r[0]).longValue(), (String) r[1], (String) r[2], date(r[3]), ((Number) r[4]).longValue()))
                .toList();
    }

    static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
