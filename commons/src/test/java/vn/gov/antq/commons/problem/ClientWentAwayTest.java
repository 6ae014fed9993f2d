package vn.gov.antq.commons.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpClosedException;

/** A dropped connection (how Quarkus REST reports it while reading a body) is not logged as a failure of ours. */
class ClientWentAwayTest {

    @Test
    void aClosedConnectionWrappedInIoExceptionsIsTheClientGoingAway() {
        assertTrue(ProblemExceptionMappers.clientWentAway(new IOException(new IOException(new HttpClosedException("Connection was closed")))));
    }

    @Test
    void anyOtherFailureIsUnexpected() {
        assertFalse(ProblemExceptionMappers.clientWentAway(new IOException("disk full")));
        assertFalse(ProblemExceptionMappers.clientWentAway(new IllegalStateException(new RuntimeException())));
    }
}
