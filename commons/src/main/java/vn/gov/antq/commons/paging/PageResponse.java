package vn.gov.antq.commons.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total so clients can page through all of it. */
public record PageResponse<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "Page number, 0-based", examples = "0") int page,
        @Schema(description = "Requested page size", examples = "20") int size,
        @Schema(description = "Number of items matching the filters, over all pages", examples = "134") long totalItems,
        @Schema(description = "Number of pages", examples = "7") int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResponse<>(List.copyOf(items), request.page(), request.size(), totalItems, totalPages);
    }

    /** Pages an in-memory list (small reference lists). */
    public static <T> PageResponse<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return of(all.subList(from, to), request, all.size());
    }

    public <R> PageResponse<R> map(Function<? super T, R> mapper) {
        return new PageResponse<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
