package vn.gov.antq.models.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.gov.antq.commons.tallies.ProvinceReport;

/**
 * Totals a province or commune reported for a period where no detailed records exist (the seed reports' "1,611
 * people's security teams"). The unit is kept as reported, with the current units it belongs to beside it.
 */
@Entity
@Table(name = "model_tally")
public class ModelTally extends ProvinceReport {

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
}
