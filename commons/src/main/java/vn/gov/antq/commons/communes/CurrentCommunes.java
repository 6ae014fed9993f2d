package vn.gov.antq.commons.communes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import vn.gov.antq.commons.audit.AuditTrail;

/**
 * The current communes as the writes of every service check them: nearly every record names one, and the list changes
 * only when an operator imports a new one. So a commune found in the database is kept in memory for a short while
 * ({@value #CACHE}: {@code quarkus.cache.caffeine."current-communes".expire-after-write}, one minute by default);
 * an import on this instance forgets them all at once, other instances catch up when their copies expire. A code not
 * found is never kept, so a newly imported commune is usable everywhere at once.
 */
@ApplicationScoped
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class CurrentCommunes {

    public static final String CACHE = "current-communes";

    /** What a write needs of a current commune: an immutable copy, safe to share between requests. */
    public record CurrentCommune(String code, String name, String provinceCode, LocalDate validFrom, LocalDate validTo,
            List<TypePeriod> typePeriods) {

        public boolean validOn(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
        }

        public Optional<CommuneType> typeOn(LocalDate date) {
            return typePeriods.stream().filter(p -> p.covers(date)).map(p -> p.type).findFirst();
        }
    }

    @Inject
    CommuneRepository communes;

    @Inject
    @CacheName(CACHE)
    Cache cache;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CurrentCommune> find(String code) {
        CaffeineCache kept = cache.as(CaffeineCache.class);
        var hit = kept.getIfPresent(code);
        if (hit != null) {
            return Optional.of((CurrentCommune) hit.join());
        }
        Optional<CurrentCommune> found = communes.findByIdOptional(code).map(CurrentCommunes::copy);
        found.ifPresent(c -> kept.put(code, java.util.concurrent.CompletableFuture.completedFuture(c)));
        return found;
    }

    /** After an import, or a test that changed the communes in SQL. */
    public void forgetAll() {
        cache.invalidateAll().await().indefinitely();
    }

    private static CurrentCommune copy(Commune commune) {
        return new CurrentCommune(commune.code, commune.name, commune.provinceCode, commune.validFrom, commune.validTo,
                commune.typePeriods.stream().map(p -> new TypePeriod(p.validFrom, p.validTo, p.type)).toList());
    }
}
