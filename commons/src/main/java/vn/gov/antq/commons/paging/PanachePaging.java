package vn.gov.antq.commons.paging;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Applies a {@link PageRequest} to Panache queries; for services that own a database. */
public final class PanachePaging {

    private PanachePaging() {
    }

    public static Sort sort(PageRequest request, Map<String, String> allowed, String defaultSort, String tiebreaker) {
        Sort sort = null;
        for (PageRequest.SortKey key : request.sortKeys(allowed, defaultSort, tiebreaker)) {
            Sort.Direction direction = key.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null ? Sort.by(key.attribute(), direction) : sort.and(key.attribute(), direction);
        }
        return sort;
    }

    public static <E, T> PageResponse<T> page(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        List<T> items = query.page(Page.of(request.page(), request.size())).list().stream().map(mapper).toList();
        return PageResponse.of(items, request, query.count());
    }
}
