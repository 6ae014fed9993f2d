package vn.gov.antq.models.repository;

/** Helpers for the diacritics-insensitive LIKE search over the folded {@code search_text} columns. */
final class SearchText {

    private SearchText() {
    }

    /** The user's words are matched literally: LIKE wildcards in them are escaped. */
    static String escapeLike(String text) {
        return text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
