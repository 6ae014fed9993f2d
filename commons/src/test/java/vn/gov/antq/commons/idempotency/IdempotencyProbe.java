package vn.gov.antq.commons.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Test-only entity created through the idempotent POST path. */
@Entity
@Table(name = "idempotency_probe")
public class IdempotencyProbe {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    IdempotencyProbeView view() {
        return new IdempotencyProbeView(id, name, provinceCode);
    }

    public record IdempotencyProbeView(Long id, String name, String provinceCode) {
    }
}
