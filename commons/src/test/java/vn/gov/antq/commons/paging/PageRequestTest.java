package vn.gov.antq.commons.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.gov.antq.commons.paging.PageRequest.SortKey;
import vn.gov.antq.commons.problem.ProblemException;

class PageRequestTest {

    private static final Map<String, String> ALLOWED = Map.of("name", "name", "updatedAt", "updated_at", "id", "id");

    @Test
    void defaultSortEndsWithTheTiebreaker() {
        assertEquals(List.of(new SortKey("name", false), new SortKey("id", false)),
                new PageRequest(0, 20, null).sortKeys(ALLOWED, "name", "id"));
    }

    @Test
    void parsesSeveralKeysWithDirections() {
        assertEquals(List.of(new SortKey("updated_at", true), new SortKey("name", false), new SortKey("id", false)),
                new PageRequest(0, 20, "updatedAt,desc; name,asc").sortKeys(ALLOWED, "name", "id"));
        assertEquals(List.of(new SortKey("id", true)), new PageRequest(0, 20, "id,desc").sortKeys(ALLOWED, "name", "id"));
    }

    @Test
    void rejectsUnknownFieldsAndDirections() {
        ProblemException unknown = assertThrows(ProblemException.class,
                () -> new PageRequest(0, 20, "password").sortKeys(ALLOWED, "name", "id"));
        assertEquals(400, unknown.status());
        assertEquals("sort", unknown.errors().get(0).field());
        assertThrows(ProblemException.class, () -> new PageRequest(0, 20, "name,sideways").sortKeys(ALLOWED, "name", "id"));
    }

    @Test
    void slicesAndCountsPages() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        PageResponse<Integer> second = PageResponse.slice(all, new PageRequest(1, 2, null));
        assertEquals(List.of(3, 4), second.items());
        assertEquals(5, second.totalItems());
        assertEquals(3, second.totalPages());
        assertEquals(List.of(), PageResponse.slice(all, new PageRequest(9, 2, null)).items());
        assertEquals(0, PageResponse.slice(List.of(), new PageRequest(0, 20, null)).totalPages());
    }
}
