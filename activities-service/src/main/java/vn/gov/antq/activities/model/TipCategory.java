package vn.gov.antq.activities.model;

/** What a tip is about. */
public enum TipCategory {
    DRUGS, THEFT, FRAUD, GAMBLING, WEAPONS_EXPLOSIVES, WANTED_PERSON, NATIONAL_SECURITY, PUBLIC_ORDER, TRAFFIC, SMUGGLING,
    HUMAN_TRAFFICKING, ENVIRONMENT, OTHER
}
