package vn.gov.antq.models;

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
class ModelsServiceSecurityTest extends SecurityContract {

    @Override
    protected Map<String, Set<String>> accessRules() {
        return Map.of("listAuditEvents", Set.of(Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER));
    }
}
