package vn.gov.antq.commons.communes;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.commons.audit.AuditTrail;

@ApplicationScoped
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class CommuneRepository implements PanacheRepositoryBase<Commune, String> {

    private static final int IMPORT_BATCH_SIZE = 100;

    public PanacheQuery<Commune> search(CommuneSearch search, Sort sort) {
        StringBuilder where = new StringBuilder("validFrom <= :date and (validTo is null or validTo >= :date)");
        Map<String, Object> params = new HashMap<>();
        params.put("date", search.date());
        if (search.provinceCode() != null) {
            where.append(" and provinceCode = :province");
            params.put("province", search.provinceCode());
        }
        if (search.type() != null) {
            where.append(" and code in (select t.code from Commune t join t.typePeriods p where p.type = :type"
                    + " and p.validFrom <= :date and (p.validTo is null or p.validTo >= :date))");
            params.put("type", search.type());
        }
        if (search.text() != null) {
            where.append(" and searchText like concat('%', function('antq_commune_fold', :text), '%') escape '\\'");
            params.put("text", escapeLike(search.text()));
        }
        return find(where.toString(), sort, params);
    }

    /** Every commune with its type history, by code: what an import compares the list with. */
    public Map<String, Commune> allByCode() {
        Map<String, Commune> byCode = new LinkedHashMap<>();
        find("select distinct c from Commune c left join fetch c.typePeriods order by c.code").list()
                .forEach(c -> byCode.put(c.code, c));
        return byCode;
    }

    /**
     * Serialises imports (both lists), so two uploads at once cannot interleave; readers are not blocked. Held until the
     * import's transaction ends.
     */
    public void lockForImport() {
        getEntityManager().createNativeQuery("lock table commune, commune_type_period, commune_succession in exclusive mode")
                .executeUpdate();
    }

    /** Sends this transaction's inserts and updates in JDBC batches: an import writes thousands of rows. */
    public void batchWrites() {
        getEntityManager().unwrap(Session.class).setJdbcBatchSize(IMPORT_BATCH_SIZE);
    }

    /** The user's words are matched literally: LIKE wildcards in them are escaped. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
