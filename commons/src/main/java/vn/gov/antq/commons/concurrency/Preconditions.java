package vn.gov.antq.commons.concurrency;

import java.util.List;
import java.util.function.Predicate;

import jakarta.ws.rs.core.HttpHeaders;

import vn.gov.antq.commons.problem.ProblemException;

/**
 * Conditional requests on versioned records (RFC 9110 §13): every change of a record (PUT, PATCH, DELETE, state
 * changes) must name the version it was based on in {@code If-Match}, so no write overwrites one the client has not
 * seen; reads honour {@code If-None-Match} so an unchanged record costs a 304 instead of its body.
 *
 * <p>Check in the service, inside the writing transaction, after the record is loaded and the caller's scope checked
 * (a record outside the scope stays a 404, a record the caller may not write a 403): {@link #requireIfMatch}. A write
 * that commits between this check and the caller's own commit is caught by the JPA version check and answered 409.
 */
public final class Preconditions {

    public static final String PRECONDITION_REQUIRED_TYPE = "urn:antq:problem:precondition-required";
    public static final String PRECONDITION_FAILED_TYPE = "urn:antq:problem:precondition-failed";

    private Preconditions() {
    }

    /**
     * Passes when {@code ifMatch} names the current version of the record; otherwise throws: 428 when it is missing (or
     * {@code *}, which would allow exactly the blind overwrite this rule exists to prevent), 412 naming the current ETag
     * when it names another version (weak tags never match, as RFC 9110 requires), 400 when it is malformed.
     */
    public static void requireIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw required("Send If-Match with the ETag of the version you changed (a GET of the record answers it in the "
                    + "ETag header; list and delta items carry it as their version). Changes without it are refused so that "
                    + "no one's change is overwritten unseen.");
        }
        List<EntityTags.Tag> tags = EntityTags.parse(ifMatch, HttpHeaders.IF_MATCH);
        if (tags.contains(EntityTags.Tag.ANY)) {
            throw required("If-Match: * does not say which version you changed; send the ETag of the version you read.");
        }
        if (!EntityTags.strongMatch(tags, currentVersion)) {
            String current = EntityTags.of(currentVersion);
            throw new PreconditionFailedException(current, "The record is now at ETag " + current + ", not " + ifMatch.trim()
                    + ": someone changed it after you read it. Read it again, reapply your change and send If-Match: "
                    + current + ".");
        }
    }

    /** {@link #requireIfMatch(String, long)} with every {@code If-Match} header of the request. */
    public static void requireIfMatch(HttpHeaders headers, long currentVersion) {
        List<String> values = headers.getRequestHeader(HttpHeaders.IF_MATCH);
        requireIfMatch(values == null || values.isEmpty() ? null : String.join(",", values), currentVersion);
    }

    /** Whether a GET may answer 304: {@code ifNoneMatch} (weak comparison) names the current version, or is {@code *}. */
    public static boolean notModified(String ifNoneMatch, long currentVersion) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return EntityTags.weakMatch(EntityTags.parse(ifNoneMatch, HttpHeaders.IF_NONE_MATCH), currentVersion);
    }

    /**
     * {@code If-None-Match} for a response whose ETag is not a record's version (statistics), parsed now so that a
     * malformed value is refused (400) before any work: the answer tells whether a current tag (with its quotes, e.g.
     * {@code "s1-0f3a…"}) is named, weakly compared as for records, or {@code *}. Absent or blank: never.
     */
    public static Predicate<String> ifNoneMatch(String ifNoneMatch) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return etag -> false;
        }
        List<EntityTags.Tag> tags = EntityTags.parse(ifNoneMatch, HttpHeaders.IF_NONE_MATCH);
        return etag -> {
            if (etag.length() < 2 || etag.charAt(0) != '"' || etag.charAt(etag.length() - 1) != '"') {
                throw new IllegalArgumentException("Not a quoted entity tag: " + etag);
            }
            return EntityTags.weakMatch(tags, etag.substring(1, etag.length() - 1));
        };
    }

    private static ProblemException required(String detail) {
        return new ProblemException(PRECONDITION_REQUIRED_TYPE, "If-Match required", 428, detail, List.of());
    }
}
