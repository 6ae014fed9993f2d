package vn.gov.antq.commons.tallies;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Figures a province or commune reported as totals (the services' tallies, reported trainings): the unit as reported,
 * and the current province and commune the figures count under, beside it. Their tables share these columns.
 */
@MappedSuperclass
public abstract class ProvinceReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** As reported: a pre-2025 province code for days before 2025-07-01, a current one from then on. */
    @Column(name = "reported_province_code", nullable = false, length = 2)
    public String reportedProvinceCode;

    /** The current province the reported one is or was merged into: scope and aggregation. */
    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    /** As reported; null for a province-wide report. */
    @Column(name = "reported_commune_code", length = 5)
    public String reportedCommuneCode;

    /** The one current commune the reported one is or went into; null for a province-wide report. */
    @Column(name = "commune_code", length = 5)
    public String communeCode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** Stamps a write: updatedAt now, createdAt too on the first one. */
    public void touch(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }
}
