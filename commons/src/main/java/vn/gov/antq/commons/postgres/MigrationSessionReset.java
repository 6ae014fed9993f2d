package vn.gov.antq.commons.postgres;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.StartupEvent;
import vn.gov.antq.commons.audit.AuditTrail;

/**
 * Flyway migrates at start through the service's own connection pool, with {@code statement_timeout} lifted for its
 * sessions ({@code quarkus.flyway.init-sql}), since a migration may rewrite large tables. Those sessions would go back
 * to the pool still unlimited; so once started, the pool replaces its connections (idle ones at once, any in use when
 * returned), and every statement of the service runs under the timeout its connections are opened with.
 */
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class MigrationSessionReset {

    @Inject
    AgroalDataSource dataSource;

    void afterMigration(@Observes @Priority(1) StartupEvent event) {
        dataSource.flush(AgroalDataSource.FlushMode.GRACEFUL);
    }
}
