package vn.gov.antq.activities.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Totals of handed-over or seized weapons a province or commune reported for a period where no detailed handovers exist. */
@Entity
@Table(name = "weapon_handover_tally")
public class WeaponHandoverTally {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** As reported: a pre-2025 code for periods before 2025-07-01. */
    @Column(name = "reported_province_code", nullable = false, length = 2)
    public String reportedProvinceCode;

    /** The current province the reported one belongs to: scope and aggregation. */
    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Column(name = "reported_commune_code", length = 5)
    public String reportedCommuneCode;

    /** The current commune the reported commune belongs to; null for a province-wide tally. */
    @Column(name = "commune_code", length = 5)
    public String communeCode;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    @Embedded
    public WeaponQuantities figures = new WeaponQuantities();

    @Column(name = "source_document", nullable = false, length = 500)
    public String sourceDocument;

    @Column(length = 4000)
    public String notes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** See {@link WeaponHandover#items()}. */
    public WeaponQuantities figures() {
        if (figures == null) {
            figures = new WeaponQuantities();
        }
        return figures;
    }
}
