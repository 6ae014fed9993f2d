package vn.gov.antq.models.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A site (điểm): one place in a commune where a model is applied, with its teams and members. */
@Entity
@Table(name = "model_site")
public class ModelSite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "model_id", nullable = false)
    public SecurityModel model;

    /** The model's province, kept here for scope filters and statistics. */
    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Column(name = "commune_code", nullable = false, length = 5)
    public String communeCode;

    @Column(name = "place_name", nullable = false, length = 300)
    public String placeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind", nullable = false, length = 30)
    public PlaceKind placeKind;

    @Column(nullable = false)
    public int teams;

    @Column(nullable = false)
    public int members;

    public Integer households;

    public Integer cameras;

    @Column(name = "established_on", nullable = false)
    public LocalDate establishedOn;

    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;

    @Column(precision = 9, scale = 6)
    public BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    public BigDecimal longitude;

    @Column(name = "contact_name", length = 200)
    public String contactName;

    @Column(name = "contact_phone", length = 30)
    public String contactPhone;

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
