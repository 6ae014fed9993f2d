package vn.gov.antq.commons.sync;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.gov.antq.commons.paging.PageRequest;

/**
 * The query parameters of a delta query ({@code @Valid @BeanParam DeltaRequest delta}): {@code updatedSince}
 * (exclusive; absent for a first, full sync) and {@code size} (1..{@value PageRequest#MAX_SIZE}, default
 * {@value #DEFAULT_SIZE}, applied to changed and to deleted records each).
 */
public class DeltaRequest {

    public static final String UPDATED_SINCE = "updatedSince";
    public static final int DEFAULT_SIZE = 100;

    @QueryParam(UPDATED_SINCE)
    @PastOrPresent(message = "must not be in the future")
    @Parameter(description = "Only changes after this instant (ISO-8601 with a time zone; URL-encode a '+' offset as %2B). "
            + "Send the syncedTo of your previous answer; leave out for a first, full sync.",
            example = "2026-03-14T08:15:25.000001Z")
    Instant updatedSince;

    @QueryParam("size")
    @DefaultValue("" + DEFAULT_SIZE)
    @Min(value = 1, message = "must be at least 1")
    @Max(value = PageRequest.MAX_SIZE, message = "must be at most " + PageRequest.MAX_SIZE)
    @Parameter(description = "At most this many changed and this many deleted records per answer, 1 to " + PageRequest.MAX_SIZE)
    int size;

    public DeltaRequest() {
    }

    public DeltaRequest(Instant updatedSince, int size) {
        this.updatedSince = updatedSince;
        this.size = size;
    }

    public Instant updatedSince() {
        return updatedSince;
    }

    public int size() {
        return size;
    }
}
