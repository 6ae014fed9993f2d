package vn.gov.antq.models.model;

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

/** A named self-management model run in a province (mô hình tự quản). */
@Entity
@Table(name = "security_model")
public class SecurityModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_code", nullable = false)
    public ModelType type;

    @Column(nullable = false, length = 300)
    public String name;

    /** Current (post-2025) province code. */
    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_organisation", nullable = false, length = 40)
    public LeadOrganisation leadOrganisation;

    @Column(length = 4000)
    public String description;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ModelStatus status;

    @Column(name = "status_since", nullable = false)
    public LocalDate statusSince;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replicated_from_id")
    public SecurityModel replicatedFrom;

    /** Folded name kept by the database for diacritics-insensitive search. */
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
