package vn.gov.antq.activities.service;

/** What an item of an offline batch records. */
public enum OfflineItemKind {
    ACTIVITY, TIP
}
