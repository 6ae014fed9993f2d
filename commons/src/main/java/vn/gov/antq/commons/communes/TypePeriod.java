package vn.gov.antq.commons.communes;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A commune's type from one day to another (both included; {@code validTo} null: still so). */
@Embeddable
public class TypePeriod {

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CommuneType type;

    protected TypePeriod() {
        // for JPA
    }

    public TypePeriod(LocalDate validFrom, LocalDate validTo, CommuneType type) {
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.type = type;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypePeriod that && Objects.equals(validFrom, that.validFrom) && Objects.equals(validTo, that.validTo)
                && type == that.type;
    }

    @Override
    public int hashCode() {
        return Objects.hash(validFrom, validTo, type);
    }
}
