package vn.gov.antq.activities.repository;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.activities.model.WeaponHandoverTally;

@ApplicationScoped
public class WeaponHandoverTallyRepository implements PanacheRepository<WeaponHandoverTally> {

    /** Filters are null for "any"; from/to select tallies whose period overlaps them. */
    public PanacheQuery<WeaponHandoverTally> search(String province, String reportedProvince, String commune, LocalDate from, LocalDate to,
            Sort sort) {
        return find(TallyFilters.where(province, reportedProvince, commune, from, to), sort,
                TallyFilters.params(province, reportedProvince, commune, from, to));
    }
}
