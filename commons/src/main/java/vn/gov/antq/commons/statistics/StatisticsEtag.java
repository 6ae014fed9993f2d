package vn.gov.antq.commons.statistics;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import vn.gov.antq.commons.concurrency.TaggedResponses;

/**
 * Entity tags of statistics responses (docs/statistics-contract.md, "Conditional requests"): a strong tag
 * {@code "s1-<hex>"}, a hash of everything the body is a function of (see {@link ConditionalStatistics}), so equal tags
 * mean equal bodies and a dashboard polling an unchanged window gets a bodiless 304. The answers carry
 * {@code Cache-Control: private, no-cache} as records do: figures per commune are scoped to the caller, and a cached copy
 * is revalidated before every use.
 */
public final class StatisticsEtag {

    /** The tag's scheme: a change of what goes into the hash takes a new prefix, so no old tag can ever match. */
    public static final String PREFIX = "s1-";
    /** 128 bits of SHA-256: collisions are out of reach, and the header stays short. */
    static final int HEX_DIGITS = 32;

    /** OpenAPI texts of the five statistics operations (annotation values must be constants). */
    public static final String IF_NONE_MATCH_DOC = "ETag of the statistics you hold (a whole-month window's earlier answer): when "
            + "nothing they were computed from has changed the answer is 304 without a body, and the figures are not computed "
            + "again. A list of tags or * is accepted; W/ is ignored. Ignored for other windows.";
    public static final String ETAG_DOC = "Only for a window of whole months (from the 1st of a month to the last day of a month): "
            + "a strong tag of this exact answer, e.g. \"s1-4f0c2a9d61b7e3058a1d2c4b6e8f0a13\", to send as If-None-Match. It changes "
            + "whenever a figure's data changes and with each deployment; callers with the same aggregate scope get the same tag.";
    public static final String CACHE_CONTROL_DOC = "With the ETag: " + TaggedResponses.CACHE_CONTROL
            + " (keep it for this caller only, revalidate with If-None-Match before using it)";
    public static final String NOT_MODIFIED_DOC = "Not Modified: the statistics named by If-None-Match are still the current ones; "
            + "no body";
    public static final String EXAMPLE = "\"s1-4f0c2a9d61b7e3058a1d2c4b6e8f0a13\"";

    private StatisticsEtag() {
    }

    /** The tag (with its quotes, as the header carries it) of a body that is a function of {@code parts} alone. */
    public static String of(List<String> parts) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        for (String part : parts) {
            // Each part with its length, and null apart from "": no two lists of parts hash the same bytes.
            if (part == null) {
                sha256.update((byte) 0);
            } else {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha256.update((byte) 1);
                sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
                sha256.update(bytes);
            }
        }
        return "\"" + PREFIX + HexFormat.of().formatHex(sha256.digest()).substring(0, HEX_DIGITS) + "\"";
    }

    /** 304 without a body, naming the current tag. */
    public static Response notModified(String etag) {
        return tagged(Response.notModified(), etag).build();
    }

    /** 200 with the statistics and their tag. */
    public static Response ok(Object body, String etag) {
        return tagged(Response.ok(body), etag).build();
    }

    private static Response.ResponseBuilder tagged(Response.ResponseBuilder response, String etag) {
        return response.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, TaggedResponses.CACHE_CONTROL);
    }
}
