package vn.gov.antq.commons.concurrency;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Responses that carry a record with its ETag. {@code Cache-Control: private, no-cache} goes with them: shared caches
 * must not keep records (they are scoped to the caller), and the client's own cache revalidates with
 * {@code If-None-Match}, which costs a bodiless 304 when nothing changed.
 */
public final class TaggedResponses {

    public static final String CACHE_CONTROL = "private, no-cache";

    private TaggedResponses() {
    }

    /** A read: 304 without a body when {@code ifNoneMatch} names the current version, else 200 with the record. */
    public static Response read(String ifNoneMatch, Object body, long version) {
        if (Preconditions.notModified(ifNoneMatch, version)) {
            return tagged(Response.notModified(), version).build();
        }
        return ok(body, version);
    }

    /** 200 with the record and its ETag, e.g. after an update (the version the client must send next time). */
    public static Response ok(Object body, long version) {
        return tagged(Response.ok(body), version).build();
    }

    /** 201 with the new record, its location and ETag. */
    public static Response created(URI location, Object body, long version) {
        return tagged(Response.created(location).entity(body), version).build();
    }

    private static Response.ResponseBuilder tagged(Response.ResponseBuilder response, long version) {
        return response.header(HttpHeaders.ETAG, EntityTags.of(version)).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    }
}
