package vn.gov.antq.commons.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.properties.IfBuildProperty;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.concurrency.Preconditions;

/**
 * Conditional GET of the statistics endpoints (docs/statistics-contract.md, "Conditional requests"). A whole-month
 * window's figures are read from maintained aggregates, tallies and a few reference tables, whose version is cheap to
 * read exactly; its answer carries an ETag, a hash of everything the body is a function of: the endpoint, the canonical
 * query and scope ({@link StatisticsRequest}), the data version of the tables the service lists
 * ({@link StatisticsInputs}) and the application version (a deployment may count differently). The version and the
 * figures are read in one snapshot ({@link ReadOnlySnapshot}), so the tag describes exactly the data the body was
 * computed from: a write committed meanwhile is in both or in neither. When If-None-Match names the tag the answer is
 * 304 and the figures are not computed. Other windows are read from the records and carry no tag.
 */
@ApplicationScoped
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class ConditionalStatistics {

    /** When true (tests), each tagged response checks that its queries read no table outside its inputs. */
    public static final String VERIFY_INPUTS_PROPERTY = "antq.statistics.verify-inputs";

    @Inject
    ReadOnlySnapshot snapshot;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.application.version")
    String applicationVersion;

    @ConfigProperty(name = VERIFY_INPUTS_PROPERTY, defaultValue = "false")
    boolean verifyInputs;

    private final AtomicLong computed = new AtomicLong();

    /**
     * The answer to a statistics request: 200 with the body, tagged when {@code inputs} are given; 304 when
     * {@code ifNoneMatch} names the current tag.
     *
     * @param inputs what the body is computed from when it is read from the aggregates (a whole-month window), else null
     * @param body   computes the figures; runs in the snapshot the version was read in, and not at all for a 304
     */
    public Response answer(StatisticsRequest request, String ifNoneMatch, StatisticsInputs inputs, Supplier<?> body) {
        if (inputs == null) {
            return Response.ok(snapshot.call(() -> compute(body))).build();
        }
        // Parsed first: a malformed header is a 400 before any query.
        Predicate<String> held = Preconditions.ifNoneMatch(ifNoneMatch);
        // An answer outside the caller's scope is all zeros, whatever the data.
        StatisticsInputs read = request.scope().outOfScope() ? StatisticsInputs.NONE : inputs;
        return snapshot.call(() -> {
            Map<String, Long> scansBefore = verifyInputs ? scans() : null;
            String etag = StatisticsEtag.of(parts(request, version(read)));
            if (held.test(etag)) {
                return StatisticsEtag.notModified(etag);
            }
            Object view = compute(body);
            if (verifyInputs) {
                verifyRead(read, scansBefore);
            }
            return StatisticsEtag.ok(view, etag);
        });
    }

    /** How many bodies were computed since start (a 304 computes none): for tests and diagnostics. */
    public long bodiesComputed() {
        return computed.get();
    }

    private List<String> parts(StatisticsRequest request, String dataVersion) {
        List<String> parts = new ArrayList<>(request.parts());
        parts.add(dataVersion);
        parts.add(applicationVersion);
        return parts;
    }

    private String version(StatisticsInputs inputs) {
        if (inputs.inputs().isEmpty()) {
            return "";
        }
        return (String) entityManager.createNativeQuery(inputs.versionSql()).getSingleResult();
    }

    private Object compute(Supplier<?> body) {
        computed.incrementAndGet();
        return body.get();
    }

    /**
     * The tables scanned since {@code before} must all be inputs: the version query reads only those and
     * aggregate_generation, so anything else was read by the figures' queries. PostgreSQL counts a backend's scans until
     * it reports them, which it does only between transactions, hence the counts taken at the transaction's start.
     */
    private void verifyRead(StatisticsInputs inputs, Map<String, Long> before) {
        Set<String> uncovered = new TreeSet<>();
        scans().forEach((table, scans) -> {
            if (scans > before.getOrDefault(table, 0L)) {
                uncovered.add(table);
            }
        });
        uncovered.removeAll(inputs.tables());
        uncovered.remove("aggregate_generation");
        if (!uncovered.isEmpty()) {
            throw new IllegalStateException("The statistics read " + uncovered + ", which their ETag's inputs " + inputs.tables()
                    + " do not cover: list them with the query that reads them, or a stale ETag answers 304");
        }
    }

    /** The scans of each table this backend has not reported yet. */
    private Map<String, Long> scans() {
        Map<String, Long> scans = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select relname::text, seq_scan + coalesce(idx_scan, 0)"
                + " from pg_stat_xact_user_tables").getResultList();
        rows.forEach(r -> scans.put((String) r[0], ((Number) r[1]).longValue()));
        return scans;
    }
}
