package vn.gov.antq.commons.idempotency;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Keys are per caller: two callers may use the same key independently. */
@Embeddable
public class IdempotencyRecordId implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "idempotency_key", nullable = false, length = IdempotencyKey.MAX_LENGTH)
    private String key;

    protected IdempotencyRecordId() {
        // for JPA
    }

    public IdempotencyRecordId(String subject, String key) {
        this.subject = subject;
        this.key = key;
    }

    public String subject() {
        return subject;
    }

    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdempotencyRecordId id && subject.equals(id.subject) && key.equals(id.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, key);
    }
}
