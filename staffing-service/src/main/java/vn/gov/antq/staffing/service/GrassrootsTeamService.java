package vn.gov.antq.staffing.service;

import java.time.Instant;
import java.time.LocalDate;
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
import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.commons.units.Province;
import vn.gov.antq.staffing.model.GrassrootsMember;
import vn.gov.antq.staffing.model.GrassrootsTeam;
import vn.gov.antq.staffing.repository.GrassrootsMemberRepository;
import vn.gov.antq.staffing.repository.GrassrootsTeamRepository;
import vn.gov.antq.staffing.repository.GrassrootsTeamSearch;

/**
 * Grassroots teams are commune-level records: the ministry writes any, a province officer those of its province, a
 * commune officer those of its commune; readers see them as their record scope allows (a commune officer: its
 * commune's only). Partner systems get none: they read aggregates.
 *
 * <p><b>Communes and dates.</b> A team is a living record filed under the current administrative map, like a model
 * site, even when it was established before the 2025-07-01 reform: its commune is a current commune in force on the
 * team's last day (today while it exists, the day before its dissolution otherwise, never a day before 2025-07-01).
 * The commune cannot change once recorded (commune-scoped sync clients could not learn that a team left them).
 *
 * <p><b>One team per hamlet.</b> Two teams of one hamlet (names compared without case, diacritics or extra spaces)
 * never exist on the same day: a second one is a 409, checked before writing and, for writers racing past the check,
 * translated from the table's exclusion constraint.
 */
@ApplicationScoped
public class GrassrootsTeamService {

    static final String RESOURCE = "grassroots-team";
    /** The grassroots security and order force exists from this day (Law 30/2023/QH15). */
    public static final LocalDate FORCE_CREATED_ON = LocalDate.of(2024, 7, 1);
    private static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version", "createdAt");
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "hamletName", "hamletName", "establishedOn", "establishedOn",
            "communeCode", "communeCode", "provinceCode", "provinceCode", "updatedAt", "updatedAt");

    @Inject
    GrassrootsTeamRepository teams;

    @Inject
    GrassrootsMemberRepository members;

    @Inject
    GrassrootsMemberService memberService;

    @Inject
    CommuneRegistry communes;

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

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<GrassrootsTeamView> list(GrassrootsTeamSearch search, PageRequest page) {
        ScopeFilter scope = caller.recordFilter();
        if (search.outside(scope)) {
            return PageResponse.of(List.of(), page, 0);
        }
        GrassrootsTeamSearch scoped = search.within(scope);
        scoped = new GrassrootsTeamSearch(scoped.provinceCode(), scoped.communeCode(),
                StaffingText.searchWords(scoped.hamlet()), scoped.activeOn(), StaffingText.searchWords(scoped.text()));
        return PanachePaging.page(teams.search(scoped, PanachePaging.sort(page, SORTABLE, "id", "id")), page, this::toView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GrassrootsTeamView get(long id) {
        return toView(readable(id));
    }

    @Transactional
    public GrassrootsTeamView create(GrassrootsTeamInput input) {
        validateDates(input);
        CommuneResolution commune = communes.resolve("communeCode", input.communeCode(), communeDate(input));
        caller.requireWrite(commune.provinceCode(), input.communeCode());
        requireNoOtherTeam(input, null);
        GrassrootsTeam team = new GrassrootsTeam();
        team.provinceCode = commune.provinceCode();
        team.createdAt = Instant.now();
        apply(team, input);
        write(input, () -> teams.persistAndFlush(team));
        GrassrootsTeamView created = toView(team);
        auditTrail.record(AuditAction.CREATE, RESOURCE, team.id, team.provinceCode, team.communeCode,
                AuditDiff.between(json, null, created, Set.of(), NOT_AUDITED));
        return created;
    }

    @Transactional
    public GrassrootsTeamView update(long id, String ifMatch, GrassrootsTeamInput input) {
        GrassrootsTeam team = readable(id);
        caller.requireWrite(team.provinceCode, team.communeCode);
        Preconditions.requireIfMatch(ifMatch, team.version);
        if (!team.communeCode.equals(input.communeCode())) {
            throw ProblemException.invalidField("communeCode", "a team's commune cannot change (it is " + team.communeCode
                    + "); delete the team and record it again under the right commune");
        }
        validateDates(input);
        // Same code, but a dissolution date may now ask for it on another day.
        communes.requireCommune("communeCode", input.communeCode(), team.provinceCode, communeDate(input));
        requireNoOtherTeam(input, id);
        List<GrassrootsMember> outside = members.outsideTeamLife(id, input.establishedOn(), input.dissolvedOn());
        if (!outside.isEmpty()) {
            throw ProblemException.conflict("Members " + outside.stream().map(m -> String.valueOf(m.id)).collect(Collectors.joining(", "))
                    + " of team " + id + " would be members while the team does not exist (established " + input.establishedOn()
                    + (input.dissolvedOn() == null ? "" : ", dissolved " + input.dissolvedOn())
                    + "): correct their joinedOn or record their leftOn (on or before the dissolution) first");
        }
        GrassrootsTeamView before = toView(team);
        apply(team, input);
        write(input, teams::flush);
        GrassrootsTeamView after = toView(team);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, id, team.provinceCode, team.communeCode,
                AuditDiff.between(json, before, after, Set.of(), NOT_AUDITED));
        return after;
    }

    /**
     * Removes a team recorded in error, with its members (each audited and tombstoned, so member sync clients learn of
     * it too). A team that stopped is kept, with its dissolvedOn.
     */
    @Transactional
    public void delete(long id, String ifMatch) {
        GrassrootsTeam team = readable(id);
        caller.requireWrite(team.provinceCode, team.communeCode);
        Preconditions.requireIfMatch(ifMatch, team.version);
        for (GrassrootsMember member : members.ofTeam(id)) {
            memberService.deleteWithTeam(member);
        }
        auditTrail.record(AuditAction.DELETE, RESOURCE, id, team.provinceCode, team.communeCode,
                AuditDiff.between(json, toView(team), null, Set.of(), NOT_AUDITED));
        tombstones.record(RESOURCE, String.valueOf(id), team.provinceCode, team.communeCode);
        teams.delete(team);
    }

    /** Teams changed or deleted since the client's last sync, within the caller's province or commune. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeltaPage<GrassrootsTeamView> changes(DeltaRequest request) {
        return deltaSync.page(DeltaSource.of(GrassrootsTeam.class, RESOURCE), request, caller.recordFilter(), this::toView);
    }

    /** A team the caller may not read (another province, or for a commune officer another commune) reads as missing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GrassrootsTeam readable(long id) {
        GrassrootsTeam team = teams.findById(id);
        if (team == null || !caller.canRead(team.provinceCode, team.communeCode)) {
            throw CallerScope.notFound(RESOURCE, id);
        }
        return team;
    }

    private static void validateDates(GrassrootsTeamInput input) {
        if (input.establishedOn().isBefore(FORCE_CREATED_ON)) {
            throw ProblemException.invalidField("establishedOn", "must be on or after " + FORCE_CREATED_ON
                    + ", when the grassroots security force was created; earlier, report the semi-professional commune police as tallies");
        }
        if (input.dissolvedOn() != null && !input.dissolvedOn().isAfter(input.establishedOn())) {
            throw ProblemException.invalidField("dissolvedOn", "must be after establishedOn (" + input.establishedOn() + ")");
        }
    }

    /** The day the commune must be in force on: the team's last day, never before the reform (see the class comment). */
    static LocalDate communeDate(GrassrootsTeamInput input) {
        LocalDate today = CommuneRegistry.today();
        LocalDate lastDay = input.dissolvedOn() == null || input.dissolvedOn().isAfter(today) ? today : input.dissolvedOn().minusDays(1);
        return lastDay.isBefore(AdministrativeUnits.REFORM_DATE) ? AdministrativeUnits.REFORM_DATE : lastDay;
    }

    private void requireNoOtherTeam(GrassrootsTeamInput input, Long exceptId) {
        teams.otherTeamOfHamlet(input.communeCode(), StaffingText.name(input.hamletName()), input.establishedOn(), input.dissolvedOn(),
                exceptId).ifPresent(other -> {
                    throw duplicate(input, other);
                });
    }

    /** Runs the statement that writes the team; the exclusion constraint, hit by a writer that raced past the check, is a 409. */
    private static void write(GrassrootsTeamInput input, Runnable statement) {
        try {
            statement.run();
        } catch (PersistenceException e) {
            if (DatabaseConstraints.violated(e, GrassrootsTeamRepository.ONE_PER_HAMLET)) {
                throw duplicate(input, null);
            }
            throw e;
        }
    }

    private static ProblemException duplicate(GrassrootsTeamInput input, GrassrootsTeam other) {
        return ProblemException.conflict("'" + StaffingText.name(input.hamletName()) + "' of commune " + input.communeCode()
                + " already has a grassroots team" + (other == null ? " at that time"
                        : " (team " + other.id + ", established " + other.establishedOn
                                + (other.dissolvedOn == null ? ", still active" : ", dissolved " + other.dissolvedOn) + ")")
                + ": one team per hamlet or residential group. Correct that team, or record its dissolution first.");
    }

    private static void apply(GrassrootsTeam team, GrassrootsTeamInput input) {
        team.communeCode = input.communeCode();
        team.hamletName = StaffingText.name(input.hamletName());
        team.hamletKind = input.hamletKind();
        team.establishedOn = input.establishedOn();
        team.dissolvedOn = input.dissolvedOn();
        team.decisionRef = StaffingText.blankToNull(input.decisionRef());
        team.notes = StaffingText.blankToNull(input.notes());
        team.updatedAt = Instant.now();
    }

    GrassrootsTeamView toView(GrassrootsTeam team) {
        return new GrassrootsTeamView(team.id, team.provinceCode, units.currentProvince(team.provinceCode).map(Province::name).orElse(null),
                team.communeCode, team.hamletName, team.hamletKind, team.hamletKind.labelVi(), team.establishedOn, team.dissolvedOn,
                team.decisionRef, team.notes, team.createdAt, team.updatedAt, team.version);
    }
}
