package vn.gov.antq.models.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Totals a province or commune reported for a period where no detailed records exist (the seed reports' "1,611
 * people's security teams"). The unit is kept as reported, with the current units it belongs to beside it.
 */
@Entity
@Table(name = "model_tally")
public class ModelTally {

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

    /** Null: the tally covers every model type. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "type_code")
    public ModelType type;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    @Column(name = "model_types")
    public Integer modelTypes;

    public Integer models;

    public Integer sites;

    public Integer teams;

    public Integer members;

    public Integer cameras;

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
}
