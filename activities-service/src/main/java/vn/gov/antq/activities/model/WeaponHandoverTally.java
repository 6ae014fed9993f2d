package vn.gov.antq.activities.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import vn.gov.antq.commons.tallies.ProvinceReport;

/** Totals of handed-over or seized weapons a province or commune reported for a period where no detailed handovers exist. */
@Entity
@Table(name = "weapon_handover_tally")
public class WeaponHandoverTally extends ProvinceReport {

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

    /** See {@link WeaponHandover#items()}. */
    public WeaponQuantities figures() {
        if (figures == null) {
            figures = new WeaponQuantities();
        }
        return figures;
    }
}
