package vn.gov.antq.commons.sync;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a change stream (changed records, or tombstones) after a lower bound, in (change time, id) order.
 *
 * @param rows the rows of this page
 * @param completeUpTo null when the stream had no more rows; otherwise the page holds every row up to this instant
 *        and none after it, so the next page must start strictly after it
 */
public record ChangeSlice<T>(List<T> rows, Instant completeUpTo) {

    public ChangeSlice {
        rows = List.copyOf(rows);
    }

    public static <T> ChangeSlice<T> complete(List<T> rows) {
        return new ChangeSlice<>(rows, null);
    }

    /** Whether rows were left for a next page. */
    public boolean truncated() {
        return completeUpTo != null;
    }

    public <R> ChangeSlice<R> map(Function<? super T, ? extends R> mapper) {
        return new ChangeSlice<>(rows.stream().<R>map(mapper).toList(), completeUpTo);
    }

    /**
     * Cuts a page of at most {@code size} rows from {@code fetched} (the first {@code size + 1} rows of the stream).
     * Because the next page starts strictly after the last change time of this one, rows sharing a change time are
     * never split: a group that straddles the cut moves to the next page, and a group larger than a whole page (a
     * bulk update stamping many rows alike) is returned whole, fetched by {@code allAt}, so paging always advances.
     *
     * @param time the change time of a row
     * @param allAt every row of the stream changed exactly at the given instant, in id order
     */
    public static <T> ChangeSlice<T> cut(List<T> fetched, int size, Function<? super T, Instant> time,
            Function<Instant, List<T>> allAt) {
        if (fetched.size() <= size) {
            return complete(fetched);
        }
        Instant last = time.apply(fetched.get(size - 1));
        if (!time.apply(fetched.get(size)).equals(last)) {
            return new ChangeSlice<>(fetched.subList(0, size), last);
        }
        int end = size - 1;
        while (end >= 0 && time.apply(fetched.get(end)).equals(last)) {
            end--;
        }
        if (end >= 0) {
            return new ChangeSlice<>(fetched.subList(0, end + 1), time.apply(fetched.get(end)));
        }
        return new ChangeSlice<>(allAt.apply(last), last);
    }
}
