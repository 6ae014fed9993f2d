package vn.gov.antq.gateway.client;

/** The service answered with a 5xx (or another non-2xx status that is not the caller's fault): worth one retry. */
public class DownstreamError extends RuntimeException {

    private final int status;

    public DownstreamError(int status) {
        super("answered " + status);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static RuntimeException of(int status) {
        return status >= 400 && status < 500 ? new DownstreamRejected(status) : new DownstreamError(status);
    }
}
