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

/** A review of a model for a period; a review may recognise the model as an advanced exemplar (điển hình tiên tiến). */
@Entity
@Table(name = "model_review")
public class ModelReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "model_id", nullable = false)
    public SecurityModel model;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ReviewKind kind;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ReviewRating rating;

    @Column(nullable = false)
    public boolean exemplar;

    @Column(name = "reviewing_body", nullable = false, length = 300)
    public String reviewingBody;

    @Column(length = 4000)
    public String notes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
