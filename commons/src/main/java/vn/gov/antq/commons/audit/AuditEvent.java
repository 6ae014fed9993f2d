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
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_subject", nullable = false, length = 200)
    private String actorSubject;

    /** Roles of the actor at the time, comma-separated. */
    @Column(name = "actor_roles", nullable = false, length = 500)
    private String actorRoles;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "resource_type", nullable = false, length = 80)
    private String resourceType;

    @Column(name = "resource_id", nullable = false, length = 100)
    private String resourceId;

    @Column(name = "province_code", length = 2)
    private String provinceCode;

    @Column(name = "commune_code", length = 5)
    private String communeCode;

    /** Changed fields with old and new values, as a JSON document. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String changes;

    @Column(name = "request_id", length = 64)
    private String requestId;

    protected AuditEvent() {
        // for JPA
    }

    /** Entries are immutable once written: everything is given here, nothing can be set later. */
    public AuditEvent(Instant occurredAt,
            String actorSubject,
            String actorRoles,
            String action,
            String resourceType,
            String resourceId,
            String provinceCode,
            String communeCode,
            String changes,
            String requestId) {
        this.occurredAt = occurredAt;
        this.actorSubject = actorSubject;
        this.actorRoles = actorRoles;
        this.action = action;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.provinceCode = provinceCode;
        this.communeCode = communeCode;
        this.changes = changes;
        this.requestId = requestId;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actorSubject() {
        return actorSubject;
    }

    public String actorRoles() {
        return actorRoles;
    }

    public String action() {
        return action;
    }

    public String resourceType() {
        return resourceType;
    }

    public String resourceId() {
        return resourceId;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String communeCode() {
        return communeCode;
    }

    public String changes() {
        return changes;
    }

    public String requestId() {
        return requestId;
    }
}
