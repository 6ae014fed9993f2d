package vn.gov.antq.commons.sync;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.security.ScopeFilter;

@ApplicationScoped
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class TombstoneRepository implements PanacheRepository<Tombstone> {

    /** Tombstones of the type deleted strictly after {@code after}, in the scope, by deletion time then id. */
    public List<Tombstone> deletedAfter(String resourceType, Instant after, ScopeFilter scope, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(resourceType, scope, params);
        where.append(" and t.deletedAt > :after");
        params.put("after", after);
        return query(where, params).setMaxResults(limit).getResultList();
    }

    /** Tombstones of the type deleted exactly at {@code at}, in the scope, by id. */
    public List<Tombstone> deletedAt(String resourceType, Instant at, ScopeFilter scope) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(resourceType, scope, params);
        where.append(" and t.deletedAt = :at");
        params.put("at", at);
        return query(where, params).getResultList();
    }

    private TypedQuery<Tombstone> query(StringBuilder where, Map<String, Object> params) {
        TypedQuery<Tombstone> query = getEntityManager().createQuery(
                "select t from Tombstone t where " + where + " order by t.deletedAt, t.id", Tombstone.class);
        params.forEach(query::setParameter);
        return query;
    }

    private static StringBuilder where(String resourceType, ScopeFilter scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("t.resourceType = :type");
        params.put("type", resourceType);
        ScopeClauses.append(where, params, scope, "t", "provinceCode", "communeCode");
        return where;
    }
}
