package vn.gov.antq.activities.model;

import java.time.Instant;

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

/** One dated workflow transition of a tip. */
@Entity
@Table(name = "tip_status_change")
public class TipStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tip_id", nullable = false)
    public Tip tip;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    public TipStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    public TipStatus toStatus;

    @Column(name = "effective_at", nullable = false)
    public Instant effectiveAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_valuable_reason", length = 20)
    public NotValuableReason notValuableReason;

    @Column(name = "forwarded_to", length = 300)
    public String forwardedTo;

    @Column(length = 1000)
    public String note;

    @Column(name = "changed_by", nullable = false, length = 200)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
