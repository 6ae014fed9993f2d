package vn.gov.antq.staffing.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.staffing.model.GrassrootsMember;
import vn.gov.antq.staffing.model.MemberRole;

@ApplicationScoped
public class GrassrootsMemberRepository implements PanacheRepository<GrassrootsMember> {

    /** The exclusion constraint that keeps one leader per team on any day (V5). */
    public static final String ONE_LEADER = "grassroots_member_one_leader";
    public static final int SAMPLE = 3;
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    public PanacheQuery<GrassrootsMember> search(GrassrootsMemberSearch search, Sort sort) {
        StringBuilder where = new StringBuilder("team.id = :team");
        Map<String, Object> params = new HashMap<>();
        params.put("team", search.teamId());
        if (search.role() != null) {
            where.append(" and role = :role");
            params.put("role", search.role());
        }
        if (search.activeOn() != null) {
            where.append(" and joinedOn <= :activeOn and (leftOn is null or leftOn > :activeOn)");
            params.put("activeOn", search.activeOn());
        }
        if (search.text() != null) {
            where.append(" and ").append(FoldedSearch.contains("searchText", "text"));
            params.put("text", FoldedSearch.escapeLike(search.text()));
        }
        return find(where.toString(), sort, params);
    }

    /** A leader of the team, other than this membership, on some day of [from, until); {@code until} null: open-ended. */
    public Optional<GrassrootsMember> otherLeader(long teamId, LocalDate from, LocalDate until, Long exceptId) {
        return find("team.id = :team and role = :leader and id <> :except and joinedOn < :until and (leftOn is null or leftOn > :from)",
                Sort.by("joinedOn").and("id"), Map.of("team", teamId, "leader", MemberRole.LEADER, "except", exceptId == null ? -1L : exceptId,
                        "from", from, "until", until == null ? OPEN_END : until))
                .firstResultOptional();
    }

    /**
     * Members of the team whose membership would lie outside a team existing on [established, dissolved): joined
     * before it was established, or still members (or leaving later) when it is dissolved.
     */
    public List<GrassrootsMember> outsideTeamLife(long teamId, LocalDate established, LocalDate dissolved) {
        StringBuilder where = new StringBuilder("team.id = :team and (joinedOn < :established");
        Map<String, Object> params = new HashMap<>(Map.of("team", teamId, "established", established));
        if (dissolved != null) {
            where.append(" or leftOn is null or leftOn > :dissolved");
            params.put("dissolved", dissolved);
        }
        where.append(")");
        return find(where.toString(), Sort.by("joinedOn").and("id"), params).page(Page.ofSize(SAMPLE)).list();
    }

    public List<GrassrootsMember> ofTeam(long teamId) {
        return list("team.id = ?1 order by id", teamId);
    }
}
