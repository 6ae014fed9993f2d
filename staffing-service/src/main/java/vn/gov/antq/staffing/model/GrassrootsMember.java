package vn.gov.antq.staffing.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One membership of a person in a grassroots team. Name, birth date, residence and phone are personal data. */
@Entity
@Table(name = "grassroots_member")
public class GrassrootsMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    public GrassrootsTeam team;

    /** The team's, copied for scope filters and delta sync. */
    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Column(name = "commune_code", nullable = false, length = 5)
    public String communeCode;

    @Column(name = "full_name", nullable = false, length = 200)
    public String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MemberRole role;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(name = "residence_since", nullable = false)
    public LocalDate residenceSince;

    @Column(length = 30)
    public String phone;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    /** The first day no longer a member. */
    @Column(name = "left_on")
    public LocalDate leftOn;

    @Column(name = "age_exception_ref", length = 200)
    public String ageExceptionRef;

    @Column(name = "age_exception_date")
    public LocalDate ageExceptionDate;

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
