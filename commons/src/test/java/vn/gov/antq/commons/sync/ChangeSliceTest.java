package vn.gov.antq.commons.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** Cutting pages out of a change stream whose next page starts strictly after the last change time of this one. */
class ChangeSliceTest {

    private static final Instant T = Instant.parse("2026-03-14T08:00:00Z");

    private record Row(String id, Instant at) {
    }

    private static Row row(String id, int second) {
        return new Row(id, T.plusSeconds(second));
    }

    /** The stream as the database would give it. */
    private static final List<Row> STREAM = List.of(row("a", 0), row("b", 1), row("c", 1), row("d", 1), row("e", 2));

    private static List<Row> fetch(Instant after, int limit) {
        return STREAM.stream().filter(r -> r.at().isAfter(after)).limit(limit).toList();
    }

    private static final Function<Instant, List<Row>> ALL_AT = at -> STREAM.stream().filter(r -> r.at().equals(at)).toList();

    private static ChangeSlice<Row> page(Instant after, int size) {
        return ChangeSlice.cut(fetch(after, size + 1), size, Row::at, ALL_AT);
    }

    @Test
    void aStreamThatFitsIsComplete() {
        ChangeSlice<Row> slice = page(T.minusSeconds(1), 5);
        assertEquals(STREAM, slice.rows());
        assertFalse(slice.truncated());
        assertNull(slice.completeUpTo());
    }

    @Test
    void aCutBetweenDifferentTimesEndsAtTheLastRow() {
        ChangeSlice<Row> slice = page(T.minusSeconds(1), 4);
        assertEquals(List.of("a", "b", "c", "d"), ids(slice));
        assertEquals(T.plusSeconds(1), slice.completeUpTo());
    }

    @Test
    void aGroupOfEqualTimesIsNeverSplit() {
        ChangeSlice<Row> slice = page(T.minusSeconds(1), 2);
        assertEquals(List.of("a"), ids(slice), "b and c share a time with d, which does not fit: they move to the next page");
        assertEquals(T, slice.completeUpTo());
    }

    @Test
    void aGroupLargerThanAPageComesWholeSoPagingAdvances() {
        ChangeSlice<Row> slice = page(T, 2);
        assertEquals(List.of("b", "c", "d"), ids(slice));
        assertEquals(T.plusSeconds(1), slice.completeUpTo());
    }

    @Test
    void followingThePagesDeliversEveryRowOnce() {
        Instant after = T.minusSeconds(1);
        List<String> delivered = new java.util.ArrayList<>();
        for (int guard = 0; guard < 10; guard++) {
            ChangeSlice<Row> slice = page(after, 1);
            delivered.addAll(ids(slice));
            if (!slice.truncated()) {
                break;
            }
            assertTrue(slice.completeUpTo().isAfter(after), "every page advances");
            after = slice.completeUpTo();
        }
        assertEquals(List.of("a", "b", "c", "d", "e"), delivered);
    }

    private static List<String> ids(ChangeSlice<Row> slice) {
        return slice.rows().stream().map(Row::id).toList();
    }
}
