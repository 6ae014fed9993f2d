package vn.gov.antq.commons.idempotency;

import java.util.regex.Pattern;

import vn.gov.antq.commons.problem.ProblemException;

/**
 * The {@code Idempotency-Key} request header: names, limits and validation. Free of persistence so the OpenAPI
 * filter (and apps without a database) can use it.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    /** Response header marking a stored response sent again for a retried request. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_LENGTH = 200;
    /** Printable ASCII (space to tilde), 1 to {@link #MAX_LENGTH} characters. */
    public static final String PATTERN = "^[\\x20-\\x7E]{1," + MAX_LENGTH + "}$";

    /** What is wrong with a key that is not {@link #isWellFormed}. */
    public static final String MALFORMED = "must be 1 to " + MAX_LENGTH + " printable ASCII characters";

    private static final Pattern ACCEPTABLE = Pattern.compile(PATTERN);

    private IdempotencyKey() {
    }

    /** The key itself, or a 400 problem naming the header when it is missing (or empty) or malformed. */
    public static String require(String value) {
        // An empty header is no key: HTTP stacks pass it on as absent or as "" depending on the path it takes.
        if (value == null || value.isEmpty()) {
            throw ProblemException.invalidField(HEADER,
                    "header is required: send a unique key (e.g. a UUID) and the same key again when retrying this request");
        }
        if (!isWellFormed(value)) {
            throw ProblemException.invalidField(HEADER, MALFORMED);
        }
        return value;
    }

    /** Whether a key (from the header or elsewhere, e.g. a batch item) keeps to the rules: 1–200 printable ASCII characters. */
    public static boolean isWellFormed(String value) {
        return value != null && ACCEPTABLE.matcher(value).matches();
    }
}
