package vn.gov.antq.staffing.service;

import java.text.Normalizer;

/** Text as this service stores it. */
final class StaffingText {

    private StaffingText() {
    }

    /**
     * NFC with single spaces: Vietnamese text may arrive decomposed or with doubled spaces, and names are compared
     * (one team per hamlet) and searched in one form.
     */
    static String name(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** NFC, stripped, inner spacing kept: free text (addresses, decision references, notes) and personal names. */
    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : nfc(text);
    }

    /** Search words as the folded columns expect them; null for none. */
    static String searchWords(String text) {
        return text == null || text.isBlank() ? null : name(text);
    }
}
