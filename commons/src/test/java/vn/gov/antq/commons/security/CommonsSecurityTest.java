package vn.gov.antq.commons.security;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.SecurityContract;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class CommonsSecurityTest extends SecurityContract {

    private static final Set<String> RECORD_ROLES = Set.of(Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER,
            Roles.COMMUNE_OFFICER);
    private static final Set<String> WRITER_ROLES = Set.of(Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER);

    @Override
    protected Map<String, Set<String>> accessRules() {
        return Map.ofEntries(
                Map.entry("listAuditEvents", Set.of(Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER)),
                // The commune registry: everyone reads it, the ministry loads the official lists.
                Map.entry("listCommunes", EVERY_ROLE), Map.entry("getCommune", EVERY_ROLE),
                Map.entry("listCommuneSuccessions", EVERY_ROLE), Map.entry("resolveCommune", EVERY_ROLE),
                Map.entry("importCommunes", Set.of(Roles.MINISTRY_ADMIN)), Map.entry("importCommuneSuccessions", Set.of(Roles.MINISTRY_ADMIN)),
                // Test-only resources of commons: the problem probe is public, the record probe scoped.
                Map.entry("echo", PUBLIC), Map.entry("count", PUBLIC), Map.entry("conflict", PUBLIC), Map.entry("boom", PUBLIC),
                Map.entry("slowStatement", PUBLIC), Map.entry("databaseTime", PUBLIC),
                Map.entry("get", RECORD_ROLES), Map.entry("create", RECORD_ROLES), Map.entry("update", RECORD_ROLES),
                Map.entry("delete", RECORD_ROLES), Map.entry("failingUpdate", RECORD_ROLES),
                Map.entry("createIdempotencyProbe", Set.of(Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER)),
                Map.entry("createScopedIdempotencyProbe", Set.of(Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER)),
                // The versioned probe: everyone with records reads and syncs; the analyst never writes.
                Map.entry("readVersionedProbe", RECORD_ROLES), Map.entry("listVersionedProbes", RECORD_ROLES),
                Map.entry("createVersionedProbe", WRITER_ROLES), Map.entry("updateVersionedProbe", WRITER_ROLES),
                Map.entry("deleteVersionedProbe", WRITER_ROLES));
    }
}
