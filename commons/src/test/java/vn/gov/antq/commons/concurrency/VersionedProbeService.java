package vn.gov.antq.commons.concurrency;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.antq.commons.audit.AuditAction;
import vn.gov.antq.commons.audit.AuditDiff;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.concurrency.VersionedProbe.VersionedProbeView;
import vn.gov.antq.commons.concurrency.VersionedProbeResource.VersionedProbeInput;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.commons.sync.DeltaPage;
import vn.gov.antq.commons.sync.DeltaRequest;
import vn.gov.antq.commons.sync.DeltaSource;
import vn.gov.antq.commons.sync.DeltaSync;
import vn.gov.antq.commons.sync.Tombstones;

/** Test-only service: versioned writes and delta reads, the way domain services do them. */
@ApplicationScoped
public class VersionedProbeService {

    static final String RESOURCE = "versioned-probe";
    private static final DeltaSource<VersionedProbe> SOURCE = DeltaSource.of(VersionedProbe.class, RESOURCE);

    @Inject
    VersionedProbeRepository repository;

    @Inject
    CallerScope caller;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Tombstones tombstones;

    @Inject
    DeltaSync deltaSync;

    @Inject
    ObjectMapper json;

    public VersionedProbeView read(long id) {
        return readable(id).view();
    }

    @Transactional
    public VersionedProbeView create(VersionedProbeInput input) {
        caller.requireWrite(input.provinceCode(), input.communeCode());
        VersionedProbe record = new VersionedProbe();
        apply(record, input);
        repository.persist(record);
        repository.flush();
        VersionedProbeView created = record.view();
        auditTrail.record(AuditAction.CREATE, RESOURCE, record.id, record.provinceCode, record.communeCode,
                AuditDiff.between(json, null, created, Set.of()));
        return created;
    }

    @Transactional
    public VersionedProbeView update(long id, String ifMatch, VersionedProbeInput input) {
        VersionedProbe record = readable(id);
        caller.requireWrite(record.provinceCode, record.communeCode);
        Preconditions.requireIfMatch(ifMatch, record.version);
        caller.requireWrite(input.provinceCode(), input.communeCode());
        VersionedProbeView before = record.view();
        apply(record, input);
        // The versioned UPDATE runs here: a write that committed since the check fails now (409), and the answer
        // carries the version this write produced.
        repository.flush();
        VersionedProbeView after = record.view();
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, record.provinceCode, record.communeCode,
                AuditDiff.between(json, before, after, Set.of()));
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        VersionedProbe record = readable(id);
        caller.requireWrite(record.provinceCode, record.communeCode);
        Preconditions.requireIfMatch(ifMatch, record.version);
        auditTrail.record(AuditAction.DELETE, RESOURCE, id, record.provinceCode, record.communeCode,
                AuditDiff.between(json, record.view(), null, Set.of()));
        tombstones.record(RESOURCE, id, record.provinceCode, record.communeCode);
        // Not flushed here on purpose: the versioned DELETE runs at commit, and a lost race is reported from there.
        repository.delete(record);
    }

    public DeltaPage<VersionedProbeView> changes(DeltaRequest request) {
        return deltaSync.page(SOURCE, request, caller.recordFilter(), VersionedProbe::view);
    }

    private VersionedProbe readable(long id) {
        VersionedProbe record = repository.findById(id);
        if (record == null || !caller.canRead(record.provinceCode, record.communeCode)) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return record;
    }

    private static void apply(VersionedProbe record, VersionedProbeInput input) {
        record.name = input.name();
        record.provinceCode = input.provinceCode();
        record.communeCode = input.communeCode();
    }
}
