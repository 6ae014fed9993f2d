package vn.gov.antq.staffing.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.gov.antq.commons.tallies.ProvinceReport;

/**
 * A reported headcount of the regular commune police (Công an xã chính quy) on a day, for units without detailed
 * postings: every report before the 2025-07-01 reform, and later reports of units whose postings are not recorded. The
 * unit is kept as reported, with the current units it counts under beside it.
 */
@Entity
@Table(name = "regular_police_tally")
public class RegularPoliceTally extends ProvinceReport {

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    /** Null when the report does not say. */
    @Column(name = "communes_with_regular_police")
    public Integer communesWithRegularPolice;

    @Column(nullable = false)
    public int chiefs;

    @Column(nullable = false)
    public int deputies;

    @Column(nullable = false)
    public int officers;

    @Column(name = "source_document", nullable = false, length = 500)
    public String sourceDocument;

    @Column(length = 4000)
    public String notes;

    /** Every regular officer counted: chiefs, deputies and officers. */
    public int total() {
        return chiefs + deputies + officers;
    }
}
