package vn.gov.antq.gateway.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.commons.units.LegacyProvince;
import vn.gov.antq.commons.units.PopulationReference;
import vn.gov.antq.commons.units.Province;
import vn.gov.antq.commons.units.ProvinceResolution;
import vn.gov.antq.commons.units.ProvinceType;

@ApplicationScoped
public class ProvinceService {

    private static final Map<String, String> PROVINCE_SORT = Map.of("code", "code", "name", "name", "communeCount", "communeCount",
            "population", "population");
    private static final Map<String, Comparator<ProvinceView>> PROVINCE_ORDER = Map.of(
            "code", Comparator.comparing(ProvinceView::code),
            "name", Comparator.comparing(ProvinceView::name, VietnameseCollation.COMPARATOR),
            "communeCount", Comparator.comparingInt(ProvinceView::communeCount),
            "population", Comparator.comparingLong(ProvinceView::population));
    private static final Map<String, String> LEGACY_SORT = Map.of("code", "code", "name", "name", "successorCode", "successorCode");
    private static final Map<String, Comparator<LegacyProvinceView>> LEGACY_ORDER = Map.of(
            "code", Comparator.comparing(LegacyProvinceView::code),
            "name", Comparator.comparing(LegacyProvinceView::name, VietnameseCollation.COMPARATOR),
            "successorCode", Comparator.comparing(LegacyProvinceView::successorCode));

    @Inject
    AdministrativeUnits units;

    public PageResponse<ProvinceView> listCurrent(PageRequest page) {
        List<ProvinceView> all = units.currentProvinces().stream().map(this::toView).toList();
        return PageResponse.slice(sorted(all, page, PROVINCE_SORT, PROVINCE_ORDER), page);
    }

    public ProvinceView getCurrent(String code) {
        return units.currentProvince(code).map(this::toView)
                .orElseThrow(() -> ProblemException.status(Response.Status.NOT_FOUND, "No current province has code '" + code + "'"));
    }

    public PageResponse<LegacyProvinceView> listLegacy(PageRequest page) {
        List<LegacyProvinceView> all = units.legacyProvinces().stream().map(this::toView).toList();
        return PageResponse.slice(sorted(all, page, LEGACY_SORT, LEGACY_ORDER), page);
    }

    public ProvinceResolutionView resolve(String code, LocalDate date) {
        ProvinceResolution resolution = units.resolve(code, date);
        return new ProvinceResolutionView(resolution.reportedCode(), resolution.reportedOn(), resolution.reportedName(),
                resolution.beforeReform(), toView(resolution.currentProvince()));
    }

    private static <T> List<T> sorted(List<T> items, PageRequest page, Map<String, String> allowed, Map<String, Comparator<T>> order) {
        Comparator<T> comparator = null;
        for (PageRequest.SortKey key : page.sortKeys(allowed, "code", "code")) {
            Comparator<T> next = order.get(key.attribute());
            next = key.descending() ? next.reversed() : next;
            comparator = comparator == null ? next : comparator.thenComparing(next);
        }
        return items.stream().sorted(comparator).toList();
    }

    private ProvinceView toView(Province province) {
        List<UnitRef> mergedFrom = province.mergedFromCodes().stream()
                .map(code -> units.legacyProvince(code).orElseThrow())
                .map(old -> new UnitRef(old.code(), old.name()))
                .toList();
        PopulationReference reference = units.populationReference();
        return new ProvinceView(province.code(), province.name(), province.type(), province.type().labelVi(),
                province.communeCount(), province.population(), reference.year(), reference.source()
                        + (reference.approximate() ? " (approximate)" : ""), mergedFrom);
    }

    private LegacyProvinceView toView(LegacyProvince old) {
        Province successor = units.currentProvince(old.successorCode()).orElseThrow();
        return new LegacyProvinceView(old.code(), old.name(), old.type(), old.successorCode(), successor.name());
    }

    public record UnitRef(String code, String name) {
    }

    @Schema(name = "Province", description = "A current province with its reference data")
    public record ProvinceView(
            @Schema(examples = "75") String code,
            @Schema(examples = "Đồng Nai") String name,
            ProvinceType type,
            @Schema(examples = "Tỉnh") String typeLabelVi,
            @Schema(description = "Communes (xã, phường, đặc khu) since 2025-07-01", examples = "95") int communeCount,
            @Schema(description = "Reference population, the basis of rates per 10,000 inhabitants", examples = "4374000") long population,
            @Schema(description = "Year the population counts", examples = "2024") int populationYear,
            @Schema(description = "Where the population comes from",
                    examples = "General Statistics Office (GSO), average population 2024 of the pre-reform provinces merged into each, summed (approximate)")
            String populationSource,
            @Schema(description = "The pre-reform provinces merged into it") List<UnitRef> mergedFrom) {
    }

    public record LegacyProvinceView(String code, String name, ProvinceType type, String successorCode, String successorName) {
    }

    public record ProvinceResolutionView(String reportedCode, LocalDate reportedOn, String reportedName, boolean beforeReform,
            ProvinceView currentProvince) {
    }
}
