package vn.gov.antq.commons.audit;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class AuditEventRepository implements PanacheRepository<AuditEvent> {

    public PanacheQuery<AuditEvent> search(AuditEventSearch search, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.resourceType() != null) {
            where.append(" and resourceType = :resourceType");
            params.put("resourceType", search.resourceType());
        }
        if (search.resourceId() != null) {
            where.append(" and resourceId = :resourceId");
            params.put("resourceId", search.resourceId());
        }
        if (search.actor() != null) {
            where.append(" and actorSubject = :actor");
            params.put("actor", search.actor());
        }
        if (search.from() != null) {
            where.append(" and occurredAt >= :from");
            params.put("from", search.from());
        }
        if (search.to() != null) {
            where.append(" and occurredAt < :to");
            params.put("to", search.to());
        }
        if (search.provinceCode() != null) {
            where.append(" and provinceCode = :province");
            params.put("province", search.provinceCode());
        }
        return find(where.toString(), sort, params);
    }
}
