package vn.gov.antq.gateway.service;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;

/**
 * How long a view waited for each part and how long the gateway took besides, sent as {@code Server-Timing} (browsers'
 * developer tools and the benchmark read it): {@code models;dur=12.4, …, compose;dur=0.9}. A part asked several times
 * (trends: once per period, in parallel) shows its longest wait; {@code desc="304"} when the service confirmed the
 * gateway's copy of every one of them instead of sending it. {@code compose} is the view's time from its first call
 * to its answer, less the longest wait: the gateway's own share, when the calls overlap as they should;
 * {@code desc="reused"} when the view was answered as composed before, {@code desc="304"} when the client's copy was
 * current and nothing was composed or sent.
 */
@RequestScoped
public class ViewTimings {

    private static final String NOT_MODIFIED = "304";
    private static final String REUSED = "reused";

    private final Map<Part, Wait> waits = new EnumMap<>(Part.class);
    private long firstCall;
    private String composition;

    /** The longest wait for a part, and whether every call of it was answered 304. */
    private record Wait(double millis, boolean notModified) {

        Wait and(Wait other) {
            return new Wait(Math.max(millis, other.millis), notModified && other.notModified);
        }
    }

    void waited(Part part, double millis, boolean notModified) {
        waits.merge(part, new Wait(millis, notModified), Wait::and);
    }

    /** Called as a view makes its calls: the start of the time it spends. */
    void calling() {
        if (firstCall == 0) {
            firstCall = System.nanoTime();
        }
    }

    /** The view was answered as composed before. */
    void reused() {
        composition = REUSED;
    }

    /** The client's copy was current: nothing was composed. */
    void notModified() {
        composition = NOT_MODIFIED;
    }

    /** The header's value, or null when no statistics were asked. */
    public String serverTiming() {
        if (waits.isEmpty() || firstCall == 0) {
            return null;
        }
        double total = (System.nanoTime() - firstCall) / 1_000_000.0;
        double longest = waits.values().stream().mapToDouble(Wait::millis).max().orElse(0);
        return waits.entrySet().stream()
                .map(e -> entry(e.getKey().key(), e.getValue().millis(), e.getValue().notModified() ? NOT_MODIFIED : null))
                .collect(Collectors.joining(", "))
                + ", " + entry("compose", Math.max(0, total - longest), composition);
    }

    private static String entry(String name, double millis, String description) {
        String entry = name + ";dur=" + String.format(Locale.ROOT, "%.1f", millis);
        return description == null ? entry : entry + ";desc=\"" + description + "\"";
    }
}
