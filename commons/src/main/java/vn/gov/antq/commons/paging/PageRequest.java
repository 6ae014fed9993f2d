package vn.gov.antq.commons.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.gov.antq.commons.problem.ProblemException;

/**
 * The paging and sorting query parameters every list endpoint takes ({@code @BeanParam PageRequest page}):
 * {@code page} (0-based), {@code size} (1..{@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}) and
 * {@code sort} ({@code field} or {@code field,desc}; several separated by {@code ;}).
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Parameter(description = "Page number, 0-based")
    int page;

    @QueryParam("size")
    @DefaultValue("" + DEFAULT_SIZE)
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE)
    @Parameter(description = "Page size, 1 to " + MAX_SIZE)
    int size;

    @QueryParam("sort")
    @Parameter(description = "Sort: field or field,desc; several separated by ';'. The id is always the last key, so pages are stable.",
            example = "updatedAt,desc")
    String sort;

    public PageRequest() {
    }

    public PageRequest(int page, int size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public String sort() {
        return sort;
    }

    /** Rows to skip for this page. */
    public long offset() {
        return (long) page * size;
    }

    /**
     * The requested sort as persistent attributes, validated against what the endpoint allows, always ending with
     * the unique tiebreaker so that equal keys cannot reorder between pages.
     *
     * @param allowed API field name → persistent attribute
     * @param defaultSort used when the client sends none, e.g. {@code "name"}
     * @param tiebreaker unique attribute, e.g. {@code "id"}
     */
    public List<SortKey> sortKeys(Map<String, String> allowed, String defaultSort, String tiebreaker) {
        String requested = sort == null || sort.isBlank() ? defaultSort : sort;
        List<SortKey> keys = new ArrayList<>();
        for (String part : requested.split(";")) {
            String[] fieldAndDirection = part.trim().split(",");
            String field = fieldAndDirection[0].trim();
            String attribute = allowed.get(field);
            if (attribute == null || fieldAndDirection.length > 2) {
                throw ProblemException.invalidField("sort", "cannot sort by '" + part.trim() + "'; allowed fields: "
                        + String.join(", ", allowed.keySet().stream().sorted().toList()));
            }
            boolean descending = false;
            if (fieldAndDirection.length == 2) {
                String direction = fieldAndDirection[1].trim().toLowerCase(java.util.Locale.ROOT);
                if (!direction.equals("asc") && !direction.equals("desc")) {
                    throw ProblemException.invalidField("sort", "direction must be asc or desc, not '" + fieldAndDirection[1].trim() + "'");
                }
                descending = direction.equals("desc");
            }
            if (keys.stream().noneMatch(k -> k.attribute().equals(attribute))) {
                keys.add(new SortKey(attribute, descending));
            }
        }
        if (keys.stream().noneMatch(k -> k.attribute().equals(tiebreaker))) {
            keys.add(new SortKey(tiebreaker, false));
        }
        return keys;
    }

    public record SortKey(String attribute, boolean descending) {
    }
}
