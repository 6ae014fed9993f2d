package vn.gov.antq.models.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A yearly "An toàn về an ninh, trật tự" verdict on a unit (TT 124/2021/TT-BCA). */
@Entity
@Table(name = "safe_unit_recognition")
public class SafeUnitRecognition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_kind", nullable = false, length = 20)
    public SafeUnitKind unitKind;

    @Column(name = "unit_name", nullable = false, length = 300)
    public String unitName;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Column(name = "commune_code", nullable = false, length = 5)
    public String communeCode;

    @Column(name = "recognition_year", nullable = false)
    public int recognitionYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public RecognitionResult result;

    @Column(name = "decision_ref", length = 100)
    public String decisionRef;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(length = 2000)
    public String notes;

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
