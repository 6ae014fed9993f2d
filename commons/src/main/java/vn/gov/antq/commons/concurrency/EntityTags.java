package vn.gov.antq.commons.concurrency;

import java.util.ArrayList;
import java.util.List;

import vn.gov.antq.commons.problem.ProblemException;

/**
 * Entity tags (ETags) of versioned records.
 *
 * <p>A record's ETag is its JPA {@code @Version} number in double quotes: version 7 is {@code "7"}. It is a strong tag
 * (the version changes with every committed write, so equal tags mean the same state), which RFC 9110 requires for
 * {@code If-Match}. The id is not part of it because a tag is only ever compared with the tag of the resource its URL
 * names. The plain number is deliberate: list and delta items carry their {@code version}, so a mobile client can update
 * a record it got from a sync ({@code If-Match: "<version>"}) without reading it again first.
 *
 * <p>The version must change whenever the representation does, including parts of it stored in other tables.
 */
public final class EntityTags {

    static final String WILDCARD = "*";

    private EntityTags() {
    }

    /** The ETag of a record at this version, e.g. {@code "7"} (quotes included, as the header carries it). */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The entity tags of an {@code If-Match} or {@code If-None-Match} value: {@code *} or a comma-separated list of
     * tags, each in double quotes and possibly weak ({@code W/"7"}). A malformed value is a 400 naming the header.
     */
    static List<Tag> parse(String value, String header) {
        List<Tag> tags = new ArrayList<>();
        String text = value.trim();
        if (text.equals(WILDCARD)) {
            return List.of(Tag.ANY);
        }
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            boolean weak = text.startsWith("W/", i);
            int open = weak ? i + 2 : i;
            if (open >= text.length() || text.charAt(open) != '"') {
                throw malformed(header);
            }
            int close = open + 1;
            while (close < text.length() && text.charAt(close) != '"') {
                char inside = text.charAt(close);
                if (inside <= ' ' || inside == 0x7f) {
                    throw malformed(header);
                }
                close++;
            }
            if (close >= text.length()) {
                throw malformed(header);
            }
            tags.add(new Tag(text.substring(open + 1, close), weak));
            i = close + 1;
            // Only separators may follow a tag.
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i < text.length() && text.charAt(i) != ',') {
                throw malformed(header);
            }
        }
        if (tags.isEmpty()) {
            throw malformed(header);
        }
        return tags;
    }

    /** Strong comparison (RFC 9110 §8.8.3.2), for {@code If-Match}: weak tags never match. */
    static boolean strongMatch(List<Tag> tags, long version) {
        String current = Long.toString(version);
        return tags.stream().anyMatch(t -> t == Tag.ANY || (!t.weak() && t.opaque().equals(current)));
    }

    /** Weak comparison, for {@code If-None-Match}: {@code W/"7"} matches {@code "7"}. */
    static boolean weakMatch(List<Tag> tags, long version) {
        return weakMatch(tags, Long.toString(version));
    }

    /** Weak comparison with a current tag's opaque part (what lies between its quotes). */
    static boolean weakMatch(List<Tag> tags, String opaque) {
        return tags.stream().anyMatch(t -> t == Tag.ANY || t.opaque().equals(opaque));
    }

    private static ProblemException malformed(String header) {
        return ProblemException.invalidField(header, "must be * or entity tags in double quotes, e.g. \"3\"");
    }

    /** One entity tag of a conditional header; {@link #ANY} stands for {@code *}. */
    record Tag(String opaque, boolean weak) {
        static final Tag ANY = new Tag(WILDCARD, false);
    }
}
