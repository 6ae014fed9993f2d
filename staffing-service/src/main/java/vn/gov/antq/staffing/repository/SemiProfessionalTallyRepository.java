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
import vn.gov.antq.staffing.model.SemiProfessionalTally;

@ApplicationScoped
public class SemiProfessionalTallyRepository implements PanacheRepository<SemiProfessionalTally> {

    /** How many tallies in the way a conflict names. */
    public static final int SAMPLE = 3;

    public PanacheQuery<SemiProfessionalTally> search(TallySearch search, Sort sort) {
        Map<String, Object> params = new HashMap<>();
        return find(search.condition(params, "periodFrom", "periodTo"), sort, params);
    }

    /**
     * Other tallies of the same reported province whose unit nests with this one (the province and any of its
     * communes; a commune and itself) and whose period overlaps [from, to]: they would count the same people twice.
     *
     * @param reportedCommune null for a province-wide tally, which nests every commune tally of its province
     */
    public List<SemiProfessionalTally> overlapping(Long exceptId, String reportedProvince, String reportedCommune, LocalDate from,
            LocalDate to) {
        StringBuilder where = new StringBuilder("reportedProvinceCode = :province and periodFrom <= :to and periodTo >= :from");
        Map<String, Object> params = new HashMap<>(Map.of("province", reportedProvince, "from", from, "to", to));
        if (exceptId != null) {
            where.append(" and id <> :except");
            params.put("except", exceptId);
        }
        if (reportedCommune != null) {
            where.append(" and (reportedCommuneCode is null or reportedCommuneCode = :commune)");
            params.put("commune", reportedCommune);
        }
        return find(where.toString(), Sort.by("periodFrom").and("id"), params).page(Page.ofSize(SAMPLE)).list();
    }
}
