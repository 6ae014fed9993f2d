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
        // Every role reads reference data and the views; what figures each sees is the views' scope rule
        // (ViewScopeTest), not a role gate: 403 comes from a province outside the caller's scope.
        return Map.of(
                "listProvinces", EVERY_ROLE,
                "getProvince", EVERY_ROLE,
                "listLegacyProvinces", EVERY_ROLE,
                "resolveProvince", EVERY_ROLE,
                "listViewMetrics", EVERY_ROLE,
                "getProvinceScorecard", EVERY_ROLE,
                "getNationalTable", EVERY_ROLE,
                "compareProvinces", EVERY_ROLE,
                "getTrend", EVERY_ROLE,
                "getCommuneTable", EVERY_ROLE);
    }

    @Override
    protected String samplePathValue(String parameter) {
        return "75";
    }
}
