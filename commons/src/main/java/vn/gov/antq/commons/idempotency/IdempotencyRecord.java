package vn.gov.antq.commons.idempotency;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A POST executed under an {@code Idempotency-Key}: the request it was for (as a fingerprint) and the response it
 * got, which retries with the same key receive again. Rows are inserted by {@link IdempotencyRecordRepository#claim}
 * (native SQL, so a concurrent duplicate waits on the primary key) and completed once the write has run.
 */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @EmbeddedId
    private IdempotencyRecordId id;

    @Column(name = "request_fingerprint", nullable = false, length = 64)
    private String requestFingerprint;

    @Column(name = "response_status")
    private Integer responseStatus;

    @Column(name = "response_location", columnDefinition = "text")
    private String responseLocation;

    @Column(name = "response_etag", columnDefinition = "text")
    private String responseEtag;

    /** The JSON body exactly as sent, so a replay is byte-for-byte the original. */
    @Column(name = "response_body", columnDefinition = "text")
    private String responseBody;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
        // for JPA; rows are created by IdempotencyRecordRepository.claim
    }

    public IdempotencyRecordId id() {
        return id;
    }

    public String requestFingerprint() {
        return requestFingerprint;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isComplete() {
        return responseStatus != null;
    }

    public StoredResponse response() {
        if (!isComplete()) {
            throw new IllegalStateException("Idempotency record has no response yet");
        }
        return new StoredResponse(responseStatus, responseLocation, responseEtag, responseBody);
    }
}
