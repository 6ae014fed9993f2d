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
 * A reported headcount of the regular commune police (Công an xã chính quy) on a day, for units without detailed
 * postings: every report before the 2025-07-01 reform, and later reports of units whose postings are not recorded. The
 * unit is kept as reported, with the current units it counts under beside it.
 */
@Entity
@Table(name = "regular_police_tally")
public class RegularPoliceTally implements ProvinceReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** As reported: a pre-2025 province code for days before 2025-07-01, a current one from then on. */
    @Column(name = "reported_province_code", nullable = false, length = 2)
    public String reportedProvinceCode;

    /** The current province the reported one is or was merged into: scope and aggregation. */
    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Column(name = "reported_commune_code", length = 5)
    public String reportedCommuneCode;

    /** The current commune the reported one is or went into; null for a province-wide tally. */
    @Column(name = "commune_code", length = 5)
    public String communeCode;

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

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** Every regular officer counted: chiefs, deputies and officers. */
    public int total() {
        return chiefs + deputies + officers;
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
