package vn.gov.antq.commons.communes;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import io.quarkus.arc.properties.IfBuildProperty;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.paging.PanachePaging;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.commons.units.LegacyProvince;
import vn.gov.antq.commons.units.Province;
import vn.gov.antq.commons.units.UnknownProvinceException;

/**
 * The commune registry of this service's database, for domain code and for the read endpoints.
 *
 * <p><b>Codes and dates.</b> A commune code means nothing without a date: most current communes kept the code of one
 * of the old communes merged into them (current 00004 is Phường Ba Đình, old 00004 was Phường Trúc Bạch). As with
 * provinces ({@link AdministrativeUnits#resolve}), a code reported for a date <em>before</em> 2025-07-01 is read as a
 * pre-reform commune (known from the imported successions) and resolved to the current commune(s) it went into; a
 * code reported for a date from 2025-07-01 on is read as a current commune, which must be in force on that date.
 * A record dated before the reform that names a current-only code is therefore refused, and one that names an old
 * code is accepted and keeps that code: aggregation uses {@link CommuneResolution#currentCommunes()}. An old commune
 * that was split (PARTIAL edges) belongs to several current communes; its figures cannot be divided between them,
 * so commune-level views list it under each (or aggregate it at province level, which is always exact).
 *
 * <p><b>Provinces</b> passed in and returned are current province codes (the ones records and token scopes carry):
 * an old commune is in the current province its old province was merged into.
 *
 * <p>Both lists are loaded by an operator (see README); until they are, every code is unknown.
 */
@ApplicationScoped
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class CommuneRegistry {

    /** "Today" for commune data is Vietnam's date. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");
    private static final Map<String, String> COMMUNE_SORTABLE = Map.of("code", "code", "name", "name", "provinceCode", "provinceCode");
    private static final Map<String, String> SUCCESSION_SORTABLE = Map.of("oldCommuneCode", "oldCommuneCode",
            "newCommuneCode", "newCommune.code", "oldProvinceCode", "oldProvinceCode", "kind", "kind");

    @Inject
    CommuneRepository communes;

    @Inject
    CurrentCommunes currentCommunes;

    @Inject
    CommuneSuccessionRepository successions;

    @Inject
    AdministrativeUnits units;

    /**
     * Resolves the unit a period report names, for reports such as tallies: the province as reported on the period's
     * last day (a pre-2025 code before the reform), and the commune if any. Refuses, as 400 field errors, a period that
     * spans the 2025-07-01 reform (no unit is valid on both sides), a province or commune unknown for the date, a
     * pre-reform commune of another province, and a commune split by the reform (its figures could not be divided
     * between its successors).
     */
    public ReportingUnit requireReportingUnit(String provinceCode, String communeCode, LocalDate periodFrom, LocalDate periodTo) {
        if (periodFrom.isBefore(AdministrativeUnits.REFORM_DATE) && !periodTo.isBefore(AdministrativeUnits.REFORM_DATE)) {
            throw ProblemException.invalidField("periodTo", "the period spans the 2025-07-01 reform of administrative units: "
                    + "report the part up to 2025-06-30 (old units) and the part from 2025-07-01 (current units) separately");
        }
        String current;
        try {
            current = units.resolve(provinceCode, periodTo).currentProvince().code();
        } catch (UnknownProvinceException e) {
            throw ProblemException.invalidField("provinceCode", e.getMessage());
        }
        if (communeCode == null) {
            return new ReportingUnit(provinceCode, current, null, null);
        }
        CommuneResolution commune = requireCommune("communeCode", communeCode, current, periodTo);
        if (commune.beforeReform() && !commune.reportedProvinceCode().equals(provinceCode)) {
            throw ProblemException.invalidField("communeCode", "commune " + communeCode + " (" + commune.reportedName()
                    + ") was in province " + commune.reportedProvinceCode() + " on " + periodTo + ", not in " + provinceCode);
        }
        if (commune.currentCommunes().size() != 1) {
            throw ProblemException.invalidField("communeCode", "commune " + communeCode + " (" + commune.reportedName()
                    + ") was split between " + commune.currentCommunes().stream().map(c -> c.code() + " " + c.name())
                            .collect(java.util.stream.Collectors.joining(", "))
                    + " in the 2025 reform; record its figures province-wide");
        }
        return new ReportingUnit(provinceCode, current, communeCode, commune.currentCommunes().get(0).code());
    }

    /**
     * 400 (a field error on {@code field}) unless {@code communeCode} names a commune on {@code date} that lies in the
     * current province {@code provinceCode} (null: any province). See the class comment for dates before 2025-07-01.
     *
     * @return what the code means today, for aggregation
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommuneResolution requireCommune(String field, String communeCode, String provinceCode, LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("date is required");
        }
        if (communeCode == null || !COMMUNE_CODE.matcher(communeCode).matches()) {
            throw ProblemException.invalidField(field, "must be a five-digit commune code");
        }
        CommuneResolution resolution = date.isBefore(AdministrativeUnits.REFORM_DATE)
                ? resolveOld(field, communeCode, date)
                : resolveCurrent(field, communeCode, date);
        if (provinceCode != null && !provinceCode.equals(resolution.provinceCode())) {
            throw ProblemException.invalidField(field, "commune " + communeCode + " (" + resolution.reportedName() + ") "
                    + (resolution.beforeReform()
                            ? "was in province " + resolution.reportedProvinceCode() + " (" + legacyName(resolution.reportedProvinceCode())
                                    + ") on " + date + ", now part of " + describe(resolution.provinceCode())
                            : "is in province " + describe(resolution.provinceCode()))
                    + ", not in " + describe(provinceCode));
        }
        return resolution;
    }

    /** As {@link #requireCommune} without a province: what a code reported on a date means today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommuneResolution resolve(String field, String communeCode, LocalDate date) {
        return requireCommune(field, communeCode, null, date);
    }

    /** The current commune(s) an old (pre-reform) commune went into; empty when the code was no old commune. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SuccessorRef> currentCommunesFor(String oldCode) {
        return successions.fromOld(oldCode).stream()
                .map(s -> new SuccessorRef(s.newCommune.code, s.newCommune.name, s.kind))
                .toList();
    }

    /**
     * The current province of a commune code: a current commune's own, else that of the old commune with this code
     * (the province its old province was merged into). The two never differ, because the reform's edges never cross
     * provinces, so no date is needed. Empty when the code is unknown.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> provinceOf(String communeCode) {
        Optional<CurrentCommunes.CurrentCommune> current = currentCommunes.find(communeCode);
        if (current.isPresent()) {
            return Optional.of(current.get().provinceCode());
        }
        return successions.fromOld(communeCode).stream().findFirst()
                .map(s -> units.legacyProvince(s.oldProvinceCode).map(LegacyProvince::successorCode).orElse(s.newCommune.provinceCode));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<CommuneView> list(CommuneSearch search, PageRequest page) {
        if (search.provinceCode() != null && units.currentProvince(search.provinceCode()).isEmpty()) {
            throw ProblemException.invalidField("province", "'" + search.provinceCode() + "' is not one of the 34 current provinces");
        }
        CommuneSearch normalised = new CommuneSearch(search.provinceCode(), search.type(),
                search.text() == null || search.text().isBlank() ? null : VietnameseText.nfc(search.text()),
                search.date() == null ? today() : search.date());
        return PanachePaging.page(communes.search(normalised, PanachePaging.sort(page, COMMUNE_SORTABLE, "code", "code")), page,
                c -> toView(c, normalised.date()));
    }

    /** A current commune with its type history and predecessors; 404 for any other code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommuneDetail get(String code, LocalDate date) {
        LocalDate on = date == null ? today() : date;
        Commune commune = communes.findByIdOptional(code).orElseThrow(() -> {
            List<CommuneSuccession> old = COMMUNE_CODE.matcher(code).matches() ? successions.fromOld(code) : List.of();
            return ProblemException.status(Response.Status.NOT_FOUND, "No current commune with code " + code + (old.isEmpty() ? ""
                    : "; it was " + old.get(0).oldCommuneName + " before the 2025-07-01 reform, see /api/v1/commune-successions?oldCode=" + code));
        });
        CommuneType type = commune.typeOn(on).orElse(null);
        return new CommuneDetail(commune.code, commune.name, type, type == null ? null : type.labelVi(), commune.provinceCode,
                provinceName(commune.provinceCode), commune.validFrom, commune.validTo,
                commune.typePeriods.stream().sorted(Comparator.comparing(p -> p.validFrom)).map(TypePeriodView::of).toList(),
                successions.into(code).stream().map(this::toView).toList(), commune.updatedAt, commune.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<SuccessionView> successions(String oldCode, String newCode, PageRequest page) {
        return PanachePaging.page(successions.search(oldCode, newCode,
                PanachePaging.sort(page, SUCCESSION_SORTABLE, "oldCommuneCode;newCommuneCode", "id")), page, this::toView);
    }

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    private CommuneResolution resolveCurrent(String field, String code, LocalDate date) {
        CurrentCommunes.CurrentCommune commune = currentCommunes.find(code).orElse(null);
        if (commune == null) {
            List<CommuneSuccession> old = successions.fromOld(code);
            throw ProblemException.invalidField(field, "no commune has code " + code + " on " + date + (old.isEmpty() ? ""
                    : "; " + code + " was " + old.get(0).oldCommuneName + " before the 2025-07-01 reform, now part of "
                            + old.stream().map(s -> s.newCommune.code + " " + s.newCommune.name).distinct().toList()));
        }
        if (!commune.validOn(date)) {
            throw ProblemException.invalidField(field, "commune " + code + " (" + commune.name() + ") is in force from "
                    + commune.validFrom() + (commune.validTo() == null ? "" : " to " + commune.validTo()) + ", not on " + date);
        }
        return new CommuneResolution(code, date, commune.name(), commune.typeOn(date).orElse(null), false, commune.provinceCode(),
                commune.provinceCode(), List.of(new SuccessorRef(commune.code(), commune.name(), null)));
    }

    private CommuneResolution resolveOld(String field, String code, LocalDate date) {
        List<CommuneSuccession> edges = successions.fromOld(code);
        if (edges.isEmpty()) {
            throw ProblemException.invalidField(field, "no commune had code " + code + " on " + date + " (before the 2025-07-01 reform)"
                    + (successions.anyLoaded() ? "" : "; the pre-reform communes are not loaded (import the commune successions)"));
        }
        CommuneSuccession first = edges.get(0);
        String currentProvince = units.legacyProvince(first.oldProvinceCode).map(LegacyProvince::successorCode)
                .orElse(first.newCommune.provinceCode);
        return new CommuneResolution(code, date, first.oldCommuneName, first.oldCommuneType, true, first.oldProvinceCode,
                currentProvince, edges.stream().map(s -> new SuccessorRef(s.newCommune.code, s.newCommune.name, s.kind)).toList());
    }

    private CommuneView toView(Commune commune, LocalDate date) {
        CommuneType type = commune.typeOn(date).orElse(null);
        return new CommuneView(commune.code, commune.name, type, type == null ? null : type.labelVi(), commune.provinceCode,
                provinceName(commune.provinceCode), commune.validFrom, commune.validTo, commune.updatedAt, commune.version);
    }

    SuccessionView toView(CommuneSuccession s) {
        return new SuccessionView(s.oldCommuneCode, s.oldCommuneName, s.oldCommuneType, s.oldProvinceCode, legacyName(s.oldProvinceCode),
                s.oldDistrictCode, s.oldDistrictName, s.newCommune.code, s.newCommune.name, s.newCommune.provinceCode, s.kind,
                s.kind.labelVi(), s.note);
    }

    private String provinceName(String code) {
        return units.currentProvince(code).map(Province::name).orElse(null);
    }

    private String legacyName(String code) {
        return units.legacyProvince(code).map(LegacyProvince::name).orElse(null);
    }

    private String describe(String currentCode) {
        return currentCode + units.currentProvince(currentCode).map(p -> " (" + p.name() + ")").orElse("");
    }
}
