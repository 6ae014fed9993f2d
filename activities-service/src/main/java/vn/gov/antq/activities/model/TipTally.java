package vn.gov.antq.activities.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import vn.gov.antq.commons.tallies.ProvinceReport;

/** Totals of tips and their outcomes a province or commune reported for a period where no detailed tips exist. */
@Entity
@Table(name = "tip_tally")
public class TipTally extends ProvinceReport {

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    /** Tips received. */
    public Integer received;

    /** Tips of value. */
    public Integer valuable;

    @Column(name = "cases_solved")
    public Integer casesSolved;

    @Column(name = "suspects_arrested")
    public Integer suspectsArrested;

    @Column(name = "wanted_caught")
    public Integer wantedCaught;

    @Column(name = "wanted_surrendered")
    public Integer wantedSurrendered;

    /** Wanted persons caught or persuaded to surrender, where the report does not split them. */
    @Column(name = "wanted_caught_or_surrendered")
    public Integer wantedCaughtOrSurrendered;

    @Column(name = "source_document", nullable = false, length = 500)
    public String sourceDocument;

    @Column(length = 4000)
    public String notes;
}
