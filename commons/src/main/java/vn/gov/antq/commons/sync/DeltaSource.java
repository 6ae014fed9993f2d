package vn.gov.antq.commons.sync;

import java.util.regex.Pattern;

/**
 * Which entity a delta query reads and how its attributes are named. Records must carry a change time that every
 * write stamps at flush (e.g. {@code @PrePersist @PreUpdate} setting {@code updatedAt = Instant.now()}), indexed
 * together with the id and with each scope column.
 *
 * @param entity the JPA entity class
 * @param resourceType the type its tombstones are recorded under ({@link Tombstones#record})
 * @param changedAt attribute holding the time of the last change
 * @param id attribute holding the id (tiebreaker of the order)
 * @param province attribute holding the record's current province code
 * @param commune attribute holding its commune code, or null when the records have none
 */
public record DeltaSource<E>(Class<E> entity, String resourceType, String changedAt, String id, String province, String commune) {

    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public DeltaSource {
        // Attribute names go into JPQL: only plain identifiers.
        for (String attribute : new String[] { changedAt, id, province }) {
            if (attribute == null || !ATTRIBUTE.matcher(attribute).matches()) {
                throw new IllegalArgumentException("Not an attribute name: " + attribute);
            }
        }
        if (commune != null && !ATTRIBUTE.matcher(commune).matches()) {
            throw new IllegalArgumentException("Not an attribute name: " + commune);
        }
        if (entity == null || resourceType == null || resourceType.isBlank()) {
            throw new IllegalArgumentException("An entity class and a resource type are required");
        }
    }

    /** The usual names: {@code updatedAt}, {@code id}, {@code provinceCode}, {@code communeCode}. */
    public static <E> DeltaSource<E> of(Class<E> entity, String resourceType) {
        return new DeltaSource<>(entity, resourceType, "updatedAt", "id", "provinceCode", "communeCode");
    }

    /** For records scoped to a province only. */
    public DeltaSource<E> withoutCommune() {
        return new DeltaSource<>(entity, resourceType, changedAt, id, province, null);
    }
}
