package vn.gov.antq.activities.service;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.antq.activities.model.ActivityLanguage;
import vn.gov.antq.activities.model.ActivityTopic;
import vn.gov.antq.activities.model.PropagandaActivity;
import vn.gov.antq.activities.repository.ActivitySearch;
import vn.gov.antq.activities.repository.PropagandaActivityRepository;
import vn.gov.antq.activities.repository.TipRepository;
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
import vn.gov.antq.commons.security.ScopeFilter;
import vn.gov.antq.commons.sync.DeltaPage;
import vn.gov.antq.commons.sync.DeltaRequest;
import vn.gov.antq.commons.sync.DeltaSource;
import vn.gov.antq.commons.sync.DeltaSync;
import vn.gov.antq.commons.sync.Tombstones;
import vn.gov.antq.commons.units.AdministrativeUnits;

/**
 * Activities are commune-level records (or province-level, without a commune): the ministry and the province's officers
 * write them anywhere in the province, a commune officer only in its own commune; readers see them as their record
 * scope allows (a commune officer: its commune's activities only, not the province-wide ones).
 *
 * <p><b>Communes and dates.</b> The commune is read with {@link CommuneRegistry#requireCommune} on the activity's last
 * day (heldOn, or periodTo): an activity held before the 2025-07-01 reform names the commune of that time. Province and
 * commune cannot change once recorded: scoped sync clients could not learn that an activity left them, so one filed
 * under the wrong unit is deleted and recorded again. An activity a tally already counts is refused
 * ({@link ActivityDoubleCountRule}).
 */
@ApplicationScoped
public class PropagandaActivityService {

    static final String RESOURCE = "propaganda-activity";
    static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version", "createdAt");
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "title", "title", "form", "form",
            "provinceCode", "provinceCode", "communeCode", "communeCode", "heldOn", "heldOn", "periodFrom", "periodFrom",
            "updatedAt", "updatedAt");
    private static final int HOURS_SCALE = 1;

    @Inject
    PropagandaActivityRepository activities;

    @Inject
    CommuneRegistry communes;

    @Inject
    AdministrativeUnits units;

    @Inject
    CallerScope caller;

    @Inject
    ActivityDoubleCountRule doubleCountRule;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ObjectMapper json;

    @Inject
    Tombstones tombstones;

    @Inject
    DeltaSync deltaSync;

    @Inject
    TipRepository tips;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ActivityView> list(ActivitySearch search, PageRequest page) {
        ScopeFilter scope = caller.recordFilter();
        if (search.outside(scope)) {
            return PageResponse.of(List.of(), page, 0);
        }
        ActivitySearch scoped = search.within(scope);
        if (scoped.text() != null) {
            scoped = scoped.withText(nfc(scoped.text()));
        }
        return PanachePaging.page(activities.search(scoped, PanachePaging.sort(page, SORTABLE, "id", "id")), page,
                PropagandaActivityService::toView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActivityView get(long id) {
        return toView(readable(id));
    }

    @Transactional
    public ActivityView create(ActivityInput input) {
        validateProvince(input.provinceCode());
        caller.requireWrite(input.provinceCode(), input.communeCode());
        validate(input);
        requireNotTallied(input);
        PropagandaActivity activity = new PropagandaActivity();
        activity.provinceCode = input.provinceCode();
        activity.communeCode = input.communeCode();
        activity.createdAt = Instant.now();
        apply(activity, input);
        activities.persist(activity);
        activities.flush();
        ActivityView created = toView(activity);
        auditTrail.record(AuditAction.CREATE, RESOURCE, activity.id, activity.provinceCode, activity.communeCode,
                AuditDiff.between(json, null, created, Set.of(), NOT_AUDITED));
        return created;
    }

    @Transactional
    public ActivityView update(long id, String ifMatch, ActivityInput input) {
        PropagandaActivity activity = readable(id);
        caller.requireWrite(activity.provinceCode, activity.communeCode);
        Preconditions.requireIfMatch(ifMatch, activity.version);
        lockAgainstNewSlips(activity);
        if (!activity.provinceCode.equals(input.provinceCode())) {
            throw ProblemException.invalidField("provinceCode", "an activity's province cannot change (it is " + activity.provinceCode
                    + "); delete the activity and record it again");
        }
        if (!Objects.equals(activity.communeCode, input.communeCode())) {
            throw ProblemException.invalidField("communeCode", "an activity's commune cannot change (it is "
                    + (activity.communeCode == null ? "none" : activity.communeCode) + "); delete the activity and record it again");
        }
        validate(input);
        requireNotTallied(input);
        requireSlipsNotBefore(id, input.heldOn() != null ? input.heldOn() : input.periodFrom());
        ActivityView before = toView(activity);
        apply(activity, input);
        activities.flush();
        ActivityView after = toView(activity);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, activity.provinceCode, activity.communeCode,
                AuditDiff.between(json, before, after, Set.of(), NOT_AUDITED));
        return after;
    }

    /** Removes an activity recorded in error; sync clients of its unit learn of it through the tombstone. */
    @Transactional
    public void delete(long id, String ifMatch) {
        PropagandaActivity activity = readable(id);
        caller.requireWrite(activity.provinceCode, activity.communeCode);
        Preconditions.requireIfMatch(ifMatch, activity.version);
        lockAgainstNewSlips(activity);
        long slips = tips.countOfActivity(id);
        if (slips > 0) {
            throw ProblemException.conflict("Activity " + id + " is named by " + slips + (slips == 1 ? " tip" : " tips")
                    + " from slips collected at its sessions (GET /api/v1/tips?activity=" + id + "); change or delete "
                    + (slips == 1 ? "it" : "them") + " first");
        }
        auditTrail.record(AuditAction.DELETE, RESOURCE, id, activity.provinceCode, activity.communeCode,
                AuditDiff.between(json, toView(activity), null, Set.of(), NOT_AUDITED));
        tombstones.record(RESOURCE, String.valueOf(id), activity.provinceCode, activity.communeCode);
        activities.delete(activity);
    }

    /** Activities changed or deleted since the client's last sync, within the caller's province or commune. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeltaPage<ActivityView> changes(DeltaRequest request) {
        return deltaSync.page(DeltaSource.of(PropagandaActivity.class, RESOURCE), request, caller.recordFilter(),
                PropagandaActivityService::toView);
    }

    /**
     * Tips link to an activity under a share lock ({@link TipService}); holding the row for update makes a link in
     * progress commit first (and be counted here) or wait until this change has committed. A version that changed
     * meanwhile fails the lock: 409 through the optimistic-lock mapper.
     */
    private void lockAgainstNewSlips(PropagandaActivity activity) {
        activities.getEntityManager().lock(activity, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Tips collected at the activity cannot have been received before it started. */
    private void requireSlipsNotBefore(long id, LocalDate firstDay) {
        tips.earliestReceivedAt(id).map(at -> at.atZone(CommuneRegistry.VIETNAM).toLocalDate())
                .filter(earliest -> earliest.isBefore(firstDay))
                .ifPresent(earliest -> {
                    throw ProblemException.conflict("A tip from a slip collected at activity " + id + " was received on " + earliest
                            + ", before the new first day " + firstDay + "; correct that tip first");
                });
    }

    /** An activity the caller may not read (another province, or for a commune officer another unit) reads as missing. */
    private PropagandaActivity readable(long id) {
        PropagandaActivity activity = activities.findById(id);
        if (activity == null || !caller.canRead(activity.provinceCode, activity.communeCode)) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return activity;
    }

    private void validateProvince(String provinceCode) {
        if (units.currentProvince(provinceCode).isEmpty()) {
            throw ProblemException.invalidField("provinceCode", "'" + provinceCode + "' is not one of the 34 current provinces"
                    + units.legacyProvince(provinceCode).map(old -> " (" + old.name() + " was merged into " + old.successorCode() + ")").orElse(""));
        }
    }

    private void validate(ActivityInput input) {
        boolean period = input.periodFrom() != null || input.periodTo() != null;
        if (input.heldOn() != null && period) {
            throw ProblemException.invalidField("heldOn", "give either heldOn or periodFrom–periodTo, not both");
        }
        if (input.heldOn() == null && !period) {
            throw ProblemException.invalidField("heldOn", "is required unless periodFrom and periodTo are given");
        }
        if (period && input.periodFrom() == null) {
            throw ProblemException.invalidField("periodFrom", "is required with periodTo");
        }
        if (period && input.periodTo() == null) {
            throw ProblemException.invalidField("periodTo", "is required with periodFrom");
        }
        if (period && input.periodTo().isBefore(input.periodFrom())) {
            throw ProblemException.invalidField("periodTo", "cannot be before periodFrom (" + input.periodFrom() + ")");
        }
        if (input.communeCode() != null) {
            communes.requireCommune("communeCode", input.communeCode(), input.provinceCode(),
                    input.heldOn() != null ? input.heldOn() : input.periodTo());
        }
    }

    private void requireNotTallied(ActivityInput input) {
        boolean oneDay = input.heldOn() != null;
        doubleCountRule.requireNotTallied(input.provinceCode(), input.communeCode(), input.form().name(),
                oneDay ? input.heldOn() : input.periodFrom(), oneDay ? input.heldOn() : input.periodTo());
    }

    private static void apply(PropagandaActivity activity, ActivityInput input) {
        activity.title = nfc(input.title().trim());
        activity.form = input.form();
        activity.topics = codes(input.topics());
        activity.heldOn = input.heldOn();
        activity.periodFrom = input.periodFrom();
        activity.periodTo = input.periodTo();
        activity.organiser = input.organiser();
        activity.sessions = input.sessions();
        activity.participants = input.participants();
        activity.leaflets = input.leaflets();
        activity.booklets = input.booklets();
        activity.bannersSlogans = input.bannersSlogans();
        activity.panelsPosters = input.panelsPosters();
        activity.broadcastMinutes = input.broadcastMinutes();
        // Stored with one decimal: answer now what a later read will answer.
        activity.screeningHours = input.screeningHours() == null ? null : input.screeningHours().setScale(HOURS_SCALE);
        activity.languages = codes(input.languages() == null || input.languages().isEmpty()
                ? List.of(ActivityLanguage.VIETNAMESE) : input.languages());
        activity.location = blankToNull(input.location());
        activity.notes = blankToNull(input.notes());
        activity.updatedAt = Instant.now();
    }

    /** Distinct codes in the enum's order, so an unchanged list never shows up as a change in the audit trail. */
    private static <E extends Enum<E>> String codes(Collection<E> values) {
        return values.stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E> List<E> parse(String codes, Function<String, E> valueOf) {
        return codes.isEmpty() ? List.of() : Arrays.stream(codes.split(",")).map(valueOf).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : nfc(text.trim());
    }

    /** Vietnamese text may arrive decomposed; the folded search column expects one form. */
    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static ActivityView toView(PropagandaActivity a) {
        return new ActivityView(a.id, a.title, a.form, parse(a.topics, ActivityTopic::valueOf), a.provinceCode, a.communeCode, a.heldOn,
                a.periodFrom, a.periodTo, a.organiser, a.sessions, a.participants, a.leaflets, a.booklets, a.bannersSlogans,
                a.panelsPosters, a.broadcastMinutes, a.screeningHours, parse(a.languages, ActivityLanguage::valueOf), a.location,
                a.notes, a.createdAt, a.updatedAt, a.version);
    }
}
