package vn.gov.antq.gateway;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.antq.commons.testing.PlatformEndpointsContract;

@QuarkusTest
class GatewayPlatformTest extends PlatformEndpointsContract {

    @Override
    protected String expectedTitle() {
        return "ANTQ gateway";
    }
}
