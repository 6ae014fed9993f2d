package vn.gov.antq.staffing;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.SecurityContract;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class StaffingServiceSecurityTest extends SecurityContract {

    @Override
    protected Map<String, Set<String>> accessRules() {
        return Map.ofEntries(
                Map.entry("listAuditEvents", Set.of(Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER)),
                // The commune registry from commons: everyone reads it, the ministry loads the official lists.
                Map.entry("listCommunes", EVERY_ROLE), Map.entry("getCommune", EVERY_ROLE),
                Map.entry("listCommuneSuccessions", EVERY_ROLE), Map.entry("resolveCommune", EVERY_ROLE),
                Map.entry("importCommunes", Set.of(Roles.MINISTRY_ADMIN)), Map.entry("importCommuneSuccessions", Set.of(Roles.MINISTRY_ADMIN)));
    }
}
