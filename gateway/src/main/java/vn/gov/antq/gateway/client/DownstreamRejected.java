package vn.gov.antq.gateway.client;

/**
 * The service answered the request with a 4xx: asking again will not help (no retry) and says nothing about its
 * health (the circuit breaker does not count it).
 */
public class DownstreamRejected extends RuntimeException {

    private final int status;

    public DownstreamRejected(int status) {
        super("answered " + status);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
