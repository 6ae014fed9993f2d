package vn.gov.antq.commons.sync;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The mark a deleted record leaves, so that delta queries can tell clients to drop their copy. */
@Entity
@Immutable
@Table(name = "tombstone")
public class Tombstone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resource_type", nullable = false, length = 80)
    private String resourceType;

    @Column(name = "resource_id", nullable = false, length = 100)
    private String resourceId;

    /** Scope of the record when it was deleted: who may learn of the deletion. */
    @Column(name = "province_code", length = 2)
    private String provinceCode;

    @Column(name = "commune_code", length = 5)
    private String communeCode;

    @Column(name = "deleted_at", nullable = false)
    private Instant deletedAt;

    @Column(name = "deleted_by", nullable = false, length = 200)
    private String deletedBy;

    protected Tombstone() {
        // for JPA
    }

    public Tombstone(String resourceType, String resourceId, String provinceCode, String communeCode, Instant deletedAt,
            String deletedBy) {
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.provinceCode = provinceCode;
        this.communeCode = communeCode;
        this.deletedAt = deletedAt;
        this.deletedBy = deletedBy;
    }

    public Long id() {
        return id;
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

    public Instant deletedAt() {
        return deletedAt;
    }

    public String deletedBy() {
        return deletedBy;
    }
}
