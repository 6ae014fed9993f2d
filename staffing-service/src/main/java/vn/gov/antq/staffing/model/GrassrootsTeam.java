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

/** A team of the grassroots security and order force (Tổ bảo vệ an ninh, trật tự): one per hamlet or residential group. */
@Entity
@Table(name = "grassroots_team")
public class GrassrootsTeam {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The commune's current province, kept here for scope filters. */
    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    /** A current commune; never changes once recorded. */
    @Column(name = "commune_code", nullable = false, length = 5)
    public String communeCode;

    @Column(name = "hamlet_name", nullable = false, length = 200)
    public String hamletName;

    @Enumerated(EnumType.STRING)
    @Column(name = "hamlet_kind", nullable = false, length = 30)
    public HamletKind hamletKind;

    @Column(name = "established_on", nullable = false)
    public LocalDate establishedOn;

    /** The first day the team no longer exists. */
    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;

    @Column(name = "decision_ref", length = 200)
    public String decisionRef;

    @Column(length = 4000)
    public String notes;

    @Column(name = "hamlet_key", insertable = false, updatable = false)
    public String hamletKey;

    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public boolean activeOn(LocalDate day) {
        return !establishedOn.isAfter(day) && (dissolvedOn == null || dissolvedOn.isAfter(day));
    }
}
