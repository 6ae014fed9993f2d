package vn.gov.antq.commons.testing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.gov.antq.commons.postgres.EmbeddedPostgres;
import vn.gov.antq.commons.postgres.EmbeddedPostgres.DatabaseAdmin;
import vn.gov.antq.commons.postgres.ExternalPostgres;

/**
 * Gives each test run a fresh, uniquely named database on a real PostgreSQL: the embedded server (one per test JVM,
 * started on first use, stopped and deleted when the JVM exits) or, when {@code ANTQ_PG_URL} is set, an external
 * server where the database is created and dropped again.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATA_DIR_PREFIX = "antq-pg-test-";
    private static EmbeddedPostgres embedded;

    private String adminUrl;
    private String user;
    private String password;
    private String database;

    @Override
    public Map<String, String> start() {
        ExternalPostgres external = ExternalPostgres.fromEnvironment();
        if (external != null) {
            adminUrl = external.adminUrl();
            user = external.user();
            password = external.password();
        } else {
            EmbeddedPostgres server = embeddedServer();
            adminUrl = server.jdbcUrl("postgres");
            user = EmbeddedPostgres.SUPERUSER;
            password = "";
        }
        database = "antq_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        DatabaseAdmin.createIfMissing(adminUrl, user, password, database);
        return Map.of(
                "quarkus.datasource.jdbc.url", DatabaseAdmin.withDatabase(adminUrl, database),
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        if (database != null) {
            DatabaseAdmin.dropIfExists(adminUrl, user, password, database);
        }
    }

    /** The JDBC URL of the database this resource created, for tests that talk SQL directly. */
    public String jdbcUrl() {
        return DatabaseAdmin.withDatabase(adminUrl, database);
    }

    static synchronized EmbeddedPostgres embeddedServer() {
        if (embedded == null) {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            reclaimAbandonedServers(tmp);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .dataDir(tmp.resolve(DATA_DIR_PREFIX + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8)))
                    // Throw-away data: durability only costs time here.
                    .setting("fsync = off")
                    .setting("synchronous_commit = off")
                    .setting("full_page_writes = off")
                    .build();
            Runtime.getRuntime().addShutdownHook(new Thread(server::destroy, "embedded-postgres-destroy"));
            embedded = server.start();
        }
        return embedded;
    }

    /** Servers whose test JVM was killed before its shutdown hook ran would otherwise run forever. */
    private static void reclaimAbandonedServers(Path tmp) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, DATA_DIR_PREFIX + "*")) {
            for (Path dir : dirs) {
                String[] parts = dir.getFileName().toString().substring(DATA_DIR_PREFIX.length()).split("-");
                long pid;
                try {
                    pid = Long.parseLong(parts[0]);
                } catch (NumberFormatException e) {
                    continue;
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                EmbeddedPostgres.builder().dataDir(dir).build().destroy();
            }
        } catch (IOException | RuntimeException e) {
            // Best effort: a leftover we cannot reclaim must not fail this run.
            System.err.println("Could not reclaim abandoned test PostgreSQL servers: " + e.getMessage());
        }
    }
}
