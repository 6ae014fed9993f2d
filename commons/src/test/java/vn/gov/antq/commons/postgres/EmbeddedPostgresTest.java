package vn.gov.antq.commons.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class EmbeddedPostgresTest {

    @Test
    void startsARealServerKeepsDataAcrossRestartsAndFreesThePort() throws Exception {
        // Traversable by others, as the system temp directory is, so a root JVM can hand the data to 'nobody'.
        Path dataDir = Files.createTempDirectory("antq-pg-unit-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().dataDir(dataDir.resolve("data")).build();
        try {
            postgres.start();
            assertTrue(postgres.createDatabaseIfMissing("antq_unit"));
            assertFalse(postgres.createDatabaseIfMissing("antq_unit"), "second create is a no-op");
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("antq_unit"), EmbeddedPostgres.SUPERUSER, "");
                    Statement s = c.createStatement()) {
                s.execute("create table t (name text)");
                s.execute("insert into t values ('Đồng Nai')");
                try (ResultSet rs = s.executeQuery("select current_setting('server_encoding'), current_setting('server_version_num')")) {
                    rs.next();
                    assertEquals("UTF8", rs.getString(1));
                    assertTrue(Integer.parseInt(rs.getString(2)) >= 170000);
                }
            }
            int port = postgres.port();
            postgres.close();
            assertFalse(postgres.isRunning());
            assertPortFree(port);
            assertThrows(SQLException.class, () -> DriverManager.getConnection(postgres.jdbcUrl("antq_unit"), "postgres", ""));

            // Same data directory again: data kept, as for the local run between sessions.
            EmbeddedPostgres again = EmbeddedPostgres.builder().dataDir(dataDir.resolve("data")).build().start();
            try (Connection c = DriverManager.getConnection(again.jdbcUrl("antq_unit"), EmbeddedPostgres.SUPERUSER, "");
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select name from t")) {
                rs.next();
                assertEquals("Đồng Nai", rs.getString(1));
            } finally {
                again.destroy();
            }
            assertFalse(Files.exists(dataDir.resolve("data")), "destroy deletes the data directory");
        } finally {
            postgres.destroy();
            Files.deleteIfExists(dataDir);
        }
    }

    @Test
    void rejectsUnsafeDatabaseNames() {
        assertThrows(IllegalArgumentException.class,
                () -> EmbeddedPostgres.DatabaseAdmin.createIfMissing("jdbc:postgresql://127.0.0.1:1/postgres", "u", "", "x; drop database y"));
    }

    @Test
    void replacesTheDatabaseOfAJdbcUrl() {
        assertEquals("jdbc:postgresql://db.example:5432/antq_models?sslmode=require",
                EmbeddedPostgres.DatabaseAdmin.withDatabase("jdbc:postgresql://db.example:5432/postgres?sslmode=require", "antq_models"));
        assertEquals("jdbc:postgresql://127.0.0.1/antq_x", EmbeddedPostgres.DatabaseAdmin.withDatabase("jdbc:postgresql://127.0.0.1/postgres", "antq_x"));
    }

    private static void assertPortFree(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, socket.getLocalPort());
        }
    }
}
