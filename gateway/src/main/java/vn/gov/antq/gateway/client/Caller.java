package vn.gov.antq.gateway.client;

/**
 * What the gateway passes on to the services for the caller: its bearer token, so each service filters figures to
 * the caller's scope itself, and the request id, so their logs line up with the gateway's.
 */
public record Caller(String authorization, String requestId) {
}
