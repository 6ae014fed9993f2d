package vn.gov.antq.commons.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Test-only entity written through the audited write path. */
@Entity
@Table(name = "probe_record")
public class ProbeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Column(name = "commune_code", length = 5)
    public String communeCode;

    @Column(nullable = false, length = 20)
    public String status;

    ProbeRecordView view() {
        return new ProbeRecordView(id, name, provinceCode, communeCode, status);
    }

    public record ProbeRecordView(Long id, String name, String provinceCode, String communeCode, String status) {
    }
}
