package vn.gov.antq.commons.security;

/** The roles a token carries in its {@code groups} claim (DESIGN.md §4, security issue). */
public final class Roles {

    /** Everything, including catalogs and the audit trail. */
    public static final String MINISTRY_ADMIN = "MINISTRY_ADMIN";
    /** Reads everything except personal data of tipsters. */
    public static final String MINISTRY_ANALYST = "MINISTRY_ANALYST";
    /** Reads and writes records of its province ({@code province} claim). */
    public static final String PROVINCE_OFFICER = "PROVINCE_OFFICER";
    /** Reads and writes records of its commune ({@code commune} claim); reads its province's aggregates. */
    public static final String COMMUNE_OFFICER = "COMMUNE_OFFICER";
    /** Reads aggregates and cross-province views only; never personal data. */
    public static final String PARTNER_SYSTEM = "PARTNER_SYSTEM";
    /** May reveal tipster identities within its province. */
    public static final String TIP_INVESTIGATOR = "TIP_INVESTIGATOR";

    public static final String[] ALL = {
            MINISTRY_ADMIN, MINISTRY_ANALYST, PROVINCE_OFFICER, COMMUNE_OFFICER, PARTNER_SYSTEM, TIP_INVESTIGATOR };

    private Roles() {
    }
}
