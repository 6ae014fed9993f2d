package vn.gov.antq.staffing.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.gov.antq.commons.tallies.ProvinceReport;

/** A training (tập huấn): one course, or reported totals for a period. The organising unit is kept as reported. */
@Entity
@Table(name = "training")
public class Training extends ProvinceReport {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TrainingKind kind;

    @Column(name = "course_name", nullable = false, length = 300)
    public String courseName;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

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
}
