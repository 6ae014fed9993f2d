package vn.gov.antq.activities.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Weapons, explosives or firecrackers handed over to or seized by the police in a unit on a day (thu hồi vũ khí, vật liệu nổ). */
@Entity
@Table(name = "weapon_handover")
public class WeaponHandover {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "handed_over_on", nullable = false)
    public LocalDate handedOverOn;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    /** As valid on the handover day: a pre-reform code before 2025-07-01, like activities. */
    @Column(name = "commune_code", length = 5)
    public String communeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public HandoverSource source;

    /** The tip that led to it, of the same province. */
    @Column(name = "tip_id")
    public Long tipId;

    @Embedded
    public WeaponQuantities items = new WeaponQuantities();

    @Column(name = "handing_party", length = 300)
    public String handingParty;

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

    /** Hibernate loads an embedded object whose columns are all null as null; the schema forbids that, this guards it. */
    public WeaponQuantities items() {
        if (items == null) {
            items = new WeaponQuantities();
        }
        return items;
    }
}
