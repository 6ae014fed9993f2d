package vn.gov.antq.commons.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import vn.gov.antq.commons.problem.ProblemException;

class IdempotencyKeyTest {

    @Test
    void printableAsciiUpTo200CharactersIsAccepted() {
        assertEquals("a", IdempotencyKey.require("a"));
        String longest = " !~" + "x".repeat(197);
        assertEquals(longest, IdempotencyKey.require(longest));
    }

    @Test
    void missingOrEmptyIsRefusedAsRequired() {
        for (String missing : new String[] { null, "" }) {
            ProblemException e = assertThrows(ProblemException.class, () -> IdempotencyKey.require(missing));
            assertEquals(400, e.status());
            assertEquals("Idempotency-Key", e.errors().get(0).field());
            assertTrue(e.errors().get(0).message().startsWith("header is required"), e.errors().get(0).message());
        }
    }

    @Test
    void tooLongOrNonAsciiIsRefused() {
        for (String bad : new String[] { "x".repeat(201), "khóa", "tab\there", "line\nbreak", "\u007f" }) {
            ProblemException e = assertThrows(ProblemException.class, () -> IdempotencyKey.require(bad), bad);
            assertEquals(400, e.status());
            assertEquals("urn:antq:problem:validation-failed", e.type());
            assertEquals("must be 1 to 200 printable ASCII characters", e.errors().get(0).message());
        }
    }
}
