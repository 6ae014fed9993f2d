package vn.gov.antq.staffing.repository;

import java.text.Normalizer;

/** The diacritics-insensitive LIKE search over the folded {@code search_text} columns ({@code antq_commune_fold}). */
final class PoliceTextSearch {

    /** JPQL condition on an entity's searchText for the parameter {@code :text}. */
    static final String CONDITION = "searchText like concat('%', function('antq_commune_fold', :text), '%') escape '\\'";

    private PoliceTextSearch() {
    }

    /**
     * The user's words in NFC (the database's unaccent misses decomposed marks), matched literally: LIKE wildcards in
     * them are escaped.
     */
    static String pattern(String text) {
        return Normalizer.normalize(text.trim(), Normalizer.Form.NFC).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
