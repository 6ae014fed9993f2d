package vn.gov.antq.staffing.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.gov.antq.commons.communes.CommuneType;
import vn.gov.antq.staffing.config.StaffingNormsConfig;

/**
 * Filled positions of police units as of a day, counted by the database: the postings covering the day, by position,
 * per unit, judged against the norm of the commune's type on that day ({@link StaffingNormsConfig}). Postings of one
 * officer never overlap, so each officer counts once.
 */
@ApplicationScoped
public class StaffingRepository {

    /**
     * Which units: null fields mean any.
     *
     * @param meetsNorm true: only units meeting their norm; false: only those that do not
     */
    public record StaffingQuery(String provinceCode, String communeCode, Long unitId, LocalDate asOf, Boolean meetsNorm) {
    }

    /** One unit's figures; {@code type} is its commune's type on the day. */
    public record StaffingRow(long unitId, CommuneType type, int chiefs, int deputies, int officers, boolean meetsNorm) {
    }

    /** The commune's type on the day (a unit whose commune has none that day is not counted). */
    private static final String TYPE_ON_THE_DAY = " join commune_type_period t on t.commune_code = u.commune_code and t.valid_from <= :asOf"
            + " and (t.valid_to is null or t.valid_to >= :asOf)";

    @Inject
    EntityManager entityManager;

    @Inject
    StaffingNormsConfig norms;

    @SuppressWarnings("unchecked")
    public List<StaffingRow> page(StaffingQuery staffing, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        Query query = entityManager.createNativeQuery("with " + judged(staffing, params)
                + " select id, type, chiefs, deputies, officers, meets from judged" + filter(staffing)
                + " order by commune_code, id limit :limit offset :offset");
        params.forEach(query::setParameter);
        query.setParameter("limit", limit);
        query.setParameter("offset", offset);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new StaffingRow(((Number) r[0]).longValue(), CommuneType.valueOf((String) r[1]), ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), (Boolean) r[5]))
                .toList();
    }

    public long count(StaffingQuery staffing) {
        Map<String, Object> params = new HashMap<>();
        Query query = entityManager.createNativeQuery("with " + judged(staffing, params) + " select count(*) from judged" + filter(staffing));
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * The common table expressions {@code figures} and {@code judged} (to follow a {@code with}): one row per unit whose
     * commune is in force on the day, with its province and commune codes, {@code regular_since}, the commune's
     * {@code type} on the day, the postings covering it by position ({@code chiefs}, {@code deputies},
     * {@code officers}), the {@code vacancies} against the norm of that type, and the verdict {@code meets}. Binds its
     * parameters into {@code params}.
     */
    public String judged(StaffingQuery staffing, Map<String, Object> params) {
        String units = unitFilter(staffing, params);
        return "figures as (select u.id, u.province_code, u.commune_code, u.regular_since, t.type,"
                + " count(p.id) filter (where p.position = 'CHIEF') as chiefs,"
                + " count(p.id) filter (where p.position = 'DEPUTY') as deputies,"
                + " count(p.id) filter (where p.position = 'OFFICER') as officers"
                + " from police_unit u" + TYPE_ON_THE_DAY
                + " left join police_posting p on p.police_unit_id = u.id and p.from_date <= :asOf"
                + " and (p.to_date is null or p.to_date >= :asOf)"
                + " where 1 = 1" + units + " group by u.id, u.province_code, u.commune_code, u.regular_since, t.type), "
                + judgedFigures(params);
    }

    /**
     * {@link #judged} for a day that is the last of its month, with each unit's postings by position taken from the
     * monthly aggregate (db/migration V8: the sum of a unit's changes over the months up to the day's month is what
     * covers the day) instead of the postings: a few rows per unit rather than every posting. Units, their commune's type
     * and the norms are read as in {@link #judged}, so the rows are the same.
     */
    public String judgedFromMonthlyAggregate(StaffingQuery staffing, Map<String, Object> params) {
        LocalDate asOf = staffing.asOf();
        if (!asOf.equals(asOf.withDayOfMonth(asOf.lengthOfMonth()))) {
            throw new IllegalArgumentException("The monthly aggregate gives staffing as of a month's last day only, not " + asOf);
        }
        String units = unitFilter(staffing, params);
        params.put("asOfMonth", asOf.withDayOfMonth(1));
        return "staff as (select s.police_unit_id, cast(sum(s.chiefs) as bigint) as chiefs, cast(sum(s.deputies) as bigint) as deputies,"
                + " cast(sum(s.officers) as bigint) as officers from (select police_unit_id, month, chiefs, deputies, officers"
                + " from police_staffing_monthly union all select police_unit_id, month, chiefs, deputies, officers"
                + " from police_staffing_monthly_pending) s where s.month <= :asOfMonth"
                + (units.isEmpty() ? "" : " and s.police_unit_id in (select u.id from police_unit u where 1 = 1" + units + ")")
                + " group by s.police_unit_id),"
                + " figures as (select u.id, u.province_code, u.commune_code, u.regular_since, t.type, coalesce(s.chiefs, 0) as chiefs,"
                + " coalesce(s.deputies, 0) as deputies, coalesce(s.officers, 0) as officers"
                + " from police_unit u" + TYPE_ON_THE_DAY + " left join staff s on s.police_unit_id = u.id where 1 = 1" + units + "), "
                + judgedFigures(params);
    }

    /** The units' conditions (on alias {@code u}) and the day, bound into {@code params}. */
    private static String unitFilter(StaffingQuery staffing, Map<String, Object> params) {
        StringBuilder units = new StringBuilder();
        if (staffing.provinceCode() != null) {
            units.append(" and u.province_code = :province");
            params.put("province", staffing.provinceCode());
        }
        if (staffing.communeCode() != null) {
            units.append(" and u.commune_code = :commune");
            params.put("commune", staffing.communeCode());
        }
        if (staffing.unitId() != null) {
            units.append(" and u.id = :unit");
            params.put("unit", staffing.unitId());
        }
        params.put("asOf", staffing.asOf());
        return units.toString();
    }

    /** The CTE {@code judged} over {@code figures}: each unit against the norm of its commune's type. */
    private String judgedFigures(Map<String, Object> params) {
        StringBuilder normRows = new StringBuilder();
        for (CommuneType type : List.of(CommuneType.XA, CommuneType.PHUONG, CommuneType.DAC_KHU)) {
            StaffingNormsConfig.Norm norm = normOf(norms, type);
            String key = type.name().toLowerCase(java.util.Locale.ROOT);
            normRows.append(normRows.isEmpty() ? "" : ", ").append("('").append(type.name()).append("', cast(:").append(key)
                    .append("Chiefs as integer), cast(:").append(key).append("Deputies as integer), cast(:").append(key)
                    .append("Officers as integer))");
            params.put(key + "Chiefs", norm.chiefs());
            params.put(key + "Deputies", norm.deputies());
            params.put(key + "Officers", norm.officers());
        }
        return "judged as (select f.*, (f.chiefs = n.chiefs and f.deputies >= n.deputies and f.officers >= n.officers) as meets,"
                + " greatest(n.chiefs - f.chiefs, 0) + greatest(n.deputies - f.deputies, 0) + greatest(n.officers - f.officers, 0) as vacancies"
                + " from figures f join (values " + normRows + ") as n(type, chiefs, deputies, officers) on n.type = f.type)";
    }

    private static String filter(StaffingQuery staffing) {
        if (staffing.meetsNorm() == null) {
            return "";
        }
        return staffing.meetsNorm() ? " where meets" : " where not meets";
    }

    /** The configured norm of a current commune type. */
    public static StaffingNormsConfig.Norm normOf(StaffingNormsConfig norms, CommuneType type) {
        return switch (type) {
            case XA -> norms.xa();
            case PHUONG -> norms.phuong();
            case DAC_KHU -> norms.dacKhu();
            case THI_TRAN -> throw new IllegalArgumentException("Thị trấn exist only before the 2025-07-01 reform and have no norm");
        };
    }
}
