package vn.gov.antq.commons.audit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepository<AuditEvent> {
}
