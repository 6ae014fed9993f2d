package vn.gov.antq.staffing.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Page;
import vn.gov.antq.commons.audit.AuditAction;
import vn.gov.antq.commons.audit.AuditDiff;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.communes.CommuneRegistry;
import vn.gov.antq.commons.concurrency.Preconditions;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.paging.PanachePaging;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.sync.DeltaPage;
import vn.gov.antq.commons.sync.DeltaRequest;
import vn.gov.antq.commons.sync.DeltaSource;
import vn.gov.antq.commons.sync.DeltaSync;
import vn.gov.antq.commons.sync.Tombstones;
import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.staffing.model.PoliceOfficer;
import vn.gov.antq.staffing.model.Posting;
import vn.gov.antq.staffing.repository.OfficerSearch;
import vn.gov.antq.staffing.repository.PoliceOfficerRepository;
import vn.gov.antq.staffing.repository.PostingRepository;

/**
 * Officers are personnel of a province's police: the ministry and that province's officers write them. Their personal
 * data (name, birth year, identity number, phone) goes only to callers whose scope holds the officer:
 * <ul>
 * <li>{@code MINISTRY_ADMIN}: every officer;</li>
 * <li>{@code PROVINCE_OFFICER}: the officers of its province;</li>
 * <li>{@code COMMUNE_OFFICER}: the officers of its province with a posting (past, current or future) in its commune;</li>
 * <li>{@code MINISTRY_ANALYST}: every officer, pseudonymously: id (the pseudonym), province, rank, gender and birth
 * decade, never the personal data; it may not search or sort by name (that would reveal it);</li>
 * <li>{@code PARTNER_SYSTEM} and {@code TIP_INVESTIGATOR}: no officer at all (the endpoints refuse them); partners
 * read the staffing figures, which count postings and name no one.</li>
 * </ul>
 * Any other officer reads as missing (404). The audit trail records that personal data changed, never its values.
 */
@ApplicationScoped
public class OfficerService {

    static final String RESOURCE = "police-officer";
    static final int EARLIEST_BIRTH_YEAR = 1955;
    static final int MINIMUM_AGE = 18;
    static final Set<String> PERSONAL_DATA = Set.of("fullName", "birthYear", "idNumber", "phone");
    private static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version", "createdAt", "pseudonymous");
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "provinceCode", "provinceCode", "updatedAt", "updatedAt",
            "fullName", "fullName", "birthYear", "birthYear");
    private static final Set<String> PERSONAL_SORT_KEYS = Set.of("fullName", "birthYear");

    /** How much of an officer a caller gets. */
    enum Access {
        FULL, PSEUDONYMOUS
    }

    @Inject
    PoliceOfficerRepository officers;

    @Inject
    PostingRepository postings;

    @Inject
    AdministrativeUnits units;

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

    /**
     * Officers the caller may read. Searching by name ({@code q}) or sorting by a personal field is limited to the
     * officers whose personal data the caller sees; an analyst without another role gets 403 for it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<OfficerView> list(OfficerSearch search, PageRequest page) {
        io.quarkus.panache.common.Sort sort = PanachePaging.sort(page, SORTABLE, "id", "id");
        boolean personal = search.text() != null || page.sortKeys(SORTABLE, "id", "id").stream()
                .anyMatch(key -> PERSONAL_SORT_KEYS.contains(key.attribute()));
        OfficerSearch scoped;
        if (caller.hasRole(Roles.MINISTRY_ADMIN) || (caller.hasRole(Roles.MINISTRY_ANALYST) && !personal)) {
            scoped = search;
        } else if (caller.hasRole(Roles.PROVINCE_OFFICER) || caller.hasRole(Roles.COMMUNE_OFFICER)) {
            String province = requireClaim(caller.province(), CallerScope.PROVINCE_CLAIM);
            String commune = caller.hasRole(Roles.PROVINCE_OFFICER) ? null : requireClaim(caller.commune(), CallerScope.COMMUNE_CLAIM);
            if (search.provinceCode() != null && !search.provinceCode().equals(province)) {
                return PageResponse.of(List.of(), page, 0);
            }
            scoped = search.withScope(province, commune);
        } else {
            throw forbidden("Searching or sorting officers by name or birth year needs access to their personal data, which your "
                    + "role does not give; filter by province, unit, rank or gender instead");
        }
        if (scoped.policeUnitId() != null && scoped.asOf() == null) {
            scoped = new OfficerSearch(scoped.provinceCode(), scoped.rank(), scoped.gender(), scoped.policeUnitId(), CommuneRegistry.today(),
                    scoped.text(), scoped.postedInCommune());
        }
        var query = officers.search(scoped, sort);
        List<PoliceOfficer> rows = query.page(Page.of(page.page(), page.size())).list();
        Map<Long, Access> access = accessTo(rows);
        List<OfficerView> items = rows.stream().map(o -> toView(o, access.get(o.id))).toList();
        return PageResponse.of(items, page, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OfficerView get(long id) {
        PoliceOfficer officer = officers.findById(id);
        Access access = officer == null ? null : accessTo(officer).orElse(null);
        if (access == null) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return toView(officer, access);
    }

    @Transactional
    public OfficerView create(OfficerInput input) {
        requireCurrentProvince(input.provinceCode());
        validateBirthYear(input.birthYear());
        String phone = VietnamesePhone.normalise("phone", input.phone());
        caller.requireWrite(input.provinceCode(), null);
        requireUniqueIdNumber(input.idNumber(), null);
        PoliceOfficer officer = new PoliceOfficer();
        officer.createdAt = Instant.now();
        apply(officer, input, phone);
        write(() -> officers.persistAndFlush(officer));
        OfficerView created = toView(officer, Access.FULL);
        auditTrail.record(AuditAction.CREATE, RESOURCE, officer.id, officer.provinceCode, null,
                AuditDiff.between(json, null, created, PERSONAL_DATA, NOT_AUDITED));
        return created;
    }

    @Transactional
    public OfficerView update(long id, String ifMatch, OfficerInput input) {
        PoliceOfficer officer = writable(id);
        Preconditions.requireIfMatch(ifMatch, officer.version);
        validateBirthYear(input.birthYear());
        String phone = VietnamesePhone.normalise("phone", input.phone());
        if (!officer.provinceCode.equals(input.provinceCode())) {
            requireCurrentProvince(input.provinceCode());
            caller.requireWrite(input.provinceCode(), null);
            List<Posting> running = postings.runningOnOrAfter(id, CommuneRegistry.today());
            if (!running.isEmpty()) {
                throw ProblemException.conflict("Officer " + id + " is posted in province " + officer.provinceCode + " (posting "
                        + running.get(0).id + "): end the posting before moving the officer to province " + input.provinceCode());
            }
        }
        Optional<LocalDate> firstPosted = postings.firstPosted(id);
        if (firstPosted.isPresent() && firstPosted.get().getYear() - input.birthYear() < MINIMUM_AGE) {
            throw ProblemException.invalidField("birthYear", "the officer was posted on " + firstPosted.get() + ", which would be before the age of "
                    + MINIMUM_AGE);
        }
        requireUniqueIdNumber(input.idNumber(), id);
        OfficerView before = toView(officer, Access.FULL);
        apply(officer, input, phone);
        write(officers::flush);
        OfficerView after = toView(officer, Access.FULL);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, officer.provinceCode, null,
                AuditDiff.between(json, before, after, PERSONAL_DATA, NOT_AUDITED));
        return after;
    }

    /** Removes an officer recorded in error; refused while postings refer to the officer. */
    @Transactional
    public void delete(long id, String ifMatch) {
        PoliceOfficer officer = writable(id);
        Preconditions.requireIfMatch(ifMatch, officer.version);
        if (postings.anyOfOfficer(id)) {
            throw hasPostings(id);
        }
        auditTrail.record(AuditAction.DELETE, RESOURCE, id, officer.provinceCode, null,
                AuditDiff.between(json, toView(officer, Access.FULL), null, PERSONAL_DATA, NOT_AUDITED));
        tombstones.record(RESOURCE, String.valueOf(id), officer.provinceCode, null);
        try {
            officers.delete(officer);
            officers.flush();
        } catch (PersistenceException e) {
            if (DatabaseConstraints.violated(e, "police_posting_officer_id_fkey")) {
                throw hasPostings(id);
            }
            throw e;
        }
    }

    /**
     * Officers changed or deleted since the client's last sync, for the ministry (analysts pseudonymously) and for a
     * province's officers, whose own province's officers they are.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeltaPage<OfficerView> changes(DeltaRequest request) {
        return deltaSync.page(DeltaSource.of(PoliceOfficer.class, RESOURCE).withoutCommune(), request, caller.recordFilter(),
                officer -> toView(officer, accessTo(officer).orElse(Access.PSEUDONYMOUS)));
    }

    /** An officer the caller may read in any form; 404 otherwise. */
    PoliceOfficer readable(long id) {
        PoliceOfficer officer = officers.findById(id);
        if (officer == null || accessTo(officer).isEmpty()) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return officer;
    }

    /** An officer the caller may change (its province's, for a province officer); 404 when unreadable, 403 when read-only. */
    PoliceOfficer writable(long id) {
        PoliceOfficer officer = readable(id);
        caller.requireWrite(officer.provinceCode, null);
        return officer;
    }

    /** What the caller gets of this officer; empty: nothing (it reads as missing). */
    Optional<Access> accessTo(PoliceOfficer officer) {
        if (fullByRole(officer)) {
            return Optional.of(Access.FULL);
        }
        if (caller.hasRole(Roles.COMMUNE_OFFICER) && officer.provinceCode.equals(caller.province()) && caller.commune() != null
                && postings.anyInCommune(officer.id, caller.commune())) {
            return Optional.of(Access.FULL);
        }
        return caller.hasRole(Roles.MINISTRY_ANALYST) ? Optional.of(Access.PSEUDONYMOUS) : Optional.empty();
    }

    /** As {@link #accessTo(PoliceOfficer)} for a page of officers the caller may read, with one query for a commune officer. */
    private Map<Long, Access> accessTo(List<PoliceOfficer> page) {
        Set<Long> postedHere = caller.hasRole(Roles.COMMUNE_OFFICER) && caller.commune() != null
                ? postings.postedInCommune(page.stream().map(o -> o.id).toList(), caller.commune())
                : Set.of();
        Map<Long, Access> access = new HashMap<>();
        for (PoliceOfficer officer : page) {
            boolean full = fullByRole(officer) || (postedHere.contains(officer.id) && officer.provinceCode.equals(caller.province()));
            access.put(officer.id, full ? Access.FULL : Access.PSEUDONYMOUS);
        }
        return access;
    }

    private boolean fullByRole(PoliceOfficer officer) {
        return caller.hasRole(Roles.MINISTRY_ADMIN)
                || (caller.hasRole(Roles.PROVINCE_OFFICER) && officer.provinceCode.equals(caller.province()));
    }

    private void requireCurrentProvince(String provinceCode) {
        if (units.currentProvince(provinceCode).isEmpty()) {
            throw ProblemException.invalidField("provinceCode", "'" + provinceCode + "' is not one of the 34 current provinces");
        }
    }

    private static void validateBirthYear(int birthYear) {
        int latest = CommuneRegistry.today().getYear() - MINIMUM_AGE;
        if (birthYear > latest) {
            throw ProblemException.invalidField("birthYear", "must be " + latest + " or earlier: officers are at least " + MINIMUM_AGE);
        }
    }

    private void requireUniqueIdNumber(String idNumber, Long exceptId) {
        if (idNumber != null && !idNumber.isBlank()) {
            officers.withIdNumber(idNumber, exceptId).ifPresent(other -> {
                throw duplicateIdNumber(other.id);
            });
        }
    }

    /** Runs the statement that writes the officer; the unique index's refusal (a racing writer) is a 409, not a 500. */
    private static void write(Runnable statement) {
        try {
            statement.run();
        } catch (PersistenceException e) {
            if (DatabaseConstraints.violated(e, PoliceOfficerRepository.ID_NUMBER_UNIQUE)) {
                throw duplicateIdNumber(null);
            }
            throw e;
        }
    }

    // The other record's id is named only to callers who could write it anyway (same province) or the ministry.
    private static ProblemException duplicateIdNumber(Long otherId) {
        return ProblemException.conflict("Another officer" + (otherId == null ? "" : " (officer " + otherId + ")")
                + " has this identity number; an officer is recorded once");
    }

    private static ProblemException hasPostings(long id) {
        return ProblemException.conflict("Officer " + id + " has postings; delete the postings recorded in error first");
    }

    private static String requireClaim(String value, String claim) {
        if (value == null || value.isBlank()) {
            throw forbidden("Your token has no '" + claim + "' claim, which your role needs");
        }
        return value;
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException("about:blank", "Forbidden", 403, detail, List.of());
    }

    private static void apply(PoliceOfficer officer, OfficerInput input, String phone) {
        officer.provinceCode = input.provinceCode();
        officer.fullName = StaffingText.nfc(input.fullName());
        officer.rank = input.rank();
        officer.gender = input.gender();
        officer.birthYear = input.birthYear();
        officer.idNumber = input.idNumber() == null || input.idNumber().isBlank() ? null : input.idNumber();
        officer.phone = phone;
        officer.updatedAt = Instant.now();
    }

    static OfficerView toView(PoliceOfficer officer, Access access) {
        boolean full = access == Access.FULL;
        return new OfficerView(officer.id, officer.provinceCode, officer.rank, officer.gender, officer.birthYear / 10 * 10, !full,
                full ? officer.fullName : null, full ? officer.birthYear : null, full ? officer.idNumber : null, full ? officer.phone : null,
                officer.createdAt, officer.updatedAt, officer.version);
    }
}
