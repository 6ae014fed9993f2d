package vn.gov.antq.activities.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.gov.antq.commons.tallies.ProvinceReport;

/** Totals of propaganda activities a province or commune reported for a period where no detailed activities exist. */
@Entity
@Table(name = "activity_tally")
public class ActivityTally extends ProvinceReport {

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
}
