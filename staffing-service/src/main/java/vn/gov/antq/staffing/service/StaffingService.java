package vn.gov.antq.staffing.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.antq.commons.communes.CommuneRegistry;
import vn.gov.antq.commons.communes.CommuneType;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.commons.security.ScopeFilter;
import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.staffing.config.StaffingNormsConfig;
import vn.gov.antq.staffing.model.PoliceUnit;
import vn.gov.antq.staffing.model.PostingPosition;
import vn.gov.antq.staffing.repository.PoliceUnitRepository;
import vn.gov.antq.staffing.repository.StaffingRepository;
import vn.gov.antq.staffing.repository.StaffingRepository.StaffingQuery;
import vn.gov.antq.staffing.repository.StaffingRepository.StaffingRow;

/**
 * Staffing of commune police units as of a day: the postings covering it, by position, against the norm of the
 * commune's type on that day. These are aggregates (counts, no names), read by everyone within the aggregate scope:
 * nationally for the ministry and partner systems, the own province otherwise (a commune officer sees its province's
 * units).
 */
@ApplicationScoped
public class StaffingService {

    private static final List<CommuneType> CURRENT_TYPES = List.of(CommuneType.XA, CommuneType.PHUONG, CommuneType.DAC_KHU);

    @Inject
    StaffingRepository staffing;

    @Inject
    PoliceUnitRepository units;

    @Inject
    StaffingNormsConfig norms;

    @Inject
    CallerScope caller;

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffingView ofUnit(long unitId, LocalDate asOf) {
        LocalDate day = day(asOf);
        PoliceUnit unit = units.findById(unitId);
        if (unit == null || !caller.aggregateFilter().covers(unit.provinceCode, null)) {
            throw CallerScope.notFound(PoliceUnitService.RESOURCE, unitId);
        }
        List<StaffingRow> rows = staffing.page(new StaffingQuery(null, null, unitId, day, null), 0, 1);
        if (rows.isEmpty()) {
            throw ProblemException.invalidField("asOf", "commune " + unit.communeCode + " (" + unit.commune.name + ") is in force from "
                    + unit.commune.validFrom + (unit.commune.validTo == null ? "" : " to " + unit.commune.validTo) + ", not on " + day);
        }
        return toView(unit, rows.get(0), day);
    }

    /** The units of the caller's aggregate scope (narrowed by province and commune), as of a day, by commune code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<StaffingView> list(String provinceCode, String communeCode, LocalDate asOf, Boolean meetsNorm, PageRequest page) {
        LocalDate day = day(asOf);
        ScopeFilter scope = caller.aggregateFilter();
        if (scope.provinceCode() != null && provinceCode != null && !scope.provinceCode().equals(provinceCode)) {
            return PageResponse.of(List.of(), page, 0);
        }
        StaffingQuery query = new StaffingQuery(scope.provinceCode() == null ? provinceCode : scope.provinceCode(), communeCode, null, day,
                meetsNorm);
        List<StaffingRow> rows = staffing.page(query, page.offset(), page.size());
        Map<Long, PoliceUnit> byId = rows.isEmpty() ? Map.of()
                : units.list("id in ?1", rows.stream().map(StaffingRow::unitId).toList()).stream()
                        .collect(Collectors.toMap(u -> u.id, Function.identity()));
        List<StaffingView> items = rows.stream().map(r -> toView(byId.get(r.unitId()), r, day)).toList();
        return PageResponse.of(items, page, staffing.count(query));
    }

    public List<NormView> norms() {
        return CURRENT_TYPES.stream().map(type -> {
            StaffingNormsConfig.Norm norm = StaffingRepository.normOf(norms, type);
            return new NormView(type, type.labelVi(), norm.chiefs(), norm.deputies(), norm.officers());
        }).toList();
    }

    private static LocalDate day(LocalDate asOf) {
        LocalDate day = asOf == null ? CommuneRegistry.today() : asOf;
        if (day.isBefore(AdministrativeUnits.REFORM_DATE)) {
            throw ProblemException.invalidField("asOf", "police units belong to the communes in force since "
                    + AdministrativeUnits.REFORM_DATE + "; ask about a day from then on");
        }
        return day;
    }

    private StaffingView toView(PoliceUnit unit, StaffingRow row, LocalDate day) {
        StaffingNormsConfig.Norm norm = StaffingRepository.normOf(norms, row.type());
        List<PositionStaffing> positions = List.of(
                position(PostingPosition.CHIEF, true, norm.chiefs(), row.chiefs()),
                position(PostingPosition.DEPUTY, false, norm.deputies(), row.deputies()),
                position(PostingPosition.OFFICER, false, norm.officers(), row.officers()));
        return new StaffingView(unit.id, unit.name, unit.provinceCode, unit.communeCode, unit.commune.name, row.type(), day,
                unit.regularSince != null && !unit.regularSince.isAfter(day), positions,
                positions.stream().mapToInt(PositionStaffing::filled).sum(),
                positions.stream().mapToInt(PositionStaffing::vacancies).sum(), row.meetsNorm());
    }

    private static PositionStaffing position(PostingPosition position, boolean exact, int norm, int filled) {
        return new PositionStaffing(position, position.labelVi(), exact ? "EXACTLY" : "AT_LEAST", norm, filled, Math.max(0, norm - filled),
                exact ? Math.max(0, filled - norm) : 0);
    }
}
