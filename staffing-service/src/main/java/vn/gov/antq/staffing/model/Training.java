package vn.gov.antq.staffing.model;

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

/** A training (tập huấn): one course, or reported totals for a period. The organising unit is kept as reported. */
@Entity
@Table(name = "training")
public class Training implements ProvinceReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TrainingKind kind;

    @Column(name = "course_name", nullable = false, length = 300)
    public String courseName;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    /** As reported: a pre-2025 code for periods before 2025-07-01. */
    @Column(name = "reported_province_code", nullable = false, length = 2)
    public String reportedProvinceCode;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Column(name = "reported_commune_code", length = 5)
    public String reportedCommuneCode;

    @Column(name = "commune_code", length = 5)
    public String communeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "trainee_group", nullable = false, length = 40)
    public TraineeGroup traineeGroup;

    @Column(nullable = false)
    public int participants;

    @Enumerated(EnumType.STRING)
    @Column(name = "participants_counted", nullable = false, length = 20)
    public ParticipantCount participantsCounted;

    public Integer sessions;

    @Column(name = "source_document", length = 500)
    public String sourceDocument;

    @Column(length = 4000)
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

    @Override
    public Long id() {
        return id;
    }

    @Override
    public String provinceCode() {
        return provinceCode;
    }

    @Override
    public String communeCode() {
        return communeCode;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void touch(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }
}
