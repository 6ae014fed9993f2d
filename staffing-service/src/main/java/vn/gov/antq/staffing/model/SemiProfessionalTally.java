package vn.gov.antq.staffing.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A reported headcount of the semi-professional commune police (Công an xã bán chuyên trách), a force that existed
 * until 2024-06-30 and is known only through such totals. The unit is kept as reported, with the current units it
 * belongs to beside it.
 */
@Entity
@Table(name = "semi_professional_tally")
public class SemiProfessionalTally implements ProvinceReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** As reported: always a pre-2025 province code, since every tally ends before 2024-07-01. */
    @Column(name = "reported_province_code", nullable = false, length = 2)
    public String reportedProvinceCode;

    /** The current province the reported one was merged into: scope and aggregation. */
    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Column(name = "reported_commune_code", length = 5)
    public String reportedCommuneCode;

    /** The current commune the reported one went into; null for a province-wide tally. */
    @Column(name = "commune_code", length = 5)
    public String communeCode;

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

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** Everyone counted, chiefs included when reported. */
    public int total() {
        return (chiefs == null ? 0 : chiefs) + deputyChiefs + standingOfficers + hamletOfficers;
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public String provinceCode() {
        return provinceCode;
    }

    @Override
    public String communeCode() {
        return communeCode;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void touch(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }
}
