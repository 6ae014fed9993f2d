package vn.gov.antq.gateway;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.gateway.testing.DownstreamServicesResource;
import vn.gov.antq.commons.testing.SecurityContract;

@QuarkusTest
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(DownstreamServicesResource.class)
class GatewaySecurityTest extends SecurityContract {

    @Override
    protected Map<String, Set<String>> accessRules() {
        return Map.of(
                "listProvinces", EVERY_ROLE,
                "getProvince", EVERY_ROLE,
                "listLegacyProvinces", EVERY_ROLE,
                "resolveProvince", EVERY_ROLE);
    }

    @Override
    protected String samplePathValue(String parameter) {
        return "75";
    }
}
