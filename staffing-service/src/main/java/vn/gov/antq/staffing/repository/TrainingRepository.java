package vn.gov.antq.staffing.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.staffing.model.TraineeGroup;
import vn.gov.antq.staffing.model.Training;
import vn.gov.antq.staffing.model.TrainingKind;

@ApplicationScoped
public class TrainingRepository implements PanacheRepository<Training> {

    public static final int SAMPLE = 3;

    public PanacheQuery<Training> search(TrainingSearch search, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.provinceCode() != null) {
            where.append(" and provinceCode = :province");
            params.put("province", search.provinceCode());
        }
        if (search.reportedProvinceCode() != null) {
            where.append(" and reportedProvinceCode = :reported");
            params.put("reported", search.reportedProvinceCode());
        }
        if (search.communeCode() != null) {
            where.append(" and (communeCode = :commune or reportedCommuneCode = :commune)");
            params.put("commune", search.communeCode());
        }
        if (search.traineeGroup() != null) {
            where.append(" and traineeGroup = :group");
            params.put("group", search.traineeGroup());
        }
        if (search.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", search.kind());
        }
        if (search.from() != null) {
            where.append(" and periodTo >= :from");
            params.put("from", search.from());
        }
        if (search.to() != null) {
            where.append(" and periodFrom <= :to");
            params.put("to", search.to());
        }
        if (search.text() != null) {
            where.append(" and ").append(FoldedSearch.contains("searchText", "text"));
            params.put("text", FoldedSearch.escapeLike(search.text()));
        }
        return find(where.toString(), sort, params);
    }

    /**
     * Trainings a training of this reported unit, trainee group and period would be counted twice with: same reported
     * province, nested units (the province and its communes), the same trainee group, overlapping periods, and at
     * least one of the two a reported total (courses beside courses are distinct events).
     *
     * @param reportedCommune null for a province-level training, which nests every commune's
     */
    public List<Training> countedTwiceWith(Long exceptId, boolean reportedTotal, String reportedProvince, String reportedCommune,
            TraineeGroup group, LocalDate from, LocalDate to) {
        StringBuilder where = new StringBuilder("reportedProvinceCode = :province and traineeGroup = :group"
                + " and periodFrom <= :to and periodTo >= :from");
        Map<String, Object> params = new HashMap<>(Map.of("province", reportedProvince, "group", group, "from", from, "to", to));
        if (exceptId != null) {
            where.append(" and id <> :except");
            params.put("except", exceptId);
        }
        if (reportedCommune != null) {
            where.append(" and (reportedCommuneCode is null or reportedCommuneCode = :commune)");
            params.put("commune", reportedCommune);
        }
        if (!reportedTotal) {
            where.append(" and kind = :total");
            params.put("total", TrainingKind.REPORTED_TOTAL);
        }
        return find(where.toString(), Sort.by("periodFrom").and("id"), params).page(Page.ofSize(SAMPLE)).list();
    }
}
