package vn.gov.antq.models.repository;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.models.model.SafeUnitKind;
import vn.gov.antq.models.model.SafeUnitRecognition;

@ApplicationScoped
public class SafeUnitRecognitionRepository implements PanacheRepository<SafeUnitRecognition> {

    /** The unique index every verdict is checked against: one per unit (commune, kind, folded name) and year. */
    public static final String ONCE_A_YEAR = "safe_unit_once_a_year";

    public PanacheQuery<SafeUnitRecognition> search(SafeUnitRecognitionSearch search, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.provinceCode() != null) {
            where.append(" and provinceCode = :province");
            params.put("province", search.provinceCode());
        }
        if (search.communeCode() != null) {
            where.append(" and communeCode = :commune");
            params.put("commune", search.communeCode());
        }
        if (search.year() != null) {
            where.append(" and recognitionYear = :year");
            params.put("year", search.year());
        }
        if (search.unitKind() != null) {
            where.append(" and unitKind = :unitKind");
            params.put("unitKind", search.unitKind());
        }
        if (search.result() != null) {
            where.append(" and result = :result");
            params.put("result", search.result());
        }
        if (search.text() != null) {
            where.append(" and searchText like concat('%', function('antq_fold', :text), '%') escape '\\'");
            params.put("text", SearchText.escapeLike(search.text()));
        }
        return find(where.toString(), sort, params);
    }

    /** The verdict already recorded for this unit and year, as {@link #ONCE_A_YEAR} compares names (folded). */
    public Optional<SafeUnitRecognition> verdictFor(String communeCode, SafeUnitKind kind, String unitName, int year, Long exceptId) {
        return find("communeCode = ?1 and unitKind = ?2 and searchText = function('antq_fold', ?3) and recognitionYear = ?4 and id <> ?5",
                communeCode, kind, unitName, year, exceptId == null ? -1L : exceptId).firstResultOptional();
    }
}
