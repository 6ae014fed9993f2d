package vn.gov.antq.commons.communes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

/** A commune-level unit in force since the 2025-07-01 reform (xã, phường, đặc khu), with its type over time. */
@Entity
@Table(name = "commune")
@BatchSize(size = 50)
public class Commune {

    @Id
    @Column(length = 5)
    public String code;

    @Column(nullable = false, length = 100)
    public String name;

    /** Current province code. */
    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** Last day in force; null while in force. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    @ElementCollection
    @CollectionTable(name = "commune_type_period", joinColumns = @JoinColumn(name = "commune_code"))
    @OrderBy("validFrom")
    @BatchSize(size = 50)
    public List<TypePeriod> typePeriods = new ArrayList<>();

    /** Folded name and code, kept by the database for diacritics-insensitive search. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public Optional<CommuneType> typeOn(LocalDate date) {
        return typePeriods.stream().filter(p -> p.covers(date)).map(p -> p.type).findFirst();
    }
}
