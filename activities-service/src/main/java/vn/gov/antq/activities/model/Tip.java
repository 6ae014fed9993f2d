package vn.gov.antq.activities.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A citizen's tip-off (tin báo, tố giác). */
@Entity
@Table(name = "tip")
public class Tip {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public TipChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public TipCategory category;

    /** The propaganda activity a slip tip was collected at; only for {@link TipChannel#PROPAGANDA_SESSION_SLIP}. */
    @Column(name = "activity_id")
    public Long activityId;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Column(name = "commune_code", length = 5)
    public String communeCode;

    @Column(nullable = false, length = 4000)
    public String summary;

    /** The tipster's identity as {@code keyId:base64(iv ‖ AES-GCM ciphertext)}; null for an anonymous tip. */
    @Column(name = "reporter_identity")
    public String reporterIdentity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TipStatus status;

    @Column(name = "status_since", nullable = false)
    public Instant statusSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_valuable_reason", length = 20)
    public NotValuableReason notValuableReason;

    @Column(name = "forwarded_to", length = 300)
    public String forwardedTo;

    @Column(name = "cases_solved", nullable = false)
    public int casesSolved;

    @Column(name = "suspects_arrested", nullable = false)
    public int suspectsArrested;

    @Column(name = "wanted_caught", nullable = false)
    public int wantedCaught;

    @Column(name = "wanted_surrendered", nullable = false)
    public int wantedSurrendered;

    /** Case references, one per line. */
    @Column(name = "case_refs", length = 2000)
    public String caseRefs;

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
