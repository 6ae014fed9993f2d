package vn.gov.antq.staffing.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A regular police officer of a province's police, who may be posted to its commune police units. */
@Entity
@Table(name = "police_officer")
public class PoliceOfficer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Column(name = "full_name", nullable = false, length = 200)
    public String fullName;

    @Column(name = "birth_year", nullable = false)
    public int birthYear;

    @Column(name = "id_number", length = 12)
    public String idNumber;

    @Column(length = 11)
    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public PoliceRank rank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Gender gender;

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
