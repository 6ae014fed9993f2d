package vn.gov.antq.staffing.model;

import java.time.Instant;

/**
 * Figures a province or commune reported (semi-professional and regular police tallies, trainings), kept under the
 * current province and commune they count under: what the services writing them have in common.
 */
public interface ProvinceReport {

    Long id();

    /** The current province: scope and aggregation. */
    String provinceCode();

    /** The current commune; null for a province-wide report. */
    String communeCode();

    long version();

    /** Stamps a write: updatedAt now, createdAt too on the first one. */
    void touch(Instant now);
}
