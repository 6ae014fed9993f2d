package vn.gov.antq.commons.concurrency;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Test-only entity: versioned (ETag, If-Match) and stamped with its change time (delta sync), as domain records are. */
@Entity
@Table(name = "versioned_probe")
public class VersionedProbe {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Column(name = "commune_code", length = 5)
    public String communeCode;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Stamped at flush, as late as possible before the commit (see SyncConfig.safetyWindow). */
    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    VersionedProbeView view() {
        return new VersionedProbeView(id, name, provinceCode, communeCode, version, updatedAt);
    }

    public record VersionedProbeView(Long id, String name, String provinceCode, String communeCode, long version,
            Instant updatedAt) {
    }
}
