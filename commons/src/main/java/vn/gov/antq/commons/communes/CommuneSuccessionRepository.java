package vn.gov.antq.commons.communes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.commons.audit.AuditTrail;

@ApplicationScoped
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class CommuneSuccessionRepository implements PanacheRepository<CommuneSuccession> {

    /** Both filters optional; uses the old-code and new-code indexes. */
    public PanacheQuery<CommuneSuccession> search(String oldCode, String newCode, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (oldCode != null) {
            where.append(" and oldCommuneCode = :old");
            params.put("old", oldCode);
        }
        if (newCode != null) {
            where.append(" and newCommune.code = :new");
            params.put("new", newCode);
        }
        return find(where.toString(), sort, params);
    }

    /** The current commune(s) an old commune went to. */
    public List<CommuneSuccession> fromOld(String oldCode) {
        return find("from CommuneSuccession s join fetch s.newCommune where s.oldCommuneCode = ?1 order by s.newCommune.code", oldCode)
                .list();
    }

    /** The old communes (and areas) that went into a current commune. */
    public List<CommuneSuccession> into(String newCode) {
        return find("newCommune.code = ?1", Sort.by("oldCommuneCode", Sort.NullPrecedence.NULLS_LAST).and("id"), newCode).list();
    }

    public boolean anyLoaded() {
        return find("1 = 1").firstResultOptional().isPresent();
    }
}
