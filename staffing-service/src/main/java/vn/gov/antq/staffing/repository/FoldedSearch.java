package vn.gov.antq.staffing.repository;

import java.text.Normalizer;

/**
 * Diacritics-insensitive matching against the folded {@code search_text}/{@code hamlet_key} columns, which this
 * service's migrations build with {@code antq_commune_fold} (unaccent + lower case, from the shared commune registry).
 */
final class FoldedSearch {

    static final String FOLD = "antq_commune_fold";

    private FoldedSearch() {
    }

    /**
     * The user's words in NFC (the database's unaccent misses decomposed marks), matched literally: LIKE wildcards in
     * them are escaped.
     */
    static String escapeLike(String text) {
        return Normalizer.normalize(text.trim(), Normalizer.Form.NFC).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A JPQL condition: the attribute contains the folded {@code :param}. */
    static String contains(String attribute, String param) {
        return attribute + " like concat('%', function('" + FOLD + "', :" + param + "), '%') escape '\\'";
    }
}
