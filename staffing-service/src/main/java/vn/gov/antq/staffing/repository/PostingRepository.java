package vn.gov.antq.staffing.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.gov.antq.staffing.model.Posting;

@ApplicationScoped
public class PostingRepository implements PanacheRepository<Posting> {

    /** The exclusion constraint refusing overlapping postings of one officer. */
    public static final String NO_OVERLAP = "police_posting_no_overlap";
    /** Stands for "no end" in comparisons (PostgreSQL dates end long before LocalDate.MAX). */
    private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);

    public PanacheQuery<Posting> search(PostingSearch search, Sort sort) {
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
        if (search.policeUnitId() != null) {
            where.append(" and policeUnit.id = :unit");
            params.put("unit", search.policeUnitId());
        }
        if (search.officerId() != null) {
            where.append(" and officer.id = :officer");
            params.put("officer", search.officerId());
        }
        if (search.position() != null) {
            where.append(" and position = :position");
            params.put("position", search.position());
        }
        if (search.activeOn() != null) {
            where.append(" and fromDate <= :activeOn and (toDate is null or toDate >= :activeOn)");
            params.put("activeOn", search.activeOn());
        }
        return find(where.toString(), sort, params);
    }

    /** The officer's postings sharing at least one day with [from, to] (to null: open-ended), except one. */
    public List<Posting> overlapping(long officerId, LocalDate from, LocalDate to, Long exceptId) {
        return list("officer.id = ?1 and id <> ?2 and (toDate is null or toDate >= ?3) and fromDate <= ?4 order by fromDate",
                officerId, exceptId == null ? -1L : exceptId, from, to == null ? FAR_FUTURE : to);
    }

    public boolean anyOfUnit(long unitId) {
        return count("policeUnit.id", unitId) > 0;
    }

    public boolean anyOfOfficer(long officerId) {
        return count("officer.id", officerId) > 0;
    }

    /** Whether the officer has a posting (at any time) in the commune. */
    public boolean anyInCommune(long officerId, String communeCode) {
        return count("officer.id = ?1 and communeCode = ?2", officerId, communeCode) > 0;
    }

    /** Of these officers, those with a posting (at any time) in the commune. */
    public Set<Long> postedInCommune(Collection<Long> officerIds, String communeCode) {
        if (officerIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select distinct p.officer.id from Posting p where p.officer.id in :ids and p.communeCode = :commune", Long.class)
                .setParameter("ids", officerIds).setParameter("commune", communeCode).getResultList());
    }

    /** The officer's postings that have not ended before {@code day}. */
    public List<Posting> runningOnOrAfter(long officerId, LocalDate day) {
        return list("officer.id = ?1 and (toDate is null or toDate >= ?2) order by fromDate", officerId, day);
    }

    /** The first day the officer was posted anywhere; empty without postings. */
    public Optional<LocalDate> firstPosted(long officerId) {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select min(p.fromDate) from Posting p where p.officer.id = :officer", LocalDate.class)
                .setParameter("officer", officerId).getSingleResult());
    }

    /** The posting opened by a transfer from this one, if any. */
    public Optional<Posting> transferredFrom(long postingId) {
        return find("transferredFromId", postingId).firstResultOptional();
    }
}
