package vn.gov.antq.gateway.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A view's parts as the services answered them, and how to compose the view from them. Composing is left to
 * {@link ComposedViews}, which skips it when the same parts, by their tags, were composed into this view before.
 *
 * @param parts in the order the view names missing ones in {@code degraded}
 */
public record Composition<V>(List<PartAnswer> parts, Supplier<V> composer) {

    public Composition {
        parts = List.copyOf(parts);
    }

    /**
     * The parts' tags, in order: with the view's request they determine the view. Null when a part has none (it is
     * missing, or its window is not one the services tag): such a view is composed every time and carries no tag.
     */
    public List<String> partTags() {
        if (parts.isEmpty()) {
            return null;
        }
        List<String> tags = new ArrayList<>(parts.size());
        for (PartAnswer part : parts) {
            if (!part.available() || part.etag() == null) {
                return null;
            }
            tags.add(part.etag());
        }
        return List.copyOf(tags);
    }

    /** The missing parts and why, as the view lists them. */
    public List<Degraded> degraded() {
        return parts.stream().filter(p -> !p.available()).map(PartAnswer::missing).toList();
    }

    V compose() {
        return composer.get();
    }
}
