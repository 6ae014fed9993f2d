package vn.gov.antq.activities.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Totals of propaganda activities a province or commune reported for a period where no detailed activities exist. */
@Entity
@Table(name = "activity_tally")
public class ActivityTally {

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

    /** Null: every form together. */
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    public ActivityForm form;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    public Integer activities;

    public Integer participants;

    public Integer sessions;

    public Integer leaflets;

    public Integer booklets;

    @Column(name = "banners_slogans")
    public Integer bannersSlogans;

    @Column(name = "panels_posters")
    public Integer panelsPosters;

    /** Banners, slogans, panels and posters together, where the report does not split them. */
    @Column(name = "banners_slogans_panels_posters")
    public Integer bannersSlogansPanelsPosters;

    @Column(name = "broadcast_minutes")
    public Integer broadcastMinutes;

    @Column(name = "screening_hours", precision = 9, scale = 1)
    public BigDecimal screeningHours;

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
