package vn.gov.antq.activities.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One propaganda activity (hoạt động tuyên truyền), held on a day or over a period, in a province and maybe a commune. */
@Entity
@Table(name = "propaganda_activity")
public class PropagandaActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 300)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public ActivityForm form;

    /** Comma-separated {@link ActivityTopic} codes, at least one. */
    @Column(nullable = false, length = 400)
    public String topics;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Column(name = "commune_code", length = 5)
    public String communeCode;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public ActivityOrganiser organiser;

    public Integer sessions;

    public Integer participants;

    public Integer leaflets;

    public Integer booklets;

    @Column(name = "banners_slogans")
    public Integer bannersSlogans;

    @Column(name = "panels_posters")
    public Integer panelsPosters;

    @Column(name = "broadcast_minutes")
    public Integer broadcastMinutes;

    @Column(name = "screening_hours", precision = 7, scale = 1)
    public BigDecimal screeningHours;

    /** Comma-separated {@link ActivityLanguage} codes, at least one. */
    @Column(nullable = false, length = 300)
    public String languages;

    @Column(length = 300)
    public String location;

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
