package vn.gov.antq.models.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.antq.commons.audit.AuditAction;
import vn.gov.antq.commons.audit.AuditDiff;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.communes.CommuneRegistry;
import vn.gov.antq.commons.communes.CommuneResolution;
import vn.gov.antq.commons.concurrency.Preconditions;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.paging.PanachePaging;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.commons.security.ScopeFilter;
import vn.gov.antq.commons.sync.DeltaPage;
import vn.gov.antq.commons.sync.DeltaRequest;
import vn.gov.antq.commons.sync.DeltaSource;
import vn.gov.antq.commons.sync.DeltaSync;
import vn.gov.antq.commons.sync.Tombstones;
import vn.gov.antq.models.model.SafeUnitRecognition;
import vn.gov.antq.models.repository.SafeUnitRecognitionRepository;
import vn.gov.antq.models.repository.SafeUnitRecognitionSearch;

/**
 * Yearly safe-unit verdicts are commune-level records: the ministry writes any, a province officer those of its
 * province, a commune officer those of its commune; readers see them as their record scope allows.
 *
 * <p><b>Communes and dates.</b> A verdict keeps the commune as it was when it was given, like every dated report: the
 * code is checked with {@link CommuneRegistry#requireCommune} on the decision date, or, without one, on the last day of
 * the year (today for the current year). So a verdict given before 2025-07-01 names a pre-reform commune, one given
 * later a current commune; its province is the current province that commune belongs to, never sent by the client.
 * The commune cannot change once recorded (commune-scoped sync clients could not learn that a verdict left them):
 * a verdict filed under the wrong commune is deleted and recorded again.
 *
 * <p>One verdict per unit (commune, kind, name compared without case or diacritics) and year: a second one is a 409,
 * checked before writing and, for two writers racing past the check, translated from the unique index.
 */
@ApplicationScoped
public class SafeUnitRecognitionService {

    static final String RESOURCE = "safe-unit-recognition";
    private static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version", "createdAt");
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "year", "recognitionYear", "unitName", "unitName",
            "unitKind", "unitKind", "communeCode", "communeCode", "provinceCode", "provinceCode", "decidedOn", "decidedOn",
            "updatedAt", "updatedAt");

    @Inject
    SafeUnitRecognitionRepository recognitions;

    @Inject
    CommuneRegistry communes;

    @Inject
    CallerScope caller;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ObjectMapper json;

    @Inject
    Tombstones tombstones;

    @Inject
    DeltaSync deltaSync;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<RecognitionView> list(SafeUnitRecognitionSearch search, PageRequest page) {
        ScopeFilter scope = caller.recordFilter();
        if (search.outside(scope)) {
            return PageResponse.of(List.of(), page, 0);
        }
        SafeUnitRecognitionSearch scoped = search.within(scope);
        if (scoped.text() != null) {
            scoped = new SafeUnitRecognitionSearch(scoped.provinceCode(), scoped.communeCode(), scoped.year(), scoped.unitKind(),
                    scoped.result(), ModelSiteService.nfc(scoped.text()));
        }
        return PanachePaging.page(recognitions.search(scoped, PanachePaging.sort(page, SORTABLE, "year,desc", "id")), page,
                SafeUnitRecognitionService::toView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RecognitionView get(long id) {
        return toView(readable(id));
    }

    @Transactional
    public RecognitionView create(RecognitionInput input) {
        validateDates(input);
        CommuneResolution commune = communes.resolve("communeCode", input.communeCode(), communeDate(input));
        caller.requireWrite(commune.provinceCode(), input.communeCode());
        requireNoOtherVerdict(input, null);
        SafeUnitRecognition recognition = new SafeUnitRecognition();
        recognition.provinceCode = commune.provinceCode();
        recognition.createdAt = Instant.now();
        apply(recognition, input);
        write(input, () -> recognitions.persistAndFlush(recognition));
        RecognitionView created = toView(recognition);
        auditTrail.record(AuditAction.CREATE, RESOURCE, recognition.id, recognition.provinceCode, recognition.communeCode,
                AuditDiff.between(json, null, created, Set.of(), NOT_AUDITED));
        return created;
    }

    @Transactional
    public RecognitionView update(long id, String ifMatch, RecognitionInput input) {
        SafeUnitRecognition recognition = readable(id);
        caller.requireWrite(recognition.provinceCode, recognition.communeCode);
        Preconditions.requireIfMatch(ifMatch, recognition.version);
        if (!recognition.communeCode.equals(input.communeCode())) {
            throw ProblemException.invalidField("communeCode", "a verdict's commune cannot change (it is " + recognition.communeCode
                    + "); delete the verdict and record it again under the right commune");
        }
        validateDates(input);
        // Same code, but the year or decision date may now fall on the other side of the reform.
        communes.requireCommune("communeCode", input.communeCode(), recognition.provinceCode, communeDate(input));
        requireNoOtherVerdict(input, id);
        RecognitionView before = toView(recognition);
        apply(recognition, input);
        write(input, recognitions::flush);
        RecognitionView after = toView(recognition);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, recognition.provinceCode, recognition.communeCode,
                AuditDiff.between(json, before, after, Set.of(), NOT_AUDITED));
        return after;
    }

    /** Removes a verdict recorded in error; sync clients learn of it through the tombstone. */
    @Transactional
    public void delete(long id, String ifMatch) {
        SafeUnitRecognition recognition = readable(id);
        caller.requireWrite(recognition.provinceCode, recognition.communeCode);
        Preconditions.requireIfMatch(ifMatch, recognition.version);
        auditTrail.record(AuditAction.DELETE, RESOURCE, id, recognition.provinceCode, recognition.communeCode,
                AuditDiff.between(json, toView(recognition), null, Set.of(), NOT_AUDITED));
        tombstones.record(RESOURCE, String.valueOf(id), recognition.provinceCode, recognition.communeCode);
        recognitions.delete(recognition);
    }

    /** Verdicts changed or deleted since the client's last sync, within the caller's province or commune. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeltaPage<RecognitionView> changes(DeltaRequest request) {
        return deltaSync.page(DeltaSource.of(SafeUnitRecognition.class, RESOURCE), request, caller.recordFilter(),
                SafeUnitRecognitionService::toView);
    }

    private SafeUnitRecognition readable(long id) {
        SafeUnitRecognition recognition = recognitions.findById(id);
        if (recognition == null || !caller.canRead(recognition.provinceCode, recognition.communeCode)) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return recognition;
    }

    private static void validateDates(RecognitionInput input) {
        int thisYear = CommuneRegistry.today().getYear();
        if (input.year() > thisYear) {
            throw ProblemException.invalidField("year", "cannot be in the future (this year is " + thisYear + ")");
        }
        if (input.decidedOn() != null && input.decidedOn().getYear() < input.year()) {
            throw ProblemException.invalidField("decidedOn", "cannot be before the year it decides on (" + input.year() + ")");
        }
    }

    /** The day the commune must be valid on: the decision's, else the year's last day, or today for the current year. */
    static LocalDate communeDate(RecognitionInput input) {
        if (input.decidedOn() != null) {
            return input.decidedOn();
        }
        LocalDate endOfYear = LocalDate.of(input.year(), 12, 31);
        LocalDate today = CommuneRegistry.today();
        return endOfYear.isAfter(today) ? today : endOfYear;
    }

    private void requireNoOtherVerdict(RecognitionInput input, Long exceptId) {
        recognitions.verdictFor(input.communeCode(), input.unitKind(), unitName(input), input.year(), exceptId).ifPresent(other -> {
            throw duplicate(input, other.id);
        });
    }

    /**
     * Runs the statement that writes the verdict (an insert runs at persist: the ids are identities); a unique-index
     * violation, from a writer that raced past the check, is a 409, not a 500.
     */
    private static void write(RecognitionInput input, Runnable statement) {
        try {
            statement.run();
        } catch (PersistenceException e) {
            if (violates(e, SafeUnitRecognitionRepository.ONCE_A_YEAR)) {
                throw duplicate(input, null);
            }
            throw e;
        }
    }

    private static boolean violates(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException duplicate(RecognitionInput input, Long otherId) {
        return ProblemException.conflict("The " + input.unitKind() + " '" + input.unitName().trim() + "' of commune " + input.communeCode()
                + " already has a verdict for " + input.year() + (otherId == null ? "" : " (recognition " + otherId + ")")
                + "; there is one verdict per unit and year: correct that one instead");
    }

    private static String unitName(RecognitionInput input) {
        return ModelSiteService.nfc(input.unitName().trim());
    }

    private static void apply(SafeUnitRecognition recognition, RecognitionInput input) {
        recognition.unitKind = input.unitKind();
        recognition.unitName = unitName(input);
        recognition.communeCode = input.communeCode();
        recognition.recognitionYear = input.year();
        recognition.result = input.result();
        recognition.decisionRef = ModelTypeService.blankToNull(input.decisionRef());
        recognition.decidedOn = input.decidedOn();
        recognition.notes = ModelTypeService.blankToNull(input.notes());
        recognition.updatedAt = Instant.now();
    }

    static RecognitionView toView(SafeUnitRecognition recognition) {
        return new RecognitionView(recognition.id, recognition.unitKind, recognition.unitName, recognition.provinceCode,
                recognition.communeCode, recognition.recognitionYear, recognition.result, recognition.decisionRef, recognition.decidedOn,
                recognition.notes, recognition.createdAt, recognition.updatedAt, recognition.version);
    }
}
