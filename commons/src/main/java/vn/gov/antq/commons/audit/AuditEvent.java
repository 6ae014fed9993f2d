package vn.gov.antq.commons.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One write recorded in the owning service's database: who did what to which record, and what changed. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_subject", nullable = false, length = 200)
    public String actorSubject;

    /** Roles of the actor at the time, comma-separated. */
    @Column(name = "actor_roles", nullable = false, length = 500)
    public String actorRoles;

    @Column(nullable = false, length = 40)
    public String action;

    @Column(name = "resource_type", nullable = false, length = 80)
    public String resourceType;

    @Column(name = "resource_id", nullable = false, length = 100)
    public String resourceId;

    @Column(name = "province_code", length = 2)
    public String provinceCode;

    @Column(name = "commune_code", length = 5)
    public String communeCode;

    /** Changed fields with old and new values, as a JSON document. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String changes;

    @Column(name = "request_id", length = 64)
    public String requestId;
}
