package vn.gov.antq.commons.idempotency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** What is kept of a successful response: enough to send it again exactly. */
public record StoredResponse(int status, String location, String etag, String body) {

    Response toResponse(boolean replayed) {
        Response.ResponseBuilder builder = Response.status(status);
        // Set as strings: a URI or EntityTag would be re-resolved or re-quoted on the way out.
        if (location != null) {
            builder.header(HttpHeaders.LOCATION, location);
        }
        if (etag != null) {
            builder.header(HttpHeaders.ETAG, etag);
        }
        if (body != null) {
            builder.entity(body).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (replayed) {
            builder.header(IdempotencyKey.REPLAYED_HEADER, "true");
        }
        return builder.build();
    }
}
