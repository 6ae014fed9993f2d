package vn.gov.antq.activities;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.antq.commons.testing.PlatformEndpointsContract;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ActivitiesServicePlatformTest extends PlatformEndpointsContract {

    @Override
    protected String expectedTitle() {
        return "ANTQ activities-service";
    }
}
