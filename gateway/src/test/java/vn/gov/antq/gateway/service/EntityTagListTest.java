package vn.gov.antq.gateway.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityTagListTest {

    private static final String TAG = "\"g1-ab12\"";

    @Test
    void namesTheTagAloneInAListWeaklyOrByWildcard() {
        assertTrue(EntityTagList.names(TAG, TAG));
        assertTrue(EntityTagList.names("\"g1-0\", " + TAG, TAG));
        assertTrue(EntityTagList.names("\"g1-0\",\t" + TAG + " ,\"g1-1\"", TAG));
        assertTrue(EntityTagList.names("W/" + TAG, TAG));
        assertTrue(EntityTagList.names("*", TAG));
    }

    @Test
    void namesNothingElse() {
        assertFalse(EntityTagList.names(null, TAG));
        assertFalse(EntityTagList.names("", TAG));
        assertFalse(EntityTagList.names("\"g1-ab1\"", TAG), "a prefix is another tag");
        assertFalse(EntityTagList.names("\"g1-ab123\"", TAG), "so is a longer one");
        assertFalse(EntityTagList.names("g1-ab12", TAG), "unquoted: malformed");
        assertFalse(EntityTagList.names("\"x, " + TAG.substring(1), TAG), "inside another tag's quotes");
        assertFalse(EntityTagList.names("\"g1-ab12", TAG), "unterminated");
    }

    @Test
    void aMalformedEntryDoesNotHideAGoodOne() {
        assertTrue(EntityTagList.names("bogus, " + TAG, TAG));
        assertTrue(EntityTagList.names("W/bogus, W/" + TAG, TAG));
    }
}
