package vn.gov.antq.commons.communes;

import java.time.Instant;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One edge of the 2025-07-01 reform: (part of) an old commune that went into a current one. The old commune is
 * described as it was before the reform: its code, name, province and district (districts were abolished).
 */
@Entity
@Table(name = "commune_succession")
public class CommuneSuccession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commune_succession_id")
    @SequenceGenerator(name = "commune_succession_id", sequenceName = "commune_succession_id_seq", allocationSize = 50)
    public Long id;

    /** Null only for {@link SuccessionKind#NO_OLD_COMMUNE}. */
    @Column(name = "old_commune_code", length = 5)
    public String oldCommuneCode;

    @Column(name = "old_commune_name", length = 100)
    public String oldCommuneName;

    /** Read from the old name's prefix; null when the name has none. */
    @Enumerated(EnumType.STRING)
    @Column(name = "old_commune_type", length = 20)
    public CommuneType oldCommuneType;

    /** Pre-reform province code, one of AdministrativeUnits' 63. */
    @Column(name = "old_province_code", nullable = false, length = 2)
    public String oldProvinceCode;

    @Column(name = "old_district_code", nullable = false, length = 3)
    public String oldDistrictCode;

    @Column(name = "old_district_name", nullable = false, length = 100)
    public String oldDistrictName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "new_commune_code", nullable = false)
    public Commune newCommune;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public SuccessionKind kind;

    /** The list's note as published, e.g. "Nhập một phần diện tích, toàn bộ dân số". */
    @Column(length = 500)
    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
