package vn.gov.antq.staffing.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.antq.commons.audit.AuditAction;
import vn.gov.antq.commons.audit.AuditDiff;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.concurrency.Preconditions;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.paging.PanachePaging;
import vn.gov.antq.commons.problem.Problem;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.commons.sync.DeltaPage;
import vn.gov.antq.commons.sync.DeltaRequest;
import vn.gov.antq.commons.sync.DeltaSource;
import vn.gov.antq.commons.sync.DeltaSync;
import vn.gov.antq.commons.sync.Tombstones;
import vn.gov.antq.staffing.model.GrassrootsMember;
import vn.gov.antq.staffing.model.GrassrootsTeam;
import vn.gov.antq.staffing.model.MemberRole;
import vn.gov.antq.staffing.repository.GrassrootsMemberRepository;
import vn.gov.antq.staffing.repository.GrassrootsMemberSearch;

/**
 * Members of grassroots teams, in their team's commune scope (the team's province and commune are copied onto each
 * membership). Name, birth date, residence and phone are personal data: readers are the ministry and the officers of
 * the team's province or commune, never partner systems, and the audit trail records that they changed, never to what.
 *
 * <p>Each write checks the eligibility rules ({@link MemberEligibility}), that the membership lies within the team's
 * life, and that the team has at most one leader on any day (409 otherwise; the table's exclusion constraint catches
 * writers racing past the check).
 */
@ApplicationScoped
public class GrassrootsMemberService {

    static final String RESOURCE = "grassroots-member";
    static final Set<String> PERSONAL_DATA = Set.of("fullName", "birthDate", "ageOnJoining", "residenceSince", "phone");
    private static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version", "createdAt");
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "fullName", "fullName", "role", "role", "joinedOn", "joinedOn",
            "updatedAt", "updatedAt");

    @Inject
    GrassrootsMemberRepository members;

    @Inject
    GrassrootsTeamService teams;

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

    /** The members of a team the caller can read; 404 when the team is out of reach. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<GrassrootsMemberView> listOfTeam(GrassrootsMemberSearch search, PageRequest page) {
        teams.readable(search.teamId());
        GrassrootsMemberSearch normalised = new GrassrootsMemberSearch(search.teamId(), search.role(), search.activeOn(),
                StaffingText.searchWords(search.text()));
        return PanachePaging.page(members.search(normalised, PanachePaging.sort(page, SORTABLE, "joinedOn", "id")), page,
                GrassrootsMemberService::toView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GrassrootsMemberView get(long id) {
        return toView(readable(id));
    }

    @Transactional
    public GrassrootsMemberView create(long teamId, GrassrootsMemberInput input) {
        GrassrootsTeam team = teams.readable(teamId);
        caller.requireWrite(team.provinceCode, team.communeCode);
        validate(team, input);
        requireNoOtherLeader(team, input, null);
        GrassrootsMember member = new GrassrootsMember();
        member.team = team;
        member.provinceCode = team.provinceCode;
        member.communeCode = team.communeCode;
        member.createdAt = Instant.now();
        apply(member, input);
        write(team, () -> members.persistAndFlush(member));
        GrassrootsMemberView created = toView(member);
        auditTrail.record(AuditAction.CREATE, RESOURCE, member.id, member.provinceCode, member.communeCode,
                AuditDiff.between(json, null, created, PERSONAL_DATA, NOT_AUDITED));
        return created;
    }

    @Transactional
    public GrassrootsMemberView update(long id, String ifMatch, GrassrootsMemberInput input) {
        GrassrootsMember member = readable(id);
        caller.requireWrite(member.provinceCode, member.communeCode);
        Preconditions.requireIfMatch(ifMatch, member.version);
        validate(member.team, input);
        requireNoOtherLeader(member.team, input, id);
        GrassrootsMemberView before = toView(member);
        apply(member, input);
        write(member.team, members::flush);
        GrassrootsMemberView after = toView(member);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, member.provinceCode, member.communeCode,
                AuditDiff.between(json, before, after, PERSONAL_DATA, NOT_AUDITED));
        return after;
    }

    /** Removes a membership recorded in error; one that ended is kept, with its leftOn. */
    @Transactional
    public void delete(long id, String ifMatch) {
        GrassrootsMember member = readable(id);
        caller.requireWrite(member.provinceCode, member.communeCode);
        Preconditions.requireIfMatch(ifMatch, member.version);
        deleteWithTeam(member);
    }

    /** Deletes a membership the caller may write, audited and tombstoned (also when its team is deleted). */
    @Transactional(Transactional.TxType.MANDATORY)
    void deleteWithTeam(GrassrootsMember member) {
        auditTrail.record(AuditAction.DELETE, RESOURCE, member.id, member.provinceCode, member.communeCode,
                AuditDiff.between(json, toView(member), null, PERSONAL_DATA, NOT_AUDITED));
        tombstones.record(RESOURCE, String.valueOf(member.id), member.provinceCode, member.communeCode);
        members.delete(member);
    }

    /** Memberships changed or deleted since the client's last sync, within the caller's province or commune. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeltaPage<GrassrootsMemberView> changes(DeltaRequest request) {
        return deltaSync.page(DeltaSource.of(GrassrootsMember.class, RESOURCE), request, caller.recordFilter(),
                GrassrootsMemberService::toView);
    }

    private GrassrootsMember readable(long id) {
        GrassrootsMember member = members.findById(id);
        if (member == null || !caller.canRead(member.provinceCode, member.communeCode)) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return member;
    }

    /** The membership's dates against the team's life, then eligibility: every problem at once, as 400 field errors. */
    private static void validate(GrassrootsTeam team, GrassrootsMemberInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.joinedOn().isBefore(team.establishedOn)) {
            errors.add(new Problem.FieldError("joinedOn", "cannot be before the team was established (" + team.establishedOn + ")"));
        } else if (team.dissolvedOn != null && !input.joinedOn().isBefore(team.dissolvedOn)) {
            errors.add(new Problem.FieldError("joinedOn", "must be before the team was dissolved (" + team.dissolvedOn + ")"));
        }
        if (input.leftOn() != null && !input.leftOn().isAfter(input.joinedOn())) {
            errors.add(new Problem.FieldError("leftOn", "must be after joinedOn (" + input.joinedOn() + ")"));
        } else if (team.dissolvedOn != null && (input.leftOn() == null || input.leftOn().isAfter(team.dissolvedOn))) {
            errors.add(new Problem.FieldError("leftOn", "the team was dissolved on " + team.dissolvedOn + ": the membership ends by then"));
        }
        errors.addAll(MemberEligibility.problems(input));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
        }
    }

    private void requireNoOtherLeader(GrassrootsTeam team, GrassrootsMemberInput input, Long exceptId) {
        if (input.role() != MemberRole.LEADER) {
            return;
        }
        members.otherLeader(team.id, input.joinedOn(), input.leftOn(), exceptId).ifPresent(leader -> {
            throw secondLeader(team, leader);
        });
    }

    /** Runs the statement that writes the membership; the one-leader constraint, hit by a racing writer, is a 409. */
    private static void write(GrassrootsTeam team, Runnable statement) {
        try {
            statement.run();
        } catch (PersistenceException e) {
            if (DatabaseConstraints.violated(e, GrassrootsMemberRepository.ONE_LEADER)) {
                throw secondLeader(team, null);
            }
            throw e;
        }
    }

    private static ProblemException secondLeader(GrassrootsTeam team, GrassrootsMember leader) {
        return ProblemException.conflict("Team " + team.id + " (" + team.hamletName + ") already has a leader at that time"
                + (leader == null ? "" : " (member " + leader.id + ", since " + leader.joinedOn
                        + (leader.leftOn == null ? "" : ", until " + leader.leftOn) + ")")
                + ": a team has at most one leader at a time. Record the current leader's leftOn first; the new leader may join that day.");
    }

    private static void apply(GrassrootsMember member, GrassrootsMemberInput input) {
        member.fullName = StaffingText.name(input.fullName());
        member.role = input.role();
        member.birthDate = input.birthDate();
        member.residenceSince = input.residenceSince();
        member.phone = StaffingText.blankToNull(input.phone());
        member.joinedOn = input.joinedOn();
        member.leftOn = input.leftOn();
        member.ageExceptionRef = StaffingText.blankToNull(input.ageExceptionRef());
        member.ageExceptionDate = input.ageExceptionDate();
        member.updatedAt = Instant.now();
    }

    static GrassrootsMemberView toView(GrassrootsMember member) {
        return new GrassrootsMemberView(member.id, member.team.id, member.provinceCode, member.communeCode, member.fullName, member.role,
                member.role.labelVi(), member.birthDate, MemberEligibility.ageOn(member.birthDate, member.joinedOn), member.residenceSince,
                member.phone, member.joinedOn, member.leftOn, member.ageExceptionRef, member.ageExceptionDate, member.createdAt,
                member.updatedAt, member.version);
    }
}
