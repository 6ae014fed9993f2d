package vn.gov.antq.staffing.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.antq.commons.audit.AuditAction;
import vn.gov.antq.commons.audit.AuditDiff;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.communes.Commune;
import vn.gov.antq.commons.communes.CommuneRegistry;
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
import vn.gov.antq.staffing.model.PoliceOfficer;
import vn.gov.antq.staffing.model.PoliceUnit;
import vn.gov.antq.staffing.model.Posting;
import vn.gov.antq.staffing.model.PostingPosition;
import vn.gov.antq.staffing.repository.PoliceUnitRepository;
import vn.gov.antq.staffing.repository.PostingRepository;
import vn.gov.antq.staffing.repository.PostingSearch;

/**
 * Postings of regular officers to commune police units. Posting decisions are the province police's: the ministry and
 * the officers of the unit's province write them (the officer and the unit are always of the same province); readers
 * see them by the unit's province and commune as their record scope allows, so a commune officer sees its unit's
 * postings, past and present. Postings name the officer by id only; personal data stays on the officer.
 *
 * <p><b>One place at a time.</b> An officer's postings never share a day: checked before writing (409 naming the
 * posting in the way) and enforced by the exclusion constraint {@value PostingRepository#NO_OVERLAP}, which makes a
 * concurrent second write wait for the first and then fail, also answered 409.
 *
 * <p><b>Dates.</b> Units belong to current communes, so a posting starts on a day the unit's commune is in force (from
 * 2025-07-01: officers serving before the reform are recorded from that day, under the decision that assigned them to
 * the new commune's police), at most a year ahead, when the officer is at least 18. Ending a posting is a PUT with
 * {@code toDate}; a transfer ({@link #transfer}) ends one and opens the next in one transaction.
 *
 * <p><b>Tallies.</b> A posting may not cover the day of a regular-police tally of its unit's province or commune
 * ({@link RegularPoliceDoubleCount}): both would count the officer.
 */
@ApplicationScoped
public class PostingService {

    static final String RESOURCE = "police-posting";
    private static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version", "createdAt");
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "fromDate", "fromDate", "toDate", "toDate",
            "communeCode", "communeCode", "provinceCode", "provinceCode", "position", "position", "officerId", "officer.id",
            "policeUnitId", "policeUnit.id", "updatedAt", "updatedAt");
    private static final int MAX_DAYS_AHEAD = 366;

    @Inject
    PostingRepository postings;

    @Inject
    PoliceUnitRepository units;

    @Inject
    OfficerService officers;

    @Inject
    RegularPoliceDoubleCount doubleCount;

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

    /** The field names a request uses for the new posting's unit and days. */
    private record Fields(String unit, String from, String to) {
        static final Fields POSTING = new Fields("policeUnitId", "fromDate", "toDate");
        static final Fields TRANSFER = new Fields("policeUnitId", "effectiveFrom", "toDate");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<PostingView> list(PostingSearch search, PageRequest page) {
        ScopeFilter scope = caller.recordFilter();
        if (search.outside(scope)) {
            return PageResponse.of(List.of(), page, 0);
        }
        return PanachePaging.page(postings.search(search.within(scope), PanachePaging.sort(page, SORTABLE, "fromDate", "id")), page,
                PostingService::toView);
    }

    /** An officer's postings within the caller's scope; 404 when the officer itself is out of reach. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<PostingView> listForOfficer(long officerId, PageRequest page) {
        officers.readable(officerId);
        return list(new PostingSearch(null, null, null, officerId, null, null), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PostingView get(long id) {
        return toView(readable(id));
    }

    @Transactional
    public PostingView create(long officerId, PostingInput input) {
        PoliceOfficer officer = officers.writable(officerId);
        Posting posting = open(officer, input.policeUnitId(), input.position(), input.fromDate(), input.toDate(), input.decisionRef(),
                input.notes(), null, Fields.POSTING);
        PostingView created = toView(posting);
        auditTrail.record(AuditAction.CREATE, RESOURCE, posting.id, posting.provinceCode, posting.communeCode,
                AuditDiff.between(json, null, created, Set.of(), NOT_AUDITED));
        return created;
    }

    /** Corrects a posting or ends it ({@code toDate}); its officer and unit cannot change. */
    @Transactional
    public PostingView update(long id, String ifMatch, PostingInput input) {
        Posting posting = readable(id);
        caller.requireWrite(posting.provinceCode, posting.communeCode);
        Preconditions.requireIfMatch(ifMatch, posting.version);
        if (!posting.policeUnit.id.equals(input.policeUnitId())) {
            throw ProblemException.invalidField("policeUnitId", "a posting's unit cannot change (it is " + posting.policeUnit.id
                    + "); record a transfer (POST /api/v1/postings/" + id + "/transfers), or delete the posting recorded in error");
        }
        validateDays(posting.officer, posting.policeUnit, input.fromDate(), input.toDate(), Fields.POSTING);
        requireNoOverlap(posting.officer, input.fromDate(), input.toDate(), id);
        doubleCount.requirePostingNotTallied(posting.policeUnit, input.fromDate(), input.toDate());
        PostingView before = toView(posting);
        posting.position = input.position();
        posting.fromDate = input.fromDate();
        posting.toDate = input.toDate();
        posting.decisionRef = StaffingText.nfc(input.decisionRef());
        posting.notes = StaffingText.blankToNull(input.notes());
        posting.updatedAt = Instant.now();
        write(posting.officer, postings::flush);
        PostingView after = toView(posting);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, posting.provinceCode, posting.communeCode,
                AuditDiff.between(json, before, after, Set.of(), NOT_AUDITED));
        return after;
    }

    /** Removes a posting recorded in error (one that simply ended keeps its toDate instead). */
    @Transactional
    public void delete(long id, String ifMatch) {
        Posting posting = readable(id);
        caller.requireWrite(posting.provinceCode, posting.communeCode);
        Preconditions.requireIfMatch(ifMatch, posting.version);
        postings.transferredFrom(id).ifPresent(next -> {
            throw ProblemException.conflict("Posting " + next.id + " was opened by a transfer from posting " + id
                    + "; delete that one first if the transfer was recorded in error");
        });
        auditTrail.record(AuditAction.DELETE, RESOURCE, id, posting.provinceCode, posting.communeCode,
                AuditDiff.between(json, toView(posting), null, Set.of(), NOT_AUDITED));
        tombstones.record(RESOURCE, String.valueOf(id), posting.provinceCode, posting.communeCode);
        postings.delete(posting);
        postings.flush();
    }

    /**
     * A transfer (điều động): ends the posting the day before {@code effectiveFrom} and opens the new one on that day,
     * in one transaction, so both happen or neither: a new posting that is refused (invalid, overlapping another
     * posting of the officer, a unit out of reach) rolls the closing back too.
     */
    @Transactional
    public TransferView transfer(long id, String ifMatch, TransferInput input) {
        Posting current = readable(id);
        caller.requireWrite(current.provinceCode, current.communeCode);
        Preconditions.requireIfMatch(ifMatch, current.version);
        LocalDate lastDay = input.effectiveFrom().minusDays(1);
        if (lastDay.isBefore(current.fromDate)) {
            throw ProblemException.invalidField("effectiveFrom", "must be after the first day of posting " + id + " (" + current.fromDate + ")");
        }
        if (current.toDate != null && current.toDate.isBefore(lastDay)) {
            throw ProblemException.conflict("Posting " + id + " ended on " + current.toDate + ", before " + input.effectiveFrom()
                    + ": there is nothing to transfer from; record the new posting on its own");
        }
        if (current.policeUnit.id.equals(input.policeUnitId()) && current.position == input.position()) {
            throw ProblemException.invalidField("position", "a transfer changes the unit or the position; to change the dates of posting "
                    + id + " send it again (PUT)");
        }
        PostingView before = toView(current);
        current.toDate = lastDay;
        current.updatedAt = Instant.now();
        write(current.officer, postings::flush);
        PostingView closed = toView(current);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, current.provinceCode, current.communeCode,
                AuditDiff.between(json, before, closed, Set.of(), NOT_AUDITED));
        Posting next = open(current.officer, input.policeUnitId(), input.position(), input.effectiveFrom(), input.toDate(),
                input.decisionRef(), input.notes(), id, Fields.TRANSFER);
        PostingView opened = toView(next);
        auditTrail.record(AuditAction.CREATE, RESOURCE, next.id, next.provinceCode, next.communeCode,
                AuditDiff.between(json, null, opened, Set.of(), NOT_AUDITED));
        return new TransferView(closed, opened);
    }

    /** Postings changed or deleted since the client's last sync, within the caller's province or commune (the unit's). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeltaPage<PostingView> changes(DeltaRequest request) {
        return deltaSync.page(DeltaSource.of(Posting.class, RESOURCE), request, caller.recordFilter(), PostingService::toView);
    }

    private Posting open(PoliceOfficer officer, long unitId, PostingPosition position, LocalDate from, LocalDate to, String decisionRef,
            String notes, Long transferredFromId, Fields fields) {
        PoliceUnit unit = units.findById(unitId);
        if (unit == null || !caller.canRead(unit.provinceCode, unit.communeCode)) {
            throw ProblemException.invalidField(fields.unit(), "no police unit with id " + unitId);
        }
        if (!unit.provinceCode.equals(officer.provinceCode)) {
            throw ProblemException.invalidField(fields.unit(), "police unit " + unitId + " is in province " + unit.provinceCode
                    + "; officer " + officer.id + " belongs to province " + officer.provinceCode);
        }
        caller.requireWrite(unit.provinceCode, unit.communeCode);
        validateDays(officer, unit, from, to, fields);
        requireNoOverlap(officer, from, to, null);
        doubleCount.requirePostingNotTallied(unit, from, to);
        Posting posting = new Posting();
        posting.officer = officer;
        posting.policeUnit = unit;
        posting.provinceCode = unit.provinceCode;
        posting.communeCode = unit.communeCode;
        posting.position = position;
        posting.fromDate = from;
        posting.toDate = to;
        posting.decisionRef = StaffingText.nfc(decisionRef);
        posting.notes = StaffingText.blankToNull(notes);
        posting.transferredFromId = transferredFromId;
        posting.createdAt = Instant.now();
        posting.updatedAt = posting.createdAt;
        write(officer, () -> postings.persistAndFlush(posting));
        return posting;
    }

    private static void validateDays(PoliceOfficer officer, PoliceUnit unit, LocalDate from, LocalDate to, Fields fields) {
        if (to != null && to.isBefore(from)) {
            throw ProblemException.invalidField(fields.to(), "cannot be before " + fields.from() + " (" + from + ")");
        }
        LocalDate latest = CommuneRegistry.today().plusDays(MAX_DAYS_AHEAD);
        if (from.isAfter(latest)) {
            throw ProblemException.invalidField(fields.from(), "cannot be more than a year ahead (after " + latest + ")");
        }
        Commune commune = unit.commune;
        if (!commune.validOn(from)) {
            throw ProblemException.invalidField(fields.from(), "the unit's commune " + commune.code + " (" + commune.name + ") is in force from "
                    + commune.validFrom + (commune.validTo == null ? "" : " to " + commune.validTo) + ", not on " + from);
        }
        if (to != null && !commune.validOn(to)) {
            throw ProblemException.invalidField(fields.to(), "the unit's commune " + commune.code + " (" + commune.name + ") is in force to "
                    + commune.validTo + ", not on " + to);
        }
        if (from.getYear() - officer.birthYear < OfficerService.MINIMUM_AGE) {
            throw ProblemException.invalidField(fields.from(), "officer " + officer.id + " would be under " + OfficerService.MINIMUM_AGE);
        }
    }

    private void requireNoOverlap(PoliceOfficer officer, LocalDate from, LocalDate to, Long exceptId) {
        List<Posting> overlapping = postings.overlapping(officer.id, from, to, exceptId);
        if (!overlapping.isEmpty()) {
            Posting other = overlapping.get(0);
            throw ProblemException.conflict("Officer " + officer.id + " is already posted to police unit " + other.policeUnit.id + " from "
                    + other.fromDate + (other.toDate == null ? " on" : " to " + other.toDate) + " (posting " + other.id
                    + "): an officer serves in one place at a time; end that posting first (PUT with toDate) or record a transfer");
        }
    }

    /** Runs the statement that writes a posting; the exclusion constraint's refusal (a racing writer) is a 409, not a 500. */
    private static void write(PoliceOfficer officer, Runnable statement) {
        try {
            statement.run();
        } catch (PersistenceException e) {
            if (DatabaseConstraints.violated(e, PostingRepository.NO_OVERLAP)) {
                throw ProblemException.conflict("Officer " + officer.id + " was posted elsewhere for some of these days by a request "
                        + "saved just before this one: an officer serves in one place at a time. Read the officer's postings and retry");
            }
            throw e;
        }
    }

    /** A posting the caller may not read (its unit in another province, or for a commune officer another commune) reads as missing. */
    private Posting readable(long id) {
        Posting posting = postings.findById(id);
        if (posting == null || !caller.canRead(posting.provinceCode, posting.communeCode)) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return posting;
    }

    static PostingView toView(Posting posting) {
        return new PostingView(posting.id, posting.officer.id, posting.policeUnit.id, posting.provinceCode, posting.communeCode,
                posting.position, posting.fromDate, posting.toDate, posting.decisionRef, posting.transferredFromId, posting.notes,
                posting.createdAt, posting.updatedAt, posting.version);
    }
}
