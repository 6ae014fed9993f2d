package vn.gov.antq.activities.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import vn.gov.antq.activities.model.PropagandaActivity;
import vn.gov.antq.activities.model.Tip;
import vn.gov.antq.activities.model.TipChannel;
import vn.gov.antq.activities.model.TipStatus;
import vn.gov.antq.activities.model.TipStatusChange;
import vn.gov.antq.activities.repository.PropagandaActivityRepository;
import vn.gov.antq.activities.repository.TipAdditionRepository;
import vn.gov.antq.activities.repository.TipRepository;
import vn.gov.antq.activities.repository.TipSearch;
import vn.gov.antq.activities.repository.TipStatusChangeRepository;
import vn.gov.antq.commons.audit.AuditAction;
import vn.gov.antq.commons.audit.AuditDiff;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.audit.FieldChange;
import vn.gov.antq.commons.communes.CommuneRegistry;
import vn.gov.antq.commons.communes.CommuneResolution;
import vn.gov.antq.commons.concurrency.Preconditions;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.paging.PanachePaging;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.problem.ProblemType;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.security.ScopeFilter;
import vn.gov.antq.commons.sync.DeltaPage;
import vn.gov.antq.commons.sync.DeltaRequest;
import vn.gov.antq.commons.sync.DeltaSource;
import vn.gov.antq.commons.sync.DeltaSync;
import vn.gov.antq.commons.units.AdministrativeUnits;

/**
 * Tips are commune-level records when a commune is known, province-level otherwise; scope works as for model sites.
 * The tipster's identity is encrypted before it reaches the entity and decrypted only in {@link #reveal}; views, audit
 * diffs and log lines carry {@code reporterIdentified} alone.
 */
@ApplicationScoped
public class TipService {

    static final String RESOURCE = "tip";
    private static final Logger LOG = Logger.getLogger(TipService.class);
    static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version", "createdAt");
    /** Views hold no identity; listed all the same so a field added later is redacted rather than leaked. */
    static final Set<String> PERSONAL_DATA = Set.of("reporter", "reporterIdentity", "name", "phone", "idNumber", "address");
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "receivedAt", "receivedAt", "status", "status",
            "category", "category", "channel", "channel", "updatedAt", "updatedAt");

    @Inject
    TipRepository tips;

    @Inject
    TipStatusChangeRepository statusChanges;

    @Inject
    TipsterCipher cipher;

    @Inject
    AdministrativeUnits units;

    @Inject
    CommuneRegistry communes;

    @Inject
    CallerScope caller;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ObjectMapper json;

    @Inject
    DeltaSync deltaSync;

    @Inject
    TipReceiptService receipts;

    @Inject
    TipAdditionRepository additions;

    @Inject
    PropagandaActivityRepository activities;

    @Inject
    TipDoubleCountRule doubleCountRule;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<TipView> list(TipSearch search, PageRequest page) {
        ScopeFilter scope = caller.recordFilter();
        if (search.outside(scope)) {
            return PageResponse.of(List.of(), page, 0);
        }
        return PanachePaging.page(tips.search(search.within(scope), PanachePaging.sort(page, SORTABLE, "receivedAt,desc", "id")),
                page, TipService::toView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TipView get(long id) {
        return toView(readable(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TipStatusChangeView> history(long id) {
        readable(id);
        return statusChanges.history(id).stream().map(c -> new TipStatusChangeView(c.fromStatus, c.toStatus, c.effectiveAt,
                c.notValuableReason, c.forwardedTo, c.note, c.changedBy, c.changedAt)).toList();
    }

    @Transactional
    public TipView create(TipInput input) {
        String commune = validatePlace(input);
        caller.requireWrite(input.provinceCode(), commune);
        Long activity = linkedActivity(input.channel(), input.activityId(), null, input.provinceCode(), input.receivedAt());
        return toView(persistNew(input, commune, activity));
    }

    /** A citizen's own submission, without an account: received now, through the public app, with a follow-up receipt. */
    @Transactional
    public PublicSubmissionView submitPublic(PublicTipInput submitted) {
        TipInput input = new TipInput(Instant.now(), TipChannel.MOBILE_APP, null, submitted.category(), submitted.provinceCode(),
                submitted.communeCode(), submitted.summary(), submitted.reporter());
        Tip tip = persistNew(input, validatePlace(input), null);
        ReceiptView receipt = receipts.issue(tip);
        return new PublicSubmissionView(receipt, new PublicTipStatusView(receipt.receiptCode(), tip.receivedAt, tip.status, tip.statusSince, 0));
    }

    private String validatePlace(TipInput input) {
        if (units.currentProvince(input.provinceCode()).isEmpty()) {
            throw ProblemException.invalidField("provinceCode", "'" + input.provinceCode() + "' is not one of the 34 current provinces");
        }
        return input.communeCode() == null ? null : currentCommune(input);
    }

    private Tip persistNew(TipInput input, String commune, Long activity) {
        if (input.reporter() != null && !cipher.canEncrypt()) {
            throw ProblemException.status(Response.Status.SERVICE_UNAVAILABLE,
                    "Identified tips cannot be recorded: no tipster encryption key is configured");
        }
        // A tip of a unit and day a tip tally already counts would be counted twice (409).
        doubleCountRule.requireNotTallied(input.provinceCode(), commune, input.receivedAt());
        Tip tip = new Tip();
        tip.receivedAt = input.receivedAt();
        tip.channel = input.channel();
        tip.activityId = activity;
        tip.category = input.category();
        tip.provinceCode = input.provinceCode();
        tip.communeCode = commune;
        tip.summary = input.summary().trim();
        tip.reporterIdentity = input.reporter() == null ? null : cipher.encrypt(serialise(input.reporter()));
        tip.status = TipStatus.RECEIVED;
        tip.statusSince = input.receivedAt();
        tip.createdAt = Instant.now();
        tip.updatedAt = tip.createdAt;
        tips.persist(tip);
        recordStatusChange(tip, null, TipStatus.RECEIVED, input.receivedAt(), "Received");
        tips.flush();
        auditTrail.record(AuditAction.CREATE, RESOURCE, tip.id, tip.provinceCode, tip.communeCode,
                AuditDiff.between(json, null, toView(tip), PERSONAL_DATA, NOT_AUDITED));
        return tip;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TipAdditionView> additions(long id) {
        readable(id);
        return additions.ofTip(id).stream().map(a -> new TipAdditionView(a.id, a.text, a.addedAt)).toList();
    }

    @Transactional
    public TipView update(long id, String ifMatch, TipUpdateInput input) {
        Tip tip = readable(id);
        caller.requireWrite(tip.provinceCode, tip.communeCode);
        Preconditions.requireIfMatch(ifMatch, tip.version);
        if (input.hasOutcomes() && !tip.status.takesOutcomes()) {
            throw ProblemException.conflict("A " + tip.status + " tip has no outcomes; they are recorded once it is VALUABLE, FORWARDED or CLOSED");
        }
        Long activity = linkedActivity(input.channel(), input.activityId(), tip.activityId, tip.provinceCode, tip.receivedAt);
        TipView before = toView(tip);
        tip.channel = input.channel();
        tip.activityId = activity;
        tip.category = input.category();
        tip.summary = input.summary().trim();
        tip.casesSolved = input.casesSolved();
        tip.suspectsArrested = input.suspectsArrested();
        tip.wantedCaught = input.wantedCaught();
        tip.wantedSurrendered = input.wantedSurrendered();
        tip.caseRefs = input.caseRefs() == null || input.caseRefs().isEmpty() ? null
                : input.caseRefs().stream().map(String::trim).collect(Collectors.joining("\n"));
        tip.updatedAt = Instant.now();
        tips.flush();
        TipView after = toView(tip);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, tip.provinceCode, tip.communeCode,
                AuditDiff.between(json, before, after, PERSONAL_DATA, NOT_AUDITED));
        return after;
    }

    @Transactional
    public TipView changeStatus(long id, String ifMatch, TipStatusChangeInput input) {
        Tip tip = readable(id);
        caller.requireWrite(tip.provinceCode, tip.communeCode);
        Preconditions.requireIfMatch(ifMatch, tip.version);
        if (!tip.status.canBecome(input.status())) {
            throw ProblemException.conflict("A " + tip.status + " tip cannot become " + input.status() + "; allowed next: "
                    + (tip.status.next().isEmpty() ? "none (closed is final)"
                            : tip.status.next().stream().map(Enum::name).sorted().collect(Collectors.joining(", "))));
        }
        boolean notValuable = input.status() == TipStatus.NOT_VALUABLE;
        if (notValuable != (input.notValuableReason() != null)) {
            throw ProblemException.invalidField("notValuableReason", notValuable ? "is required for NOT_VALUABLE" : "is only for NOT_VALUABLE");
        }
        boolean forwarded = input.status() == TipStatus.FORWARDED;
        boolean hasAgency = input.forwardedTo() != null && !input.forwardedTo().isBlank();
        if (forwarded != hasAgency) {
            throw ProblemException.invalidField("forwardedTo", forwarded ? "is required for FORWARDED: the agency the tip went to" : "is only for FORWARDED");
        }
        if (input.effectiveAt().isBefore(tip.statusSince)) {
            throw ProblemException.invalidField("effectiveAt", "cannot be before " + tip.statusSince + ", when the current status ("
                    + tip.status + ") took effect");
        }
        TipView before = toView(tip);
        TipStatus from = tip.status;
        tip.status = input.status();
        tip.statusSince = input.effectiveAt();
        if (notValuable) {
            tip.notValuableReason = input.notValuableReason();
        }
        if (forwarded) {
            tip.forwardedTo = input.forwardedTo().trim();
        }
        tip.updatedAt = Instant.now();
        TipStatusChange change = recordStatusChange(tip, from, input.status(), input.effectiveAt(),
                input.note() == null || input.note().isBlank() ? null : input.note().trim());
        change.notValuableReason = notValuable ? tip.notValuableReason : null;
        change.forwardedTo = forwarded ? tip.forwardedTo : null;
        tips.flush();
        TipView after = toView(tip);
        auditTrail.record(AuditAction.STATE_CHANGE, RESOURCE, id, tip.provinceCode, tip.communeCode,
                AuditDiff.between(json, before, after, PERSONAL_DATA, NOT_AUDITED));
        return after;
    }

    /**
     * The tipster's identity, for an investigator of the tip's province only. Callers who cannot read the tip get 404
     * like for a missing one; readers outside that rule get 403. The audit event keeps the reason, never the identity.
     */
    @Transactional
    public IdentityRevealView reveal(long id, RevealInput input) {
        Tip tip = readable(id);
        if (!caller.hasRole(Roles.TIP_INVESTIGATOR) || !tip.provinceCode.equals(caller.province())) {
            throw new ProblemException("about:blank", "Forbidden", 403,
                    "Only a tip investigator of province " + tip.provinceCode + " may reveal this tipster's identity", List.of());
        }
        if (tip.reporterIdentity == null) {
            throw ProblemException.conflict("Tip " + id + " was submitted anonymously: there is no identity to reveal");
        }
        ReporterIdentity identity;
        try {
            identity = deserialise(cipher.decrypt(tip.reporterIdentity));
        } catch (UndecryptableIdentityException e) {
            // For operators: which key to restore. The message carries the key id only, never the value.
            LOG.errorf("Reveal of tip %d refused: %s", id, e.getMessage());
            throw ProblemException.of(ProblemType.INTERNAL_ERROR, "The tipster's identity of tip " + id + " cannot be decrypted: "
                    + "it was encrypted with key '" + e.keyId() + "', which this service no longer holds or which no longer opens it. "
                    + "Nothing was revealed and no reveal was recorded; an operator must restore that key.", List.of());
        }
        auditTrail.record(AuditAction.REVEAL_IDENTITY, RESOURCE, id, tip.provinceCode, tip.communeCode,
                List.of(new FieldChange("reason", null, TextNode.valueOf(input.reason().trim()))));
        return new IdentityRevealView(tip.id, true, identity);
    }

    /** Tips changed or deleted since the client's last sync, within the caller's scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeltaPage<TipView> changes(DeltaRequest request) {
        return deltaSync.page(DeltaSource.of(Tip.class, RESOURCE), request, caller.recordFilter(), TipService::toView);
    }

    /**
     * The activity a tip of this channel names: a slip tip must name one, no other tip may. It must exist, be readable
     * by the caller (otherwise it is reported exactly like a missing one), lie in the tip's province and have started by
     * the day the tip came in. Its row is share-locked until this transaction ends, so it cannot be deleted or moved to
     * later dates before the link commits ({@link PropagandaActivityService} locks it for update before checking).
     * An unchanged link of an existing tip is kept without checking readability again: a commune officer may edit a tip
     * a province officer linked to a province-wide activity.
     */
    private Long linkedActivity(TipChannel channel, Long activityId, Long currentActivityId, String provinceCode, Instant receivedAt) {
        if (channel != TipChannel.PROPAGANDA_SESSION_SLIP) {
            if (activityId != null) {
                throw ProblemException.invalidField("activityId", "is only for channel " + TipChannel.PROPAGANDA_SESSION_SLIP
                        + " (a slip collected at a propaganda session)");
            }
            return null;
        }
        if (activityId == null) {
            throw ProblemException.invalidField("activityId", "is required for channel " + TipChannel.PROPAGANDA_SESSION_SLIP
                    + ": the id of the propaganda activity whose session collected the slip");
        }
        PropagandaActivity activity = activities.findById(activityId, LockModeType.PESSIMISTIC_READ);
        if (activity == null || (!activityId.equals(currentActivityId) && !caller.canRead(activity.provinceCode, activity.communeCode))) {
            throw ProblemException.invalidField("activityId", "no propaganda activity with id " + activityId);
        }
        if (!activity.provinceCode.equals(provinceCode)) {
            throw ProblemException.invalidField("activityId", "activity " + activityId + " was held in province " + activity.provinceCode
                    + ", not in the tip's province " + provinceCode);
        }
        LocalDate firstDay = activity.heldOn != null ? activity.heldOn : activity.periodFrom;
        if (receivedAt.atZone(CommuneRegistry.VIETNAM).toLocalDate().isBefore(firstDay)) {
            throw ProblemException.invalidField("receivedAt", "cannot be before " + firstDay + ", the first day of activity " + activityId
                    + " whose session collected the slip");
        }
        return activity.id;
    }

    /** A tip the caller may not read is reported exactly like a missing one. */
    Tip readable(long id) {
        Tip tip = tips.findById(id);
        if (tip == null || !caller.canRead(tip.provinceCode, tip.communeCode)) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return tip;
    }

    /** The current commune of the province the reported code means on the day the tip came in. */
    private String currentCommune(TipInput input) {
        LocalDate day = input.receivedAt().atZone(CommuneRegistry.VIETNAM).toLocalDate();
        CommuneResolution resolution = communes.requireCommune("communeCode", input.communeCode(), input.provinceCode(), day);
        if (resolution.currentCommunes().size() != 1) {
            throw ProblemException.invalidField("communeCode", "commune " + input.communeCode() + " was split in the 2025 reform; give the current commune ("
                    + resolution.currentCommunes().stream().map(c -> c.code()).collect(Collectors.joining(", ")) + ")");
        }
        return resolution.currentCommunes().get(0).code();
    }

    private TipStatusChange recordStatusChange(Tip tip, TipStatus from, TipStatus to, Instant effective, String note) {
        TipStatusChange change = new TipStatusChange();
        change.tip = tip;
        change.fromStatus = from;
        change.toStatus = to;
        change.effectiveAt = effective;
        change.note = note;
        // A citizen's public submission has no token, hence no subject.
        change.changedBy = caller.subject() == null ? "anonymous" : caller.subject();
        change.changedAt = Instant.now();
        statusChanges.persist(change);
        return change;
    }

    private String serialise(ReporterIdentity identity) {
        try {
            return json.writeValueAsString(identity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise a tipster identity");
        }
    }

    private ReporterIdentity deserialise(String plaintext) {
        try {
            return json.readValue(plaintext, ReporterIdentity.class);
        } catch (JsonProcessingException e) {
            // No cause attached: its message could quote the plaintext into a log.
            throw new IllegalStateException("A stored tipster identity is not readable");
        }
    }

    static TipView toView(Tip tip) {
        return new TipView(tip.id, tip.receivedAt, tip.channel, tip.activityId, tip.category, tip.provinceCode, tip.communeCode, tip.summary,
                tip.reporterIdentity != null, tip.status, tip.statusSince, tip.notValuableReason, tip.forwardedTo, tip.casesSolved,
                tip.suspectsArrested, tip.wantedCaught, tip.wantedSurrendered,
                tip.caseRefs == null ? List.of() : Arrays.asList(tip.caseRefs.split("\n")), tip.createdAt, tip.updatedAt, tip.version);
    }
}
