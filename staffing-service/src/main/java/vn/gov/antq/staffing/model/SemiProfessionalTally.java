package vn.gov.antq.staffing.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.gov.antq.commons.tallies.ProvinceReport;

/**
 * A reported headcount of the semi-professional commune police (Công an xã bán chuyên trách), a force that existed
 * until 2024-06-30 and is known only through such totals. The unit is kept as reported, with the current units it
 * belongs to beside it.
 */
@Entity
@Table(name = "semi_professional_tally")
public class SemiProfessionalTally extends ProvinceReport {

    /** Set for a headcount on one day; the period is then that day. */
    @Column(name = "as_of")
    public LocalDate asOf;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    public Integer chiefs;

    @Column(name = "deputy_chiefs", nullable = false)
    public int deputyChiefs;

    @Column(name = "standing_officers", nullable = false)
    public int standingOfficers;

    @Column(name = "hamlet_officers", nullable = false)
    public int hamletOfficers;

    @Column(name = "source_document", nullable = false, length = 500)
    public String sourceDocument;

    @Column(length = 4000)
    public String notes;

    /** Everyone counted, chiefs included when reported. */
    public int total() {
        return (chiefs == null ? 0 : chiefs) + deputyChiefs + standingOfficers + hamletOfficers;
    }
}
