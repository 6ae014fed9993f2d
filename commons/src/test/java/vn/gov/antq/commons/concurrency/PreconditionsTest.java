package vn.gov.antq.commons.concurrency;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.antq.commons.problem.ProblemException;

/** The header rules on their own; the HTTP behaviour is in OptimisticConcurrencyTest. */
class PreconditionsTest {

    @Test
    void theTagIsTheQuotedVersion() {
        assertEquals("\"0\"", EntityTags.of(0));
        assertEquals("\"9007199254740993\"", EntityTags.of(9_007_199_254_740_993L));
    }

    @Test
    void parsesListsWeakTagsAndTheWildcard() {
        assertEquals(List.of(new EntityTags.Tag("3", false)), EntityTags.parse("\"3\"", "If-Match"));
        assertEquals(List.of(new EntityTags.Tag("3", true), new EntityTags.Tag("a,b", false), new EntityTags.Tag("", false)),
                EntityTags.parse(" W/\"3\" ,\t\"a,b\",\"\"", "If-Match"));
        assertEquals(List.of(EntityTags.Tag.ANY), EntityTags.parse(" * ", "If-Match"));
    }

    @Test
    void malformedTagsAre400NamingTheHeader() {
        for (String bad : List.of("3", "\"3", "W/3", "\"3\" x", "\"3\"\"4\"", ",", "\"a b\"", "*,\"3\"")) {
            ProblemException e = assertThrows(ProblemException.class, () -> EntityTags.parse(bad, "If-Match"), bad);
            assertEquals(400, e.status(), bad);
            assertEquals("If-Match", e.errors().get(0).field(), bad);
        }
    }

    @Test
    void ifMatchPassesOnlyForTheCurrentVersionComparedStrongly() {
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("\"7\"", 7));
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("\"6\", \"7\"", 7));
        PreconditionFailedException stale = assertThrows(PreconditionFailedException.class,
                () -> Preconditions.requireIfMatch("\"6\"", 7));
        assertEquals(412, stale.status());
        assertEquals("\"7\"", stale.currentTag());
        assertTrue(stale.getMessage().contains("\"7\""), stale.getMessage());
        assertThrows(PreconditionFailedException.class, () -> Preconditions.requireIfMatch("W/\"7\"", 7), "weak never matches");
    }

    @Test
    void aMissingOrWildcardIfMatchIs428() {
        for (String missing : new String[] { null, "", "  ", "*" }) {
            ProblemException e = assertThrows(ProblemException.class, () -> Preconditions.requireIfMatch(missing, 1));
            assertEquals(428, e.status(), String.valueOf(missing));
            assertEquals(Preconditions.PRECONDITION_REQUIRED_TYPE, e.type());
        }
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(Preconditions.notModified("\"4\"", 4));
        assertTrue(Preconditions.notModified("W/\"4\"", 4));
        assertTrue(Preconditions.notModified("\"1\", W/\"4\"", 4));
        assertTrue(Preconditions.notModified("*", 4));
        assertFalse(Preconditions.notModified("\"3\"", 4));
        assertFalse(Preconditions.notModified(null, 4));
    }
}
