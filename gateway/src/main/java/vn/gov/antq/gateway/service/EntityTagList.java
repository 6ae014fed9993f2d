package vn.gov.antq.gateway.service;

/**
 * A client's {@code If-None-Match}: {@code *} or entity tags separated by commas, compared the weak way as RFC 9110
 * (§13.1.2) has it for this header, so {@code W/"g1-…"} names {@code "g1-…"} too. A malformed entry names nothing:
 * the client gets the view, which is always a correct answer to a GET.
 */
final class EntityTagList {

    private EntityTagList() {
    }

    /** Whether the header names this tag (quotes included, as sent in {@code ETag}); false for a null header. */
    static boolean names(String header, String etag) {
        if (header == null) {
            return false;
        }
        int i = 0;
        int length = header.length();
        while (i < length) {
            char c = header.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
            } else if (c == '*') {
                return true;
            } else {
                int open = header.startsWith("W/", i) ? i + 2 : i;
                int close = open < length && header.charAt(open) == '"' ? header.indexOf('"', open + 1) : -1;
                if (close < 0) {
                    // Not a tag: skip to the next entry.
                    int comma = header.indexOf(',', i);
                    i = comma < 0 ? length : comma + 1;
                } else {
                    if (header.regionMatches(open, etag, 0, etag.length()) && close + 1 - open == etag.length()) {
                        return true;
                    }
                    i = close + 1;
                }
            }
        }
        return false;
    }
}
