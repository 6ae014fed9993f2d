package vn.gov.antq.staffing.repository;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.staffing.model.PoliceOfficer;

@ApplicationScoped
public class PoliceOfficerRepository implements PanacheRepository<PoliceOfficer> {

    /** The unique index on the citizen identity number. */
    public static final String ID_NUMBER_UNIQUE = "police_officer_id_number_uq";

    public PanacheQuery<PoliceOfficer> search(OfficerSearch search, Sort sort) {
        StringBuilder where = new StringBuilder("from PoliceOfficer o where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.provinceCode() != null) {
            where.append(" and o.provinceCode = :province");
            params.put("province", search.provinceCode());
        }
        if (search.postedInCommune() != null) {
            where.append(" and exists (select 1 from Posting c where c.officer = o and c.communeCode = :scopeCommune)");
            params.put("scopeCommune", search.postedInCommune());
        }
        if (search.rank() != null) {
            where.append(" and o.rank = :rank");
            params.put("rank", search.rank());
        }
        if (search.gender() != null) {
            where.append(" and o.gender = :gender");
            params.put("gender", search.gender());
        }
        if (search.policeUnitId() != null) {
            where.append(" and exists (select 1 from Posting p where p.officer = o and p.policeUnit.id = :unit"
                    + " and p.fromDate <= :asOf and (p.toDate is null or p.toDate >= :asOf))");
            params.put("unit", search.policeUnitId());
            params.put("asOf", search.asOf());
        }
        if (search.text() != null) {
            where.append(" and ").append(FoldedSearch.contains("o.searchText", "text"));
            params.put("text", FoldedSearch.escapeLike(search.text()));
        }
        return find(where.toString(), sort, params);
    }

    public Optional<PoliceOfficer> withIdNumber(String idNumber, Long exceptId) {
        return find("idNumber = ?1 and id <> ?2", idNumber, exceptId == null ? -1L : exceptId).firstResultOptional();
    }
}
