package vn.gov.antq.commons.concurrency;

import java.util.List;

import vn.gov.antq.commons.problem.ProblemException;

/**
 * 412: the client's {@code If-Match} names a version that is no longer current. Answered as problem+json with the
 * current ETag in the detail and in the {@code ETag} header ({@link ConcurrencyProblemMappers}).
 */
public class PreconditionFailedException extends ProblemException {

    private final String currentTag;

    public PreconditionFailedException(String currentTag, String detail) {
        super(Preconditions.PRECONDITION_FAILED_TYPE, "The record has changed since you read it", 412, detail, List.of());
        this.currentTag = currentTag;
    }

    /** The ETag of the stored version, quotes included. */
    public String currentTag() {
        return currentTag;
    }
}
