package vn.gov.antq.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.gateway.testing.DownstreamServicesResource;
import vn.gov.antq.commons.testing.PlatformEndpointsContract;

@QuarkusTest
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(DownstreamServicesResource.class)
class GatewayPlatformTest extends PlatformEndpointsContract {

    @Override
    protected String expectedTitle() {
        return "ANTQ gateway";
    }
}
