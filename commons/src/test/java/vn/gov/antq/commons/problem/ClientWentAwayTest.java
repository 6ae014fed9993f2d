package vn.gov.antq.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpClosedException;

/**
 * A dropped connection (how Quarkus REST reports it while reading a body or writing an answer) is not logged as a failure
 * of ours; a saturated database or out of reach is told apart from a failure, as unavailability.
 */
class ClientWentAwayTest {

    @Test
    void aClosedConnectionWrappedInIoExceptionsIsTheClientGoingAway() {
        assertTrue(ProblemExceptionMappers.clientWentAway(new IOException(new IOException(new HttpClosedException("Connection was closed")))));
    }

    @Test
    void aChannelClosedWhileTheAnswerIsWrittenIsTheClientGoingAway() {
        assertTrue(ProblemExceptionMappers.clientWentAway(new IOException(new ClosedChannelException())));
    }

    @Test
    void anyOtherFailureIsUnexpected() {
        assertFalse(ProblemExceptionMappers.clientWentAway(new IOException("disk full")));
        assertFalse(ProblemExceptionMappers.clientWentAway(new IllegalStateException(new RuntimeException())));
    }

    @Test
    void aPoolThatLendsNoConnectionInTimeOrALostConnectionIsUnavailability() {
        // How Hibernate reports Agroal's acquisition timeout.
        RuntimeException failure = new RuntimeException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"));
        assertEquals("no database connection came free in time", ProblemExceptionMappers.unavailable(failure));
        assertEquals("the connection to the database was lost", ProblemExceptionMappers.unavailable(
                new RuntimeException(new SQLException("FATAL: terminating connection due to administrator command", "57P01"))));
        assertEquals("the connection to the database was lost", ProblemExceptionMappers.unavailable(
                new RuntimeException(new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
    }

    @Test
    void otherDatabaseFailuresAreNotUnavailability() {
        assertNull(ProblemExceptionMappers.unavailable(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertNull(ProblemExceptionMappers.unavailable(new IllegalStateException("relation does not exist")));
    }
}
