package vn.gov.antq.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a statistics endpoint answered a successful call: 200 with a body, or 304 (the caller's {@code If-None-Match}
 * named a tag that is still current) without one. {@code etag} is the response's {@code ETag}, or null: a 200 for a
 * window the service does not tag, and a 304 that names none. {@code size} is the body's length in bytes as
 * received (0 for a 304), what it weighs in the gateway's cache.
 */
public record StatisticsResponse(int status, String etag, JsonNode body, int size) {

    public static final int NOT_MODIFIED = 304;

    public boolean notModified() {
        return status == NOT_MODIFIED;
    }
}
