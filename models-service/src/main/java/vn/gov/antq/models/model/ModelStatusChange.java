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

/** One dated lifecycle transition of a model. */
@Entity
@Table(name = "model_status_change")
public class ModelStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "model_id", nullable = false)
    public SecurityModel model;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    public ModelStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    public ModelStatus toStatus;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(length = 1000)
    public String reason;

    @Column(name = "changed_by", nullable = false, length = 200)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
