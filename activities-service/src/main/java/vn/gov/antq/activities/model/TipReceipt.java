package vn.gov.antq.activities.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The follow-up receipt of a tip submitted by a citizen: a public code and the PBKDF2 hash of its secret. */
@Entity
@Table(name = "tip_receipt")
public class TipReceipt {

    @Id
    @Column(name = "tip_id")
    public Long tipId;

    @Column(nullable = false, length = 20, unique = true)
    public String code;

    /** {@code iterations:base64(salt):base64(hash)}. */
    @Column(name = "secret_hash", nullable = false, length = 200)
    public String secretHash;

    @Column(name = "failed_attempts", nullable = false)
    public int failedAttempts;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
