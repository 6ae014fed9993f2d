package vn.gov.antq.staffing.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.staffing.model.GrassrootsTeam;

@ApplicationScoped
public class GrassrootsTeamRepository implements PanacheRepository<GrassrootsTeam> {

    /** The exclusion constraint that keeps one team per hamlet on any day (V5). */
    public static final String ONE_PER_HAMLET = "grassroots_team_one_per_hamlet";
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    public PanacheQuery<GrassrootsTeam> search(GrassrootsTeamSearch search, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.provinceCode() != null) {
            where.append(" and provinceCode = :province");
            params.put("province", search.provinceCode());
        }
        if (search.communeCode() != null) {
            where.append(" and communeCode = :commune");
            params.put("commune", search.communeCode());
        }
        if (search.hamlet() != null) {
            where.append(" and hamletKey = function('" + FoldedSearch.FOLD + "', :hamlet)");
            params.put("hamlet", search.hamlet());
        }
        if (search.activeOn() != null) {
            where.append(" and establishedOn <= :activeOn and (dissolvedOn is null or dissolvedOn > :activeOn)");
            params.put("activeOn", search.activeOn());
        }
        if (search.text() != null) {
            where.append(" and ").append(FoldedSearch.contains("searchText", "text"));
            params.put("text", FoldedSearch.escapeLike(search.text()));
        }
        return find(where.toString(), sort, params);
    }

    /**
     * Another team of the same hamlet of the commune (names compared without case or diacritics) existing on some day
     * of [from, until); {@code until} null means open-ended.
     */
    public Optional<GrassrootsTeam> otherTeamOfHamlet(String communeCode, String hamletName, LocalDate from, LocalDate until,
            Long exceptId) {
        return find("communeCode = :commune and hamletKey = function('" + FoldedSearch.FOLD + "', :hamlet) and id <> :except"
                + " and establishedOn < :until and (dissolvedOn is null or dissolvedOn > :from)",
                Sort.by("establishedOn").and("id"),
                Map.of("commune", communeCode, "hamlet", hamletName, "except", exceptId == null ? -1L : exceptId, "from", from,
                        "until", until == null ? OPEN_END : until))
                .firstResultOptional();
    }
}
