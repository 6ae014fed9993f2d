package vn.gov.antq.commons.audit;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.antq.commons.audit.ProbeRecord.ProbeRecordView;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.commons.security.Roles;

/** Test-only resource: scoped reads and audited writes, the way domain services will do them. */
@Path("/test-records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER })
public class ProbeRecordResource {

    public record ProbeRecordInput(@NotBlank String name, @NotBlank @Pattern(regexp = "\\d{2}") String provinceCode,
            @Pattern(regexp = "\\d{5}") String communeCode, @NotBlank String status) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    CallerScope caller;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ObjectMapper json;

    @GET
    @Path("/{id}")
    public ProbeRecordView get(@PathParam("id") long id) {
        return readable(id).view();
    }

    @POST
    @Transactional
    public ProbeRecordView create(@Valid ProbeRecordInput input) {
        caller.requireWrite(input.provinceCode(), input.communeCode());
        ProbeRecord record = new ProbeRecord();
        apply(record, input);
        entityManager.persist(record);
        entityManager.flush();
        ProbeRecordView created = record.view();
        auditTrail.record(AuditAction.CREATE, "probe-record", record.id, record.provinceCode, record.communeCode,
                AuditDiff.between(json, null, created, Set.of("name")));
        return created;
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public ProbeRecordView update(@PathParam("id") long id, @Valid ProbeRecordInput input) {
        ProbeRecord record = readable(id);
        caller.requireWrite(record.provinceCode, record.communeCode);
        caller.requireWrite(input.provinceCode(), input.communeCode());
        ProbeRecordView before = record.view();
        apply(record, input);
        ProbeRecordView after = record.view();
        auditTrail.record(AuditAction.UPDATE, "probe-record", id, record.provinceCode, record.communeCode,
                AuditDiff.between(json, before, after, Set.of("name")));
        return after;
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public void delete(@PathParam("id") long id) {
        ProbeRecord record = readable(id);
        caller.requireWrite(record.provinceCode, record.communeCode);
        auditTrail.record(AuditAction.DELETE, "probe-record", id, record.provinceCode, record.communeCode,
                AuditDiff.between(json, record.view(), null, Set.of("name")));
        entityManager.remove(record);
    }

    /** Changes the record and audits it, then fails: neither the change nor the audit entry may survive. */
    @PUT
    @Path("/{id}/failing-update")
    @Transactional
    public ProbeRecordView failingUpdate(@PathParam("id") long id, @Valid ProbeRecordInput input) {
        update(id, input);
        entityManager.flush();
        throw new IllegalStateException("simulated failure after the write");
    }

    private ProbeRecord readable(long id) {
        ProbeRecord record = entityManager.find(ProbeRecord.class, id);
        if (record == null || !caller.canRead(record.provinceCode, record.communeCode)) {
            throw CallerScope.notFound("probe-record", id);
        }
        return record;
    }

    private static void apply(ProbeRecord record, ProbeRecordInput input) {
        record.name = input.name();
        record.provinceCode = input.provinceCode();
        record.communeCode = input.communeCode();
        record.status = input.status();
    }
}
