package vn.gov.antq.activities.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Information a tipster added to a tip through its receipt. */
@Entity
@Table(name = "tip_addition")
public class TipAddition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tip_id", nullable = false)
    public Tip tip;

    @Column(nullable = false, length = 4000)
    public String text;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;
}
