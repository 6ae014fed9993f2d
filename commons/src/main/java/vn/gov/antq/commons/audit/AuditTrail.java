package vn.gov.antq.commons.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.paging.PanachePaging;
import vn.gov.antq.commons.problem.ProblemResponses;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.commons.security.Roles;

/**
 * Records every write in the owning service's database, inside the transaction of the write itself (so a write
 * that rolls back leaves no entry and an entry never describes a write that did not happen), and lists the trail.
 */
@ApplicationScoped
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class AuditTrail {

    /** Build property: false in apps without a database (the gateway); also switches off idempotency records. */
    public static final String ENABLED_PROPERTY = "antq.audit.enabled";
    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "occurredAt", "id", "id");
    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    @Inject
    AuditEventRepository repository;

    @Inject
    CallerScope caller;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentVertxRequest currentRequest;

    /** Must run inside the transaction of the write it describes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String resourceType, Object resourceId, String provinceCode, String communeCode,
            List<FieldChange> changes) {
        String subject = caller.subject();
        String roles = String.join(",", caller.roles());
        try {
            repository.persist(new AuditEvent(Instant.now(), subject == null ? "anonymous" : subject, roles, action.name(),
                    resourceType, String.valueOf(resourceId), provinceCode, communeCode,
                    changes == null || changes.isEmpty() ? null : json.writeValueAsString(changes), requestId()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise audit changes", e);
        }
    }

    /** The trail for the caller: everything for a ministry admin, its own province for a province officer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<AuditEventView> search(AuditEventSearch search, PageRequest page) {
        AuditEventSearch scoped = caller.hasRole(Roles.MINISTRY_ADMIN) ? search
                : new AuditEventSearch(search.resourceType(), search.resourceId(), search.actor(), search.from(), search.to(),
                        caller.recordFilter().provinceCode());
        if (!caller.hasRole(Roles.MINISTRY_ADMIN) && search.provinceCode() != null
                && !search.provinceCode().equals(scoped.provinceCode())) {
            return PageResponse.of(List.of(), page, 0);
        }
        return PanachePaging.page(
                repository.search(scoped, PanachePaging.sort(page, SORTABLE, "occurredAt,desc", "id")), page, this::toView);
    }

    private AuditEventView toView(AuditEvent event) {
        try {
            List<FieldChange> changes = event.changes() == null ? List.of() : json.readValue(event.changes(), CHANGES);
            return new AuditEventView(event.id(), event.occurredAt(), event.actorSubject(),
                    event.actorRoles().isEmpty() ? List.of() : Arrays.asList(event.actorRoles().split(",")),
                    AuditAction.valueOf(event.action()), event.resourceType(), event.resourceId(), event.provinceCode(),
                    event.communeCode(), changes, event.requestId());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored audit changes of event " + event.id() + " are not readable", e);
        }
    }

    private String requestId() {
        RoutingContext context = currentRequest.getCurrent();
        return context == null ? null : context.request().getHeader(ProblemResponses.REQUEST_ID_HEADER);
    }
}
