package vn.gov.antq.activities.model;

/** Why a verified tip was of no value. */
public enum NotValuableReason {
    UNFOUNDED, DUPLICATE, PRANK, INSUFFICIENT
}
