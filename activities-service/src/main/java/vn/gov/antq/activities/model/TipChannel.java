package vn.gov.antq.activities.model;

/** How a tip reached the police. */
public enum TipChannel {
    IN_PERSON, HOTLINE, VNEID, MOBILE_APP, MAIL, PROPAGANDA_SESSION_SLIP, SOCIAL_MEDIA, OTHER
}
