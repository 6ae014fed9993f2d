package vn.gov.antq.staffing.model;

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

import vn.gov.antq.commons.communes.Commune;

/** The police of one current commune (Công an xã, phường, đặc khu). */
@Entity
@Table(name = "police_unit")
public class PoliceUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The commune's current province, kept here for scope filters. */
    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Column(name = "commune_code", nullable = false, length = 5)
    public String communeCode;

    /** The registry's commune, for its name and its type on a date; written through {@link #communeCode}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commune_code", insertable = false, updatable = false)
    public Commune commune;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 500)
    public String address;

    @Column(length = 11)
    public String phone;

    @Column(name = "regular_since")
    public LocalDate regularSince;

    @Column(length = 2000)
    public String notes;

    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
